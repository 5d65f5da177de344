import { errorResponse, json } from '../../../../lib/api/params';
import { getStore } from '../../../../lib/store';

export const dynamic = 'force-dynamic';

export async function GET(_req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = await ctx.params;
    if (!/^[\w-]{1,80}$/.test(id)) return json({ error: 'id: not an incident id' }, 400);
    const found = await (await getStore()).getIncident(id);
    return found ? json(found) : json({ error: `no incident ${id}` }, 404);
  } catch (err) {
    return errorResponse(err);
  }
}
