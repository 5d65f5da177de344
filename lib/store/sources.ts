import type { Redis } from 'ioredis';
import type { Source } from '../config/sources';
import { keys } from './keys';
import { quietErrors, Registry, type Origin, type RegistryChange } from './registry';

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
  /** When the next poll is due (ISO 8601), and the interval (s) that put it there. */
  nextPoll: string | null;
  interval: number | null;
  /** Marked broken after VIGIA_BROKEN_AFTER consecutive errors: polled rarely until an admin resets it. */
  broken: boolean;
  polls: number;
  errors: number;
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
  nextPoll: null,
  interval: null,
  broken: false,
  polls: 0,
  errors: 0,
};

const num = (v: string | undefined) => (v ? Number(v) : 0);

export async function getSourceState(redis: Redis, id: string): Promise<SourceState> {
  const h = await redis.hgetall(keys.sourceState(id));
  if (!h || Object.keys(h).length === 0) return { ...EMPTY };
  return {
    etag: h.etag || null,
    lastModified: h.lastModified || null,
    lastPoll: h.lastPoll || null,
    lastStatus: h.lastStatus ? Number(h.lastStatus) : null,
    lastError: h.lastError || null,
    errorStreak: num(h.errorStreak),
    lastItems: num(h.lastItems),
    lastNew: num(h.lastNew),
    totalReports: num(h.totalReports),
    nextPoll: h.nextPoll || null,
    interval: h.interval ? Number(h.interval) : null,
    broken: h.broken === '1',
    polls: num(h.polls),
    errors: num(h.errors),
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
    nextPoll: s.nextPoll ?? '',
    interval: s.interval === null ? '' : String(s.interval),
    broken: s.broken ? '1' : '0',
    polls: String(s.polls),
    errors: String(s.errors),
  });
}

/** Reports a WebSub push added, counted without touching the poll state (a poll may be running). */
export async function countPushed(redis: Redis, id: string, reports: number): Promise<void> {
  await redis.multi().hincrby(keys.sourceState(id), 'totalReports', reports).hset(keys.sourceState(id), 'lastNew', String(reports)).exec();
}

// ---------------------------------------------------------------------------------------------------------
// The registry: every source, seeded from the sources file and managed by admins at run time (see registry.ts).

export type SourceOrigin = Origin;
export type RegisteredSource = Source & { origin: SourceOrigin };
export type SourceChange = RegistryChange<'reset'>;

const registry = new Registry<Source, RegisteredSource, 'reset'>({
  hash: keys.sources,
  removed: keys.sourcesRemoved,
  channel: keys.sourcesChanged,
  id: (s) => s.id,
  record: (s, origin) => ({ ...s, origin }),
});

/** Merges the sources file into the registry (see Registry.seed). */
export const seedSources = (redis: Redis, file: Source[]) => registry.seed(redis, file);
export const listRegistered = (redis: Redis) => registry.list(redis);
export const getRegistered = (redis: Redis, id: string) => registry.get(redis, id);
/** An admin's add or edit: the entry becomes the admin's. */
export const putSource = (redis: Redis, source: Source, action: 'added' | 'edited') => registry.put(redis, source, action);
/** An admin's removal: the entry, its polling state and subscription go; the id is remembered as removed. */
export const removeSource = (redis: Redis, id: string) => registry.remove(redis, id, [keys.sourceState(id), keys.sourceDelays(id), keys.websub(id)]);
/** Calls `on` for every registry change; `subscriber` becomes a subscriber connection. */
export const onSourceChange = (subscriber: Redis, on: (c: SourceChange) => void) => registry.onChange(subscriber, on);

/** An admin's reset of a broken source: errors forgotten, polled again at once. */
export async function resetSource(redis: Redis, id: string): Promise<void> {
  await redis.hset(keys.sourceState(id), { errorStreak: '0', broken: '0', lastError: '', nextPoll: '' });
  await registry.notify(redis, { id, action: 'reset' });
}

// ---------------------------------------------------------------------------------------------------------
// Health: what the Sources page, `source` messages and /metrics show.

export interface SourceHealth {
  id: string;
  name: string;
  url: string;
  enabled: boolean;
  demo: boolean;
  origin: SourceOrigin;
  status: 'ok' | 'failing' | 'broken' | 'paused' | 'new';
  lastPoll: string | null;
  lastStatus: number | null;
  lastError: string | null;
  lastItems: number;
  errorStreak: number;
  nextPoll: string | null;
  interval: number | null;
  /** Median delay from an item's publication to its ingestion, over the last 100 new items (ms). */
  medianDelayMs: number | null;
  polls: number;
  errors: number;
  reports: number;
  websub: 'none' | 'pending' | 'active';
}

const DELAYS_KEPT = 100;

export async function recordDelays(redis: Redis, id: string, delaysMs: number[]): Promise<void> {
  if (!delaysMs.length) return;
  await redis
    .multi()
    .lpush(keys.sourceDelays(id), ...delaysMs.map((d) => String(Math.round(d))))
    .ltrim(keys.sourceDelays(id), 0, DELAYS_KEPT - 1)
    .exec();
}

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export async function sourceHealth(redis: Redis, source: RegisteredSource): Promise<SourceHealth> {
  const [state, delays, websub] = await Promise.all([
    getSourceState(redis, source.id),
    redis.lrange(keys.sourceDelays(source.id), 0, -1),
    redis.hget(keys.websub(source.id), 'state'),
  ]);
  const status = !source.enabled
    ? 'paused'
    : state.broken
      ? 'broken'
      : state.errorStreak > 0
        ? 'failing'
        : state.lastPoll
          ? 'ok'
          : 'new';
  return {
    id: source.id,
    name: source.name,
    url: source.url,
    enabled: source.enabled,
    demo: source.demo,
    origin: source.origin,
    status,
    lastPoll: state.lastPoll,
    lastStatus: state.lastStatus,
    lastError: state.lastError,
    lastItems: state.lastItems,
    errorStreak: state.errorStreak,
    nextPoll: source.enabled ? state.nextPoll : null,
    interval: state.interval,
    medianDelayMs: median(delays.map(Number)),
    polls: state.polls,
    errors: state.errors,
    reports: state.totalReports,
    websub: websub === 'active' ? 'active' : websub === 'pending' ? 'pending' : 'none',
  };
}

export async function listHealth(redis: Redis): Promise<SourceHealth[]> {
  return Promise.all((await listRegistered(redis)).map((s) => sourceHealth(redis, s)));
}

export async function publishHealth(redis: Redis, h: SourceHealth): Promise<void> {
  await redis.publish(keys.sourceHealth, JSON.stringify(h));
}

/** Calls `on` with each source's health as the worker publishes it; `subscriber` becomes a subscriber connection. */
export async function onSourceHealth(subscriber: Redis, on: (h: SourceHealth) => void): Promise<void> {
  quietErrors(subscriber, 'source-health');
  subscriber.on('message', (channel: string, message: string) => {
    if (channel === keys.sourceHealth) on(JSON.parse(message) as SourceHealth);
  });
  await subscriber.subscribe(keys.sourceHealth);
}

/** The sources with their polling state (GET /api/health). */
export async function listSources(redis: Redis): Promise<(RegisteredSource & { state: SourceState })[]> {
  const sources = await listRegistered(redis);
  const states = await Promise.all(sources.map((s) => getSourceState(redis, s.id)));
  return sources.map((s, k) => ({ ...s, state: states[k]! }));
}

// ---------------------------------------------------------------------------------------------------------
// Politeness across workers: a counting semaphore per host, as leases that expire if a worker dies holding one.

const ACQUIRE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1]) then
  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[3])
  redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]))
  return 1
end
return 0`;

/** Takes one of `limit` slots for `host` for at most `leaseMs`; false when all are taken. */
export async function acquireHost(redis: Redis, host: string, limit: number, leaseMs: number, token: string): Promise<boolean> {
  return (await redis.eval(ACQUIRE, 1, keys.hostLeases(host), limit, leaseMs, token)) === 1;
}

export async function releaseHost(redis: Redis, host: string, token: string): Promise<void> {
  await redis.zrem(keys.hostLeases(host), token);
}

// ---------------------------------------------------------------------------------------------------------
// WebSub subscriptions.

export interface WebSubState {
  hub: string;
  topic: string;
  secret: string;
  state: 'pending' | 'active' | 'denied';
  requestedAt: number; // ms
  leaseUntil: number; // ms, 0 until verified
}

export async function getWebSub(redis: Redis, id: string): Promise<WebSubState | null> {
  const h = await redis.hgetall(keys.websub(id));
  if (!h.hub) return null;
  return {
    hub: h.hub,
    topic: h.topic ?? '',
    secret: h.secret ?? '',
    state: (h.state as WebSubState['state']) ?? 'pending',
    requestedAt: num(h.requestedAt),
    leaseUntil: num(h.leaseUntil),
  };
}

export async function saveWebSub(redis: Redis, id: string, s: WebSubState): Promise<void> {
  await redis.hset(keys.websub(id), { ...s, requestedAt: String(s.requestedAt), leaseUntil: String(s.leaseUntil) });
}

// ---------------------------------------------------------------------------------------------------------

export async function heartbeat(redis: Redis, workerId: string, now = Date.now()): Promise<void> {
  await redis.multi().zadd(keys.workers, now, workerId).zremrangebyscore(keys.workers, '-inf', now - 3600e3).exec();
}

/** Milliseconds since the most recent heartbeat of any worker, or null when none ever beat. */
export async function lastHeartbeatAge(redis: Redis, now = Date.now()): Promise<number | null> {
  const top = await redis.zrevrange(keys.workers, 0, 0, 'WITHSCORES');
  return top.length ? now - Number(top[1]) : null;
}
