import { logoutCookies } from '../../../../lib/auth';
import { config } from '../../../../lib/config/env';

export const dynamic = 'force-dynamic';

export async function POST(): Promise<Response> {
  const headers = new Headers({ 'cache-control': 'no-store' });
  for (const c of logoutCookies(config().VIGIA_PUBLIC_URL?.startsWith('https:') ?? false)) headers.append('set-cookie', c);
  return new Response(null, { status: 204, headers });
}
