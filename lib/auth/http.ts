// The web process's front door for every HTTP request before Next.js sees it: security headers with a per-request
// CSP nonce, CORS (closed unless VIGIA_CORS_ORIGINS lists origins), API rate limits shared through Redis, and the
// viewer credential when the dashboard is not public.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from '../config/env';
import { keys } from '../store/keys';
import { authorizeViewer, sessionKey, viewerRequired } from './index';
import { safeEqual, sessionCookie, signSession, VIEWER_COOKIE } from './session';

export type GateConfig = Pick<
  Config,
  | 'VIGIA_ADMIN_TOKEN'
  | 'VIGIA_ADMIN_PASSWORD'
  | 'VIGIA_VIEWER_TOKEN'
  | 'VIGIA_SESSION_SECRET'
  | 'VIGIA_SESSION_TTL'
  | 'VIGIA_CORS_ORIGINS'
  | 'VIGIA_RATE_LIMIT'
  | 'VIGIA_TRUST_PROXY'
  | 'VIGIA_PUBLIC_URL'
>;

/** Login attempts per minute per client address: slows password guessing far below the API limit. */
const LOGIN_LIMIT = 10;
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Reachable without the viewer credential: the login itself, health checks, hubs calling back, static files. */
const PUBLIC_PATHS = [/^\/api\/auth\//, /^\/api\/health$/, /^\/api\/websub\//, /^\/_next\/static\//, /^\/icon\.svg$/, /^\/favicon\.ico$/];

export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    // Next.js hydrates with inline scripts: each carries this request's nonce; 'strict-dynamic' lets them load chunks.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    // The alert service worker (public/sw.js): with 'strict-dynamic', script-src alone would not allow it.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export interface HttpGate {
  /** Applies headers and refusals; true when the request may go on to Next.js, false when it was answered. */
  (req: IncomingMessage, res: ServerResponse): Promise<boolean>;
}

export function createHttpGate(c: GateConfig, redis: Redis, opts: { dev: boolean }): HttpGate {
  const limiter = (prefix: string, points: number) =>
    new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${keys.rateLimit}:${prefix}`,
      points,
      duration: 60,
      // Redis unreachable: each process limits on its own instead of letting everything through.
      insuranceLimiter: new RateLimiterMemory({ points, duration: 60 }),
    });
  const api = limiter('api', c.VIGIA_RATE_LIMIT);
  const logins = limiter('login', LOGIN_LIMIT);
  const secure = c.VIGIA_PUBLIC_URL?.startsWith('https:') ?? false;

  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const nonce = randomBytes(16).toString('base64');
    const csp = contentSecurityPolicy(nonce, opts.dev);
    // Next.js reads the nonce from the request's CSP header and puts it on its own scripts.
    req.headers['content-security-policy'] = csp;
    res.setHeader('Content-Security-Policy', csp);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    if (secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');

    const isApi = path.startsWith('/api/') || path === '/metrics';
    const origin = req.headers.origin;
    if (origin && isApi && !sameOrigin(origin, req)) {
      const allowed = c.VIGIA_CORS_ORIGINS.includes(origin);
      if (allowed) {
        res.setHeader('Access-Control-Allow-Origin', origin);
        res.setHeader('Vary', 'Origin');
      }
      if (req.method === 'OPTIONS') {
        if (!allowed) return refuse(res, 403, `cross-origin requests from ${origin} are not allowed (VIGIA_CORS_ORIGINS)`);
        res.writeHead(204, {
          'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE',
          'Access-Control-Allow-Headers': 'Authorization, Content-Type',
          'Access-Control-Max-Age': '600',
        });
        res.end();
        return false;
      }
      if (!allowed && UNSAFE.has(req.method ?? 'GET')) {
        return refuse(res, 403, `cross-origin requests from ${origin} are not allowed (VIGIA_CORS_ORIGINS)`);
      }
    }

    if (isApi) {
      const ip = clientAddress(req, c.VIGIA_TRUST_PROXY);
      const limited = await consume(path === '/api/auth/login' ? logins : api, ip);
      if (limited !== null) {
        res.setHeader('Retry-After', String(limited));
        return refuse(res, 429, `too many requests: try again in ${limited} s`);
      }
    }

    if (viewerRequired(c) && !PUBLIC_PATHS.some((p) => p.test(path))) {
      const token = url.searchParams.get('token');
      if (token !== null && !isApi) {
        // ?token= once: exchange it for a session cookie and drop it from the address bar.
        if (!safeEqual(token, c.VIGIA_VIEWER_TOKEN!)) return loginPage(res, 403, path, 'Wrong token.');
        url.searchParams.delete('token');
        res.writeHead(303, {
          Location: url.pathname + url.search,
          'Set-Cookie': sessionCookie(VIEWER_COOKIE, signSession('viewer', sessionKey(c), c.VIGIA_SESSION_TTL), {
            maxAge: c.VIGIA_SESSION_TTL,
            secure,
          }),
        });
        res.end();
        return false;
      }
      const d = authorizeViewer(new Headers(flatHeaders(req)), c);
      if (!d.ok) return isApi ? refuse(res, d.status, d.reason) : loginPage(res, d.status, path, d.reason);
    }
    return true;
  };
}

async function consume(limiter: RateLimiterRedis, key: string): Promise<number | null> {
  try {
    await limiter.consume(key);
    return null;
  } catch (e) {
    if (e instanceof RateLimiterRes) return Math.max(1, Math.ceil(e.msBeforeNext / 1000));
    return null;
  }
}

function sameOrigin(origin: string, req: IncomingMessage): boolean {
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const fwd = req.headers['x-forwarded-for'];
  if (trustProxy && typeof fwd === 'string' && fwd) return fwd.split(',')[0]!.trim();
  return req.socket.remoteAddress ?? 'unknown';
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

function refuse(res: ServerResponse, status: number, reason: string): false {
  if (status === 401) res.setHeader('WWW-Authenticate', 'Bearer realm="vigia"');
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify({ error: reason }));
  return false;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** A form with no script, so it works under the strictest CSP. */
function loginPage(res: ServerResponse, status: number, next: string, message: string): false {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(`<!doctype html><html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Vigía: acceso</title><style>body{font:16px system-ui;margin:15vh auto;max-width:22rem;padding:0 1rem}input,button{font:inherit;padding:.5rem;width:100%;box-sizing:border-box;margin:.25rem 0}</style></head>
<body><h1>Vigía</h1><p>${escapeHtml(message)}</p>
<form method="post" action="/api/auth/login"><input type="hidden" name="next" value="${escapeHtml(next)}">
<label>Clave de acceso / access token<input type="password" name="credential" autocomplete="current-password" required autofocus></label>
<button type="submit">Entrar</button></form></body></html>`);
  return false;
}
