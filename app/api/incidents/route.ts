import { errorResponse, json, parseIncidentQuery } from '../../../lib/api/params';
import { getStore } from '../../../lib/store';

export const dynamic = 'force-dynamic';

export async function GET(req: Request): Promise<Response> {
  try {
    const q = parseIncidentQuery(new URL(req.url).searchParams);
    return json(await (await getStore()).queryIncidents(q));
  } catch (err) {
    return errorResponse(err);
  }
}
