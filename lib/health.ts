import { pollQueue } from './queue';
import { patientDuplicate } from './store/redis';
import type { Store } from './store';

const HEARTBEAT_MAX_AGE_MS = 30_000;

export interface Health {
  ok: boolean;
  reasons: string[];
  redis: 'up' | 'down';
  worker: { lastHeartbeatMs: number | null };
  queue: Record<string, number> | null;
  sources: { id: string; name: string; lastPoll: string | null; lastStatus: number | null; lastError: string | null; errorStreak: number }[];
}

let queue: ReturnType<typeof pollQueue> | undefined;

export async function health(store: Store): Promise<Health> {
  const reasons: string[] = [];
  const h: Health = { ok: false, reasons, redis: 'down', worker: { lastHeartbeatMs: null }, queue: null, sources: [] };
  try {
    await store.redis.ping();
    h.redis = 'up';
  } catch (err) {
    reasons.push(`Redis is not reachable: ${(err as Error).message}`);
    return h;
  }
  h.worker.lastHeartbeatMs = await store.lastHeartbeatAge();
  if (h.worker.lastHeartbeatMs === null) reasons.push('no worker has ever reported: start it with `npx vigia worker`');
  else if (h.worker.lastHeartbeatMs > HEARTBEAT_MAX_AGE_MS)
    reasons.push(`the worker's last heartbeat was ${Math.round(h.worker.lastHeartbeatMs / 1000)} s ago`);
  if (!queue) {
    queue = pollQueue(patientDuplicate(store.redis));
  }
  // The poll queue's depth. Done and failed polls leave the queue (removeOnComplete, removeOnFail): counting them
  // would always show 0.
  h.queue = await queue.getJobCounts('waiting', 'active', 'delayed');
  h.sources = (await store.listSources()).map((s) => ({
    id: s.id,
    name: s.name,
    lastPoll: s.state.lastPoll,
    lastStatus: s.state.lastStatus,
    lastError: s.state.lastError,
    errorStreak: s.state.errorStreak,
  }));
  h.ok = reasons.length === 0;
  return h;
}
