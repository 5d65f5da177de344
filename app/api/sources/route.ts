// GET: every source with its health. POST (admin): add a source after checking its feed, with a preview of its
// first items (?dryRun=1: the check and preview only).
import { addSource, answer, listSourcesWithHealth } from '../../../lib/admin/sources';
import { adminRefusal } from '../../../lib/auth';
import { config } from '../../../lib/config/env';
import { getStore } from '../../../lib/store';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  return Response.json({ sources: await listSourcesWithHealth((await getStore()).redis) });
}

export async function POST(req: Request): Promise<Response> {
  const refused = adminRefusal(req, config());
  if (refused) return refused;
  const dryRun = new URL(req.url).searchParams.get('dryRun') === '1';
  return answer(async () => addSource(req, (await getStore()).redis, config(), dryRun));
}
