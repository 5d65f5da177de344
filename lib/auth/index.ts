// Who may do what: the admin credential for admin actions, the optional viewer credential for the dashboard.
import { createHash } from 'node:crypto';
import type { Config } from '../config/env';
import { ADMIN_COOKIE, parseCookies, safeEqual, sessionCookie, signSession, verifySession, VIEWER_COOKIE, type Role } from './session';

export { ADMIN_COOKIE, safeEqual, signSession, verifySession, VIEWER_COOKIE, type Role } from './session';

export type AccessConfig = Pick<
  Config,
  'VIGIA_ADMIN_TOKEN' | 'VIGIA_ADMIN_PASSWORD' | 'VIGIA_VIEWER_TOKEN' | 'VIGIA_SESSION_SECRET' | 'VIGIA_SESSION_TTL'
>;

export type Decision = { ok: true } | { ok: false; status: 401 | 403; reason: string };

/** The key that signs cookies: VIGIA_SESSION_SECRET, else derived from the credentials themselves. */
export function sessionKey(c: AccessConfig): string {
  return (
    c.VIGIA_SESSION_SECRET ??
    createHash('sha256')
      .update(`vigia-session\0${c.VIGIA_ADMIN_TOKEN ?? ''}\0${c.VIGIA_ADMIN_PASSWORD ?? ''}\0${c.VIGIA_VIEWER_TOKEN ?? ''}`)
      .digest('base64url')
  );
}

const adminConfigured = (c: AccessConfig) => Boolean(c.VIGIA_ADMIN_TOKEN || c.VIGIA_ADMIN_PASSWORD);

function bearer(headers: Headers): string | null {
  const h = headers.get('authorization');
  if (!h) return null;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(h);
  return m ? m[1]! : '';
}

function cookieRole(headers: Headers, name: string, c: AccessConfig): { role?: Role; refused?: string } {
  const value = parseCookies(headers.get('cookie'))[name];
  if (!value) return {};
  const s = verifySession(value, sessionKey(c));
  return s.ok ? { role: s.role } : { refused: s.reason === 'expired' ? 'the session has expired: log in again' : 'the session cookie is not valid: log in again' };
}

/**
 * Admin actions: `Authorization: Bearer <VIGIA_ADMIN_TOKEN>` or an admin session cookie. 401 when no credential
 * was given, 403 when one was given and is wrong (or no admin credential is configured at all).
 */
export function authorizeAdmin(headers: Headers, c: AccessConfig): Decision {
  if (!adminConfigured(c)) {
    return { ok: false, status: 403, reason: 'admin actions are disabled: set VIGIA_ADMIN_TOKEN or VIGIA_ADMIN_PASSWORD' };
  }
  const token = bearer(headers);
  if (token !== null) {
    if (c.VIGIA_ADMIN_TOKEN && token && safeEqual(token, c.VIGIA_ADMIN_TOKEN)) return { ok: true };
    return { ok: false, status: 403, reason: 'wrong admin token' };
  }
  const session = cookieRole(headers, ADMIN_COOKIE, c);
  if (session.role === 'admin') return { ok: true };
  if (session.refused) return { ok: false, status: 403, reason: session.refused };
  return { ok: false, status: 401, reason: 'admin credential required: Authorization: Bearer <token>, or log in' };
}

export const viewerRequired = (c: AccessConfig) => Boolean(c.VIGIA_VIEWER_TOKEN);

/**
 * The dashboard, its read API and the socket: public unless VIGIA_VIEWER_TOKEN is set. Then a viewer or admin
 * session cookie, or the token itself (`Authorization: Bearer`, Socket.IO `auth.token`).
 */
export function authorizeViewer(headers: Headers, c: AccessConfig, token?: unknown): Decision {
  if (!viewerRequired(c)) return { ok: true };
  const given = typeof token === 'string' ? token : bearer(headers);
  if (given !== null && given !== undefined) {
    if (given && (safeEqual(given, c.VIGIA_VIEWER_TOKEN!) || (c.VIGIA_ADMIN_TOKEN && safeEqual(given, c.VIGIA_ADMIN_TOKEN)))) {
      return { ok: true };
    }
    return { ok: false, status: 403, reason: 'wrong viewer token' };
  }
  const viewer = cookieRole(headers, VIEWER_COOKIE, c);
  if (viewer.role) return { ok: true };
  const admin = cookieRole(headers, ADMIN_COOKIE, c);
  if (admin.role) return { ok: true };
  const refused = viewer.refused ?? admin.refused;
  if (refused) return { ok: false, status: 403, reason: refused };
  return { ok: false, status: 401, reason: 'viewer credential required: open the link with ?token=<token> once' };
}

export type LoginResult = { ok: true; role: Role; cookie: string } | { ok: false; status: 401 | 403; reason: string };

/** A login form's credential: the admin password or token gives an admin session, the viewer token a viewer one. */
export function login(credential: unknown, c: AccessConfig, secure: boolean): LoginResult {
  if (typeof credential !== 'string' || !credential) return { ok: false, status: 401, reason: 'give the password or token' };
  const cookie = (role: Role) =>
    sessionCookie(role === 'admin' ? ADMIN_COOKIE : VIEWER_COOKIE, signSession(role, sessionKey(c), c.VIGIA_SESSION_TTL), {
      maxAge: c.VIGIA_SESSION_TTL,
      secure,
    });
  // Every configured credential is compared, so the time taken does not say which one matched.
  const admin = [c.VIGIA_ADMIN_PASSWORD, c.VIGIA_ADMIN_TOKEN].map((v) => Boolean(v) && safeEqual(credential, v!));
  const viewer = Boolean(c.VIGIA_VIEWER_TOKEN) && safeEqual(credential, c.VIGIA_VIEWER_TOKEN!);
  if (admin.some(Boolean)) return { ok: true, role: 'admin', cookie: cookie('admin') };
  if (viewer) return { ok: true, role: 'viewer', cookie: cookie('viewer') };
  return { ok: false, status: 403, reason: 'wrong password or token' };
}

export const logoutCookies = (secure: boolean) => [
  sessionCookie(ADMIN_COOKIE, '', { maxAge: 0, secure }),
  sessionCookie(VIEWER_COOKIE, '', { maxAge: 0, secure }),
];

/** For route handlers: null when the request carries the admin credential, else the 401/403 response to send. */
export function adminRefusal(req: Request, c: AccessConfig): Response | null {
  const d = authorizeAdmin(req.headers, c);
  if (d.ok) return null;
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };
  if (d.status === 401) headers['www-authenticate'] = 'Bearer realm="vigia"';
  return new Response(JSON.stringify({ error: d.reason }), { status: d.status, headers });
}
