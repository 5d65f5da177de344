// DELETE (admin): end a silence now (204; 404 when there is none by that id).
import { deleteSilence } from '../../../../lib/admin/alerts';
import { answer } from '../../../../lib/admin/sources';
import { adminRefusal } from '../../../../lib/auth';
import { config } from '../../../../lib/config/env';
import { getStore } from '../../../../lib/store';

export const dynamic = 'force-dynamic';

export async function DELETE(req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  const refused = adminRefusal(req, config());
  if (refused) return refused;
  const { id } = await ctx.params;
  return answer(async () => deleteSilence((await getStore()).redis, id));
}
