import { errorResponse, json, parseStatsWindow } from '../../../lib/api/params';
import { getStore } from '../../../lib/store';

export const dynamic = 'force-dynamic';

export async function GET(req: Request): Promise<Response> {
  try {
    const window = parseStatsWindow(new URL(req.url).searchParams);
    return json(await (await getStore()).getStats(window));
  } catch (err) {
    return errorResponse(err);
  }
}
