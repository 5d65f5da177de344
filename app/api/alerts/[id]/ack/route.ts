// POST (admin): acknowledge an alert, with an optional JSON body { "by": "<who>" }.
import { acknowledgeAlert } from '../../../../../lib/admin/alerts';
import { answer } from '../../../../../lib/admin/sources';
import { adminRefusal } from '../../../../../lib/auth';
import { config } from '../../../../../lib/config/env';
import { getStore } from '../../../../../lib/store';

export const dynamic = 'force-dynamic';

export async function POST(req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  const refused = adminRefusal(req, config());
  if (refused) return refused;
  const { id } = await ctx.params;
  return answer(async () => acknowledgeAlert(req, (await getStore()).redis, id));
}
