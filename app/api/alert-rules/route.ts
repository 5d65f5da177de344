// GET: the alert rules loaded from the file (VIGIA_ALERTS), read-only, with secrets hidden.
import { listRules } from '../../../lib/admin/alerts';
import { answer } from '../../../lib/admin/sources';
import { config } from '../../../lib/config/env';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  return answer(() => listRules(config().VIGIA_ALERTS));
}
