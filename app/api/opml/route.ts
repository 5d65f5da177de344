// GET: the sources as OPML 2.0. POST (admin): import an OPML document's feeds.
import { answer, exportOpml, importOpml } from '../../../lib/admin/sources';
import { adminRefusal } from '../../../lib/auth';
import { config } from '../../../lib/config/env';
import { getStore } from '../../../lib/store';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  return new Response(await exportOpml((await getStore()).redis), {
    headers: { 'content-type': 'text/x-opml; charset=utf-8', 'content-disposition': 'attachment; filename="vigia-sources.opml"' },
  });
}

export async function POST(req: Request): Promise<Response> {
  const refused = adminRefusal(req, config());
  if (refused) return refused;
  return answer(async () => importOpml(req, (await getStore()).redis, new URL(req.url).searchParams));
}
