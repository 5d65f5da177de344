import { exportResponse } from '../../../lib/export/route';

export const dynamic = 'force-dynamic';

export function GET(req: Request): Promise<Response> {
  return exportResponse(req, 'csv');
}
