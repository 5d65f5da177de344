// WebSub subscriber side in the worker: asks a feed's hub to push new content to /api/websub/<source>.
import { randomBytes } from 'node:crypto';
import type { Source } from '../lib/config/sources';
import { FeedError, postForm } from '../lib/feeds';
import { getWebSub, saveWebSub } from '../lib/store/sources';
import type { PollContext } from './poll';

export const LEASE_SECONDS = 86_400;
/** Renew this long before the lease ends; retry an unanswered request after as long. */
const RENEW_MS = 3_600_000;

export const callbackUrl = (publicUrl: string, sourceId: string) => `${publicUrl.replace(/\/$/, '')}/api/websub/${encodeURIComponent(sourceId)}`;

/**
 * Subscribes (or renews) when the feed names a hub and there is no live subscription to it for this topic. The hub
 * verifies intent by calling back (app/api/websub); the state is saved before the request so that call finds it.
 */
export async function maybeSubscribe(ctx: PollContext, source: Source, hub: string, topic: string, now = Date.now()): Promise<boolean> {
  const current = await getWebSub(ctx.store.redis, source.id);
  if (current && current.hub === hub && current.topic === topic) {
    // renew in the last hour of the lease, or its last half when the hub granted less than two hours
    const renewWindow = Math.min(RENEW_MS, (current.leaseUntil - current.requestedAt) / 2);
    if (current.state === 'active' && current.leaseUntil - now > renewWindow) return false;
    if (current.state !== 'active' && now - current.requestedAt < RENEW_MS) return false;
  }
  const secret = randomBytes(24).toString('hex');
  await saveWebSub(ctx.store.redis, source.id, { hub, topic, secret, state: 'pending', requestedAt: now, leaseUntil: 0 });
  const res = await postForm(
    hub,
    {
      'hub.mode': 'subscribe',
      'hub.topic': topic,
      'hub.callback': callbackUrl(ctx.publicUrl!, source.id),
      'hub.secret': secret,
      'hub.lease_seconds': String(LEASE_SECONDS),
    },
    { allowPrivate: ctx.allowPrivate || source.private, timeoutMs: ctx.timeoutMs },
  );
  if (res.status < 200 || res.status > 299) {
    throw new FeedError('http', `hub ${hub} answered ${res.status} to the subscription: ${res.body.slice(0, 200)}`, { status: res.status });
  }
  ctx.log.info({ source: source.id, hub, topic }, 'WebSub subscription requested');
  return true;
}
