import type { Redis } from 'ioredis';
import type { Source } from '../config/sources';
import { keys } from './keys';

/** What the worker remembers about polling one source. */
export interface SourceState {
  etag: string | null;
  lastModified: string | null;
  lastPoll: string | null; // ISO 8601
  lastStatus: number | null; // HTTP status, 0 for a network error
  lastError: string | null;
  errorStreak: number;
  lastItems: number; // items in the last successful parse
  lastNew: number; // new reports in the last poll
  totalReports: number;
}

const EMPTY: SourceState = {
  etag: null,
  lastModified: null,
  lastPoll: null,
  lastStatus: null,
  lastError: null,
  errorStreak: 0,
  lastItems: 0,
  lastNew: 0,
  totalReports: 0,
};

export async function getSourceState(redis: Redis, id: string): Promise<SourceState> {
  const h = await redis.hgetall(keys.sourceState(id));
  if (!h || Object.keys(h).length === 0) return { ...EMPTY };
  return {
    etag: h.etag || null,
    lastModified: h.lastModified || null,
    lastPoll: h.lastPoll || null,
    lastStatus: h.lastStatus ? Number(h.lastStatus) : null,
    lastError: h.lastError || null,
    errorStreak: Number(h.errorStreak ?? 0),
    lastItems: Number(h.lastItems ?? 0),
    lastNew: Number(h.lastNew ?? 0),
    totalReports: Number(h.totalReports ?? 0),
  };
}

export async function saveSourceState(redis: Redis, id: string, s: SourceState): Promise<void> {
  await redis.hset(keys.sourceState(id), {
    etag: s.etag ?? '',
    lastModified: s.lastModified ?? '',
    lastPoll: s.lastPoll ?? '',
    lastStatus: s.lastStatus === null ? '' : String(s.lastStatus),
    lastError: s.lastError ?? '',
    errorStreak: String(s.errorStreak),
    lastItems: String(s.lastItems),
    lastNew: String(s.lastNew),
    totalReports: String(s.totalReports),
  });
}

/** The worker publishes the sources it polls, so that the web process can show them. */
export async function publishSources(redis: Redis, sources: Source[]): Promise<void> {
  const multi = redis.multi().del(keys.sources);
  if (sources.length) multi.hset(keys.sources, Object.fromEntries(sources.map((s) => [s.id, JSON.stringify(s)])));
  await multi.exec();
}

export async function listSources(redis: Redis): Promise<(Source & { state: SourceState })[]> {
  const all = await redis.hgetall(keys.sources);
  const sources = Object.values(all).map((j) => JSON.parse(j) as Source);
  const states = await Promise.all(sources.map((s) => getSourceState(redis, s.id)));
  return sources.map((s, k) => ({ ...s, state: states[k]! })).sort((a, b) => a.id.localeCompare(b.id));
}

export async function heartbeat(redis: Redis, workerId: string, now = Date.now()): Promise<void> {
  await redis.multi().zadd(keys.workers, now, workerId).zremrangebyscore(keys.workers, '-inf', now - 3600e3).exec();
}

/** Milliseconds since the most recent heartbeat of any worker, or null when none ever beat. */
export async function lastHeartbeatAge(redis: Redis, now = Date.now()): Promise<number | null> {
  const top = await redis.zrevrange(keys.workers, 0, 0, 'WITHSCORES');
  return top.length ? now - Number(top[1]) : null;
}
