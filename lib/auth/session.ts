// Credentials compared in constant time, and sessions in signed cookies (HMAC-SHA256, no server-side state).
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export type Role = 'admin' | 'viewer';

export const ADMIN_COOKIE = 'vigia_admin';
export const VIEWER_COOKIE = 'vigia_viewer';

/** Equal strings, in time that does not depend on where they differ (both are hashed to the same length first). */
export function safeEqual(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b) && given.length === expected.length;
}

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64url');

/** `<payload>.<mac>`: the role and an expiry (Unix seconds), signed with the session key. */
export function signSession(role: Role, key: string, ttlSeconds: number, now = Date.now()): string {
  const payload = b64(JSON.stringify({ r: role, e: Math.floor(now / 1000) + ttlSeconds }));
  return `${payload}.${b64(createHmac('sha256', key).update(payload).digest())}`;
}

export type SessionCheck = { ok: true; role: Role } | { ok: false; reason: 'forged' | 'expired' };

export function verifySession(value: string, key: string, now = Date.now()): SessionCheck {
  const [payload, mac, extra] = value.split('.');
  if (!payload || !mac || extra !== undefined) return { ok: false, reason: 'forged' };
  const expected = b64(createHmac('sha256', key).update(payload).digest());
  if (!safeEqual(mac, expected)) return { ok: false, reason: 'forged' };
  let body: { r?: unknown; e?: unknown };
  try {
    body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as typeof body;
  } catch {
    return { ok: false, reason: 'forged' };
  }
  if (body.r !== 'admin' && body.r !== 'viewer') return { ok: false, reason: 'forged' };
  if (typeof body.e !== 'number' || body.e * 1000 <= now) return { ok: false, reason: 'expired' };
  return { ok: true, role: body.r };
}

export function parseCookies(header: string | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i <= 0) continue;
    const name = part.slice(0, i).trim();
    try {
      out[name] = decodeURIComponent(part.slice(i + 1).trim());
    } catch {
      out[name] = part.slice(i + 1).trim();
    }
  }
  return out;
}

export function sessionCookie(name: string, value: string, opts: { maxAge: number; secure: boolean }): string {
  return `${name}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${opts.maxAge}${opts.secure ? '; Secure' : ''}`;
}
