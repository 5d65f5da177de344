// GET: what this browser may do (the Sources page shows its admin controls or a login form from this).
import { authorizeAdmin } from '../../../../lib/auth';
import { config } from '../../../../lib/config/env';

export const dynamic = 'force-dynamic';

export async function GET(req: Request): Promise<Response> {
  const c = config();
  return Response.json(
    { admin: authorizeAdmin(req.headers, c).ok, adminConfigured: Boolean(c.VIGIA_ADMIN_TOKEN || c.VIGIA_ADMIN_PASSWORD) },
    { headers: { 'cache-control': 'no-store' } },
  );
}
