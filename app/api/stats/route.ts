import { errorResponse, json, parseStatsQuery } from '../../../lib/api/params';
import { getStore } from '../../../lib/store';

export const dynamic = 'force-dynamic';

export async function GET(req: Request): Promise<Response> {
  try {
    const { window, by, filter } = parseStatsQuery(new URL(req.url).searchParams);
    const store = await getStore();
    const plain = by === undefined && Object.keys(filter).length === 0;
    return json(plain ? await store.getStats(window) : await store.getWindowStats(window, by ?? 'type', filter));
  } catch (err) {
    return errorResponse(err);
  }
}
