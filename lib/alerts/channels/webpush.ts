// Web Push (VAPID) to every subscribed browser, for closed pages: public/sw.js shows the notification. web-push signs
// (VAPID JWT) and encrypts (aes128gcm) the request; it is posted with the shared HTTP helper like the other channels.
import webPush from 'web-push';
import type { StoredPushSubscription } from '../../store/alerts';
import type { ChannelConfig, Notification } from '../types';
import { describe, failUnlessOk, post, title, PermanentError, type Channel, type ChannelContext } from './base';

type Config = Extract<ChannelConfig, { type: 'webpush' }>;

/** Push services keep an undelivered message this long (seconds) for a browser that is offline. */
const TTL = 24 * 3600;

/** What public/sw.js receives: `tag` (the notification key) makes a repeat replace the shown notification. */
export function pushPayload(n: Notification) {
  const first = n.alerts[0]!;
  const d = describe(first);
  const more = n.alerts.length > 1 ? ` (+${n.alerts.length - 1})` : '';
  return {
    title: title(n),
    body: `${d.change} — ${d.where}: ${d.facts}${more}\n${d.headline}`.slice(0, 500),
    tag: n.key,
    url: n.alerts.length === 1 ? `/incidents/${encodeURIComponent(first.incident.id)}` : '/alerts',
  };
}

/** The push `Topic` header (≤ 32 URL-safe characters): the notification key's digest, so the service coalesces repeats. */
export const pushTopic = (key: string) => key.slice(key.lastIndexOf('.') + 1).slice(0, 32);

async function pushTo(sub: StoredPushSubscription, payload: string, topic: string, ctx: ChannelContext): Promise<'sent' | 'gone'> {
  const req = webPush.generateRequestDetails(sub, payload, {
    vapidDetails: ctx.vapid!,
    contentEncoding: 'aes128gcm',
    TTL,
    topic,
    urgency: 'high',
  });
  const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => k.toLowerCase() !== 'content-length').map(([k, v]) => [k, String(v)]));
  const res = await post(req.endpoint, new Uint8Array(req.body ?? 0), headers, ctx);
  // 404 / 410: the browser unsubscribed or the subscription expired.
  if (res.status === 404 || res.status === 410) return 'gone';
  failUnlessOk(res);
  return 'sent';
}

export const webpush: Channel<Config> = {
  type: 'webpush',
  async send(n, _cfg, ctx) {
    if (!ctx.vapid) throw new PermanentError('VIGIA_VAPID_PUBLIC_KEY and VIGIA_VAPID_PRIVATE_KEY are not set: Web Push needs VAPID keys');
    const subs = await ctx.alerts.listPushSubscriptions();
    const payload = JSON.stringify(pushPayload(n));
    const results = await Promise.allSettled(subs.map((s) => pushTo(s, payload, pushTopic(n.key), ctx)));
    const errors: Error[] = [];
    for (const [k, r] of results.entries()) {
      if (r.status === 'fulfilled' && r.value === 'gone') await ctx.alerts.removePushSubscription(subs[k]!.endpoint);
      if (r.status === 'rejected') errors.push(r.reason as Error);
    }
    if (errors.length === 0) return;
    const msg = `${errors.length} of ${subs.length} subscriptions failed: ${errors[0]!.message}`;
    // Retried while any failure may pass; the browsers already reached replace the repeat (same tag and topic).
    throw errors.every((e) => e instanceof PermanentError) ? new PermanentError(msg) : new Error(msg);
  },
};
