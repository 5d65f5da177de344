// GET: the silences in force. POST (admin): add one — { matchers: { rule?, region?, country?, type?, incident?,
// severity? }, expiresAt, comment?, createdBy? }; 400 names the field.
import { addSilence, listSilences } from '../../../lib/admin/alerts';
import { answer } from '../../../lib/admin/sources';
import { adminRefusal } from '../../../lib/auth';
import { config } from '../../../lib/config/env';
import { getStore } from '../../../lib/store';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  return answer(async () => listSilences((await getStore()).redis));
}

export async function POST(req: Request): Promise<Response> {
  const refused = adminRefusal(req, config());
  if (refused) return refused;
  return answer(async () => addSilence(req, (await getStore()).redis));
}
