// Every refusal of the access rules, over real HTTP and Socket.IO against a real Redis.
import type { Redis } from 'ioredis';
import { io as connectClient } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionKey, signSession } from '../../lib/auth';
import { config } from '../../lib/config/env';
import { startRouteServer } from '../helpers/route-server';
import { freshRedis } from '../helpers/redis';

const ADMIN_TOKEN = 'admin-token-0123456789';
const PASSWORD = 'correct horse battery';
const VIEWER = 'viewer-token-42';
const RATE = 60;

let redis: Redis;
let web: Awaited<ReturnType<typeof startRouteServer>>;
let base = '';

beforeAll(async () => {
  Object.assign(process.env, {
    VIGIA_ADMIN_TOKEN: ADMIN_TOKEN,
    VIGIA_ADMIN_PASSWORD: PASSWORD,
    VIGIA_VIEWER_TOKEN: VIEWER,
    VIGIA_CORS_ORIGINS: 'https://ok.example',
    VIGIA_RATE_LIMIT: String(RATE),
  });
  redis = await freshRedis();
  web = await startRouteServer();
  base = web.base;
});

afterAll(async () => {
  await web?.close();
  await redis?.quit();
});

const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
const postSource = (headers: Record<string, string>, body: unknown = { id: 'x' }) =>
  fetch(`${base}/api/sources`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
const cookieOf = (res: Response) => res.headers.getSetCookie()[0]!.split(';')[0]!;

describe('admin credential', () => {
  it('POST /api/sources without a credential is 401 with a Bearer challenge', async () => {
    const res = await postSource({});
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="vigia"');
    expect((await res.json()).error).toMatch(/credential required/);
    // with the viewer's credential only, the admin one is still missing
    const viewerOnly = await postSource({ cookie: `vigia_viewer=${signSession('viewer', sessionKey(config()), 3600)}` });
    expect(viewerOnly.status).toBe(401);
    expect((await viewerOnly.json()).error).toMatch(/admin credential required/);
  });

  it('a wrong token is 403; the right one gets past to validation (400 naming the field)', async () => {
    expect((await postSource({ authorization: 'Bearer admin-token-wrong-000000' })).status).toBe(403);
    expect((await postSource({ authorization: `Bearer ${ADMIN_TOKEN}x` })).status).toBe(403);
    const ok = await postSource(admin);
    expect(ok.status).toBe(400);
    expect(await ok.json()).toMatchObject({ field: 'name' });
  });

  it('a wrong password is refused; the right one gives a signed session cookie that works', async () => {
    const wrong = await fetch(`${base}/api/auth/login`, { method: 'POST', body: JSON.stringify({ credential: 'correct horse' }) });
    expect(wrong.status).toBe(403);
    expect(wrong.headers.getSetCookie()).toEqual([]);

    const good = await fetch(`${base}/api/auth/login`, { method: 'POST', body: JSON.stringify({ credential: PASSWORD }) });
    expect(good.status).toBe(200);
    const setCookie = good.headers.getSetCookie()[0]!;
    expect(setCookie).toMatch(/^vigia_admin=[\w-]+\.[\w-]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200$/);
    const cookie = cookieOf(good);
    expect((await postSource({ cookie })).status).toBe(400);
    expect(await (await fetch(`${base}/api/auth/session`, { headers: { cookie } })).json()).toMatchObject({ admin: true });
  });

  it('a forged or expired session cookie is 403', async () => {
    const key = sessionKey(config());
    const real = signSession('admin', key, 3600);
    const [payload, mac] = real.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ r: 'admin', e: 9_999_999_999 })).toString('base64url');
    for (const value of [`${forgedPayload}.${mac}`, `${payload}.${mac!.slice(0, -2)}AA`, signSession('admin', 'another key entirely, 32+ chars long', 3600)]) {
      const res = await postSource({ cookie: `vigia_admin=${value}` });
      expect(res.status).toBe(403);
      expect((await res.json()).error).toMatch(/not valid/);
    }
    const expired = signSession('admin', key, 60, Date.now() - 3600_000);
    const res = await postSource({ cookie: `vigia_admin=${expired}` });
    expect(res.status).toBe(403);
    expect((await res.json()).error).toMatch(/expired/);
    // a viewer session, even in the admin cookie, is not an admin one
    expect((await postSource({ cookie: `vigia_admin=${signSession('viewer', key, 3600)}` })).status).toBe(401);
  });
});

describe('viewer credential (VIGIA_VIEWER_TOKEN set)', () => {
  it('pages need it: a login form without, 403 with a wrong ?token=, a cookie and a clean redirect with the right one', async () => {
    const none = await fetch(`${base}/`, { redirect: 'manual' });
    expect(none.status).toBe(401);
    expect(await none.text()).toContain('<form method="post" action="/api/auth/login">');
    expect((await fetch(`${base}/?token=nope-nope`, { redirect: 'manual' })).status).toBe(403);

    const once = await fetch(`${base}/?token=${VIEWER}&type=strike`, { redirect: 'manual' });
    expect(once.status).toBe(303);
    expect(once.headers.get('location')).toBe('/?type=strike');
    const page = await fetch(`${base}/`, { headers: { cookie: cookieOf(once) } });
    expect(page.status).toBe(200);
  });

  it('the read API needs it too (401, 403), by Bearer token or cookie', async () => {
    expect((await fetch(`${base}/api/sources`)).status).toBe(401);
    expect((await fetch(`${base}/api/sources`, { headers: { authorization: 'Bearer wrong-viewer' } })).status).toBe(403);
    expect((await fetch(`${base}/api/sources`, { headers: { authorization: `Bearer ${VIEWER}` } })).status).toBe(200);
  });

  it('the socket refuses a handshake without the token or with a wrong one, and accepts the right one', async () => {
    const attempt = (auth: Record<string, string>) =>
      new Promise<string>((resolve) => {
        const s = connectClient(base, { auth, transports: ['websocket'], reconnection: false });
        s.on('connect_error', (e) => {
          s.close();
          resolve(`refused: ${e.message}`);
        });
        s.on('live', () => {
          s.close();
          resolve('live');
        });
      });
    expect(await attempt({})).toMatch(/^refused: viewer credential required/);
    expect(await attempt({ token: 'wrong-viewer' })).toBe('refused: wrong viewer token');
    expect(await attempt({ token: VIEWER })).toBe('live');
  });
});

describe('browser rules', () => {
  it('cross-origin: a foreign origin cannot POST, and GET answers carry no Access-Control-Allow-Origin', async () => {
    const post = await postSource({ ...admin, origin: 'https://evil.example' });
    expect(post.status).toBe(403);
    expect((await post.json()).error).toMatch(/cross-origin requests from https:\/\/evil.example are not allowed/);
    const get = await fetch(`${base}/api/sources`, { headers: { origin: 'https://evil.example', authorization: `Bearer ${VIEWER}` } });
    expect(get.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${base}/api/sources`, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
    expect(preflight.status).toBe(403);

    const allowed = await fetch(`${base}/api/sources`, { method: 'OPTIONS', headers: { origin: 'https://ok.example' } });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://ok.example');
  });

  it('every answer has a strict CSP with a fresh nonce and the other security headers', async () => {
    const a = await fetch(`${base}/api/auth/session`);
    const b = await fetch(`${base}/api/auth/session`);
    const csp = a.headers.get('content-security-policy')!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'(;|$)/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(b.headers.get('content-security-policy')).not.toBe(csp);
    expect(a.headers.get('x-content-type-options')).toBe('nosniff');
    expect(a.headers.get('x-frame-options')).toBe('DENY');
  });

  it(`rate limit: past ${RATE} API requests a minute the answer is 429 with Retry-After`, async () => {
    let res: Response | undefined;
    for (let i = 0; i <= RATE; i++) {
      res = await fetch(`${base}/api/auth/session`);
      if (res.status === 429) break;
    }
    expect(res!.status).toBe(429);
    const wait = Number(res!.headers.get('retry-after'));
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
    // shared through Redis: the counter is there for any other web process to see
    expect((await redis.keys('vigia:rl:api*')).length).toBe(1);
  });
});
