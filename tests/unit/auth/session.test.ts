import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { authorizeAdmin, authorizeViewer, login, sessionKey, signSession, verifySession, type AccessConfig } from '../../../lib/auth';
import { contentSecurityPolicy } from '../../../lib/auth/http';
import { parseCookies, safeEqual } from '../../../lib/auth/session';
import { validSignature } from '../../../lib/feeds/websub';

const c: AccessConfig = {
  VIGIA_ADMIN_TOKEN: 'admin-token-0123456789',
  VIGIA_ADMIN_PASSWORD: 'a long password',
  VIGIA_VIEWER_TOKEN: undefined,
  VIGIA_SESSION_SECRET: undefined,
  VIGIA_SESSION_TTL: 3600,
};
const h = (o: Record<string, string>) => new Headers(o);

describe('sessions', () => {
  it('verify what they signed until they expire; anything altered is forged', () => {
    const key = sessionKey(c);
    const now = Date.parse('2025-01-01T00:00:00Z');
    const s = signSession('admin', key, 60, now);
    expect(verifySession(s, key, now + 59_000)).toEqual({ ok: true, role: 'admin' });
    expect(verifySession(s, key, now + 60_000)).toEqual({ ok: false, reason: 'expired' });
    expect(verifySession(s + 'x', key, now)).toEqual({ ok: false, reason: 'forged' });
    expect(verifySession(s, key + 'x', now)).toEqual({ ok: false, reason: 'forged' });
    expect(verifySession('nodot', key, now)).toEqual({ ok: false, reason: 'forged' });
  });

  it('end when a credential changes (the key is derived from them unless VIGIA_SESSION_SECRET is set)', () => {
    expect(sessionKey(c)).not.toBe(sessionKey({ ...c, VIGIA_ADMIN_PASSWORD: 'another password' }));
    const fixed = { ...c, VIGIA_SESSION_SECRET: 'x'.repeat(32) };
    expect(sessionKey(fixed)).toBe(sessionKey({ ...fixed, VIGIA_ADMIN_PASSWORD: 'another password' }));
  });

  it('compare credentials without early exit on length or content', () => {
    expect(safeEqual('abc', 'abc')).toBe(true);
    expect(safeEqual('abc', 'abd')).toBe(false);
    expect(safeEqual('abc', 'abcd')).toBe(false);
    expect(parseCookies('a=1; vigia_admin=x.y; bad; c=%E2%82%AC')).toEqual({ a: '1', vigia_admin: 'x.y', c: '€' });
  });
});

describe('authorization', () => {
  it('admin: 401 without a credential, 403 with a wrong one or when none is configured', () => {
    expect(authorizeAdmin(h({}), c)).toMatchObject({ ok: false, status: 401 });
    expect(authorizeAdmin(h({ authorization: 'Bearer nope' }), c)).toMatchObject({ ok: false, status: 403 });
    expect(authorizeAdmin(h({ authorization: 'Basic xyz' }), c)).toMatchObject({ ok: false, status: 403 });
    expect(authorizeAdmin(h({ authorization: `Bearer ${c.VIGIA_ADMIN_TOKEN}` }), c)).toEqual({ ok: true });
    expect(authorizeAdmin(h({ authorization: `Bearer ${c.VIGIA_ADMIN_TOKEN}` }), { ...c, VIGIA_ADMIN_TOKEN: undefined, VIGIA_ADMIN_PASSWORD: undefined })).toMatchObject({ ok: false, status: 403 });
  });

  it('login: the password or admin token give an admin cookie; anything else nothing', () => {
    expect(login('a long password', c, true)).toMatchObject({ ok: true, role: 'admin', cookie: expect.stringMatching(/; Secure$/) });
    expect(login('a long passwor', c, false)).toMatchObject({ ok: false, status: 403 });
    expect(login(undefined, c, false)).toMatchObject({ ok: false, status: 401 });
  });

  it('viewer: public unless VIGIA_VIEWER_TOKEN is set', () => {
    expect(authorizeViewer(h({}), c)).toEqual({ ok: true });
    const v = { ...c, VIGIA_VIEWER_TOKEN: 'viewer-token' };
    expect(authorizeViewer(h({}), v)).toMatchObject({ ok: false, status: 401 });
    expect(authorizeViewer(h({}), v, 'viewer-token')).toEqual({ ok: true });
    expect(authorizeViewer(h({}), v, 'viewer-tokem')).toMatchObject({ ok: false, status: 403 });
    expect(authorizeViewer(h({ cookie: `vigia_viewer=${signSession('viewer', sessionKey(v), 60)}` }), v)).toEqual({ ok: true });
  });
});

describe('CSP and WebSub signatures', () => {
  it('the policy allows scripts only with the nonce (eval in development only)', () => {
    const p = contentSecurityPolicy('bm9uY2U=', false);
    expect(p).toContain("script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic';");
    expect(p).not.toMatch(/unsafe-eval|unsafe-inline'[^;]*script/);
    expect(contentSecurityPolicy('n', true)).toContain("'unsafe-eval'");
  });

  it('accepts sha1 and sha256 HMACs of the exact body with the secret, nothing else', () => {
    const body = Buffer.from('<rss/>');
    const sha256 = 'sha256=' + createHmac('sha256', 's3cret').update(body).digest('hex');
    expect(validSignature(sha256, body, 's3cret')).toBe(true);
    expect(validSignature(sha256.toUpperCase().replace('SHA256', 'sha256'), body, 's3cret')).toBe(true);
    expect(validSignature(sha256, Buffer.from('<rss />'), 's3cret')).toBe(false);
    expect(validSignature(sha256, body, 'other')).toBe(false);
    expect(validSignature('md5=abc', body, 's3cret')).toBe(false);
    expect(validSignature(null, body, 's3cret')).toBe(false);
  });
});
