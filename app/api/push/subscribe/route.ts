// Web Push subscriptions of the browsers that asked for alert notifications ("Notificarme"). GET: the VAPID public
// key (null when Web Push is not configured). POST: the browser's PushSubscription JSON. DELETE: { endpoint }.
import { subscribePush, unsubscribePush } from '../../../../lib/admin/alerts';
import { answer } from '../../../../lib/admin/sources';
import { config, vapidOf } from '../../../../lib/config/env';
import { getStore } from '../../../../lib/store';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  return Response.json({ vapidPublicKey: vapidOf(config())?.publicKey ?? null }, { headers: { 'cache-control': 'no-store' } });
}

export async function POST(req: Request): Promise<Response> {
  if (!vapidOf(config())) return Response.json({ error: 'Web Push is not configured (VIGIA_VAPID_PUBLIC_KEY, VIGIA_VAPID_PRIVATE_KEY)' }, { status: 404 });
  return answer(async () => subscribePush(req, (await getStore()).redis));
}

export async function DELETE(req: Request): Promise<Response> {
  return answer(async () => unsubscribePush(req, (await getStore()).redis));
}
