import { errorResponse, json } from '../../../lib/api/params';
import { getStore } from '../../../lib/store';
import { alertStoreOf } from '../../../lib/store/alerts';

export const dynamic = 'force-dynamic';

/** Alerts most recently notified first, each with its acknowledgement and delivery log. */
export async function GET(req: Request): Promise<Response> {
  try {
    const raw = new URL(req.url).searchParams.get('limit') ?? '50';
    const limit = Number(raw);
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) return json({ error: 'limit: an integer from 1 to 200' }, 400);
    return json({ alerts: await alertStoreOf((await getStore()).redis).listAlerts(limit) });
  } catch (err) {
    return errorResponse(err);
  }
}
