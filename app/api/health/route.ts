import { health } from '../../../lib/health';
import { json } from '../../../lib/api/params';
import { getStore } from '../../../lib/store';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const h = await health(await getStore());
  return json(h, h.ok ? 200 : 503);
}
