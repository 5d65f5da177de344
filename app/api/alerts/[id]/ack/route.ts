import { errorResponse, json } from '../../../../../lib/api/params';
import { getStore } from '../../../../../lib/store';
import { alertStoreOf } from '../../../../../lib/store/alerts';

export const dynamic = 'force-dynamic';

/** Acknowledges an alert: POST with an optional JSON body { "by": "<who>" }. */
export async function POST(req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = await ctx.params;
    const body = (await req.json().catch(() => ({}))) as { by?: unknown };
    const by = typeof body.by === 'string' && body.by.trim() ? body.by.trim().slice(0, 100) : 'anonymous';
    const ok = await alertStoreOf((await getStore()).redis).acknowledge(id, by);
    return ok ? json({ id, acknowledged: true, by }) : json({ error: `no alert ${id}` }, 404);
  } catch (err) {
    return errorResponse(err);
  }
}
