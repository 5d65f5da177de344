// GET: the rule registry (seeded from VIGIA_ALERTS, edited by admins), with secrets hidden. POST (admin): add a rule
// (one rule of the alerts file, as JSON); 400 names the field, 409 when the name is taken.
import { addRule, listRules } from '../../../lib/admin/alerts';
import { answer } from '../../../lib/admin/sources';
import { adminRefusal } from '../../../lib/auth';
import { config } from '../../../lib/config/env';
import { getStore } from '../../../lib/store';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  return answer(async () => listRules((await getStore()).redis, config().VIGIA_ALERTS));
}

export async function POST(req: Request): Promise<Response> {
  const refused = adminRefusal(req, config());
  if (refused) return refused;
  return answer(async () => addRule(req, (await getStore()).redis));
}
