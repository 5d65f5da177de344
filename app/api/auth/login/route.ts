// POST: exchange the admin password or token (or the viewer token) for a signed session cookie. Accepts JSON
// ({"credential": "..."}) from the Sources page, or the plain form of the viewer login page (then redirects back).
import { login } from '../../../../lib/auth';
import { BodyError, readLimited } from '../../../../lib/auth/request';
import { config } from '../../../../lib/config/env';

export const dynamic = 'force-dynamic';

export async function POST(req: Request): Promise<Response> {
  const c = config();
  let fields: Record<string, unknown>;
  const isForm = (req.headers.get('content-type') ?? '').includes('application/x-www-form-urlencoded');
  try {
    const raw = (await readLimited(req, 8 * 1024)).toString('utf8');
    fields = isForm ? Object.fromEntries(new URLSearchParams(raw)) : (JSON.parse(raw) as Record<string, unknown>);
  } catch (e) {
    return Response.json({ error: e instanceof BodyError ? e.message : 'the body is not valid JSON' }, { status: 400 });
  }
  const secure = c.VIGIA_PUBLIC_URL?.startsWith('https:') ?? false;
  const r = login(fields.credential, c, secure);
  if (isForm) {
    const next = typeof fields.next === 'string' && /^\/(?!\/)/.test(fields.next) ? fields.next : '/';
    if (!r.ok) return new Response(null, { status: 303, headers: { location: next } });
    return new Response(null, { status: 303, headers: { location: next, 'set-cookie': r.cookie } });
  }
  if (!r.ok) return Response.json({ error: r.reason }, { status: r.status });
  return Response.json({ role: r.role }, { headers: { 'set-cookie': r.cookie, 'cache-control': 'no-store' } });
}
