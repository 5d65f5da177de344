// PATCH (admin): edit, pause ({"enabled": false}) or resume a source. DELETE (admin): remove it.
import { answer, deleteSource, editSource } from '../../../../lib/admin/sources';
import { adminRefusal } from '../../../../lib/auth';
import { config } from '../../../../lib/config/env';
import { getStore } from '../../../../lib/store';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ id: string }> };

export async function PATCH(req: Request, ctx: Ctx): Promise<Response> {
  const refused = adminRefusal(req, config());
  if (refused) return refused;
  const { id } = await ctx.params;
  return answer(async () => editSource(req, (await getStore()).redis, config(), id));
}

export async function DELETE(req: Request, ctx: Ctx): Promise<Response> {
  const refused = adminRefusal(req, config());
  if (refused) return refused;
  const { id } = await ctx.params;
  return answer(async () => deleteSource((await getStore()).redis, id));
}
