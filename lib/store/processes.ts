import type { Redis } from 'ioredis';
import { keys } from './keys';

const FORGET_AFTER_MS = 3600e3;

export interface WebProcess {
  id: string;
  lastBeatMs: number; // ms since its last heartbeat
  clients: number;
  position: string; // the last stream id it emitted
}

/** A web process reports itself and its connected Socket.IO clients. */
export async function webHeartbeat(redis: Redis, id: string, info: { clients: number; position: string }, now = Date.now()): Promise<void> {
  await redis
    .multi()
    .zadd(keys.webs, now, id)
    .hset(keys.web(id), { clients: String(info.clients), position: info.position })
    .pexpire(keys.web(id), FORGET_AFTER_MS)
    .zremrangebyscore(keys.webs, '-inf', now - FORGET_AFTER_MS)
    .exec();
}

export async function listWebProcesses(redis: Redis, now = Date.now()): Promise<WebProcess[]> {
  const rows = await redis.zrevrange(keys.webs, 0, -1, 'WITHSCORES');
  const out: WebProcess[] = [];
  for (let k = 0; k < rows.length; k += 2) {
    const id = rows[k]!;
    const h = await redis.hgetall(keys.web(id));
    out.push({ id, lastBeatMs: now - Number(rows[k + 1]), clients: Number(h.clients ?? 0), position: h.position ?? '0-0' });
  }
  return out;
}

export async function listWorkers(redis: Redis, now = Date.now()): Promise<{ id: string; lastBeatMs: number }[]> {
  const rows = await redis.zrevrange(keys.workers, 0, -1, 'WITHSCORES');
  const out: { id: string; lastBeatMs: number }[] = [];
  for (let k = 0; k < rows.length; k += 2) out.push({ id: rows[k]!, lastBeatMs: now - Number(rows[k + 1]) });
  return out;
}
