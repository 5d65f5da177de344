// PUT (admin): replace a rule (hidden secrets sent back as shown keep their values). DELETE (admin): remove it (204).
import { deleteRule, replaceRule } from '../../../../lib/admin/alerts';
import { answer } from '../../../../lib/admin/sources';
import { adminRefusal } from '../../../../lib/auth';
import { config } from '../../../../lib/config/env';
import { getStore } from '../../../../lib/store';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ name: string }> };

export async function PUT(req: Request, ctx: Ctx): Promise<Response> {
  const refused = adminRefusal(req, config());
  if (refused) return refused;
  const { name } = await ctx.params;
  return answer(async () => replaceRule(req, (await getStore()).redis, name));
}

export async function DELETE(req: Request, ctx: Ctx): Promise<Response> {
  const refused = adminRefusal(req, config());
  if (refused) return refused;
  const { name } = await ctx.params;
  return answer(async () => deleteRule((await getStore()).redis, name));
}
