import type { Redis } from 'ioredis';
import { config } from '../config/env';
import { exportIncidents } from './export';
import { getIncident, getStats, queryIncidents } from './query';
import { connect } from './redis';
import { firstStreamId, lastStreamId, missedByTrim, readAfter, waitAfter } from './stream';
import { heartbeat, lastHeartbeatAge, listSources } from './sources';
import { getWindowStats, type StatsBy, type StatsFilter } from './timeline';
import type { IncidentQuery, RuntimeInfo, StatsWindow } from './types';
import { ReportWriter } from './write';

export * from './types';
export { compareStreamIds } from './stream';
export { STATS_BY, type StatsBy, type StatsFilter, type TimelineBucket, type WindowStats } from './timeline';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/** lib/store's face to the rest of Vigía: the only code that knows Redis keys. */
export class Store {
  readonly writer: ReportWriter;
  readonly timezone: string;

  constructor(
    readonly redis: Redis,
    opts: { timezone?: string; streamMaxLen?: number; mode?: RuntimeInfo['mode'] } = {},
  ) {
    this.timezone = opts.timezone ?? 'America/Lima';
    this.mode = opts.mode ?? 'live';
    this.writer = new ReportWriter(redis, { streamMaxLen: opts.streamMaxLen ?? 100_000, timezone: this.timezone });
  }

  private readonly mode: RuntimeInfo['mode'];

  queryIncidents(q: IncidentQuery) {
    return queryIncidents(this.redis, q);
  }
  /** Pages of every incident matching the filters (no limit or cursor), for streaming exports. */
  exportIncidents(q: Omit<IncidentQuery, 'limit' | 'cursor'>) {
    return exportIncidents(this.redis, q);
  }
  getIncident(id: string) {
    return getIncident(this.redis, id);
  }
  getStats(window: StatsWindow, now?: Date) {
    return getStats(this.redis, window, this.timezone, now);
  }
  /** Stats of the incidents matching `filter`, with a timeline when `by` is hour or day. */
  getWindowStats(window: StatsWindow, by: StatsBy, filter: StatsFilter = {}, now?: Date) {
    return getWindowStats(this.redis, { window, by, filter, timezone: this.timezone, now });
  }
  async getRuntimeInfo(): Promise<RuntimeInfo> {
    return { mode: this.mode, timezone: this.timezone };
  }
  lastStreamId() {
    return lastStreamId(this.redis);
  }
  firstStreamId() {
    return firstStreamId(this.redis);
  }
  readAfter(afterId: string, count: number, upTo?: string) {
    return readAfter(this.redis, afterId, count, upTo);
  }
  missedByTrim(since: string) {
    return missedByTrim(this.redis, since);
  }
  /** Blocks on `blocking` (a connection of its own) until entries after `afterId` arrive or `blockMs` passes. */
  waitAfter(blocking: Redis, afterId: string, blockMs: number) {
    return waitAfter(blocking, afterId, blockMs);
  }
  listSources() {
    return listSources(this.redis);
  }
  heartbeat(workerId: string) {
    return heartbeat(this.redis, workerId);
  }
  lastHeartbeatAge() {
    return lastHeartbeatAge(this.redis);
  }
  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

export function storeFromConfig(name: string, opts: { failFast?: boolean } = {}): Store {
  const c = config();
  return new Store(connect(c.REDIS_URL ?? DEFAULT_REDIS_URL, { name, failFast: opts.failFast }), {
    timezone: c.VIGIA_TZ,
    streamMaxLen: c.VIGIA_STREAM_MAXLEN,
    mode: c.VIGIA_MODE,
  });
}

const g = globalThis as unknown as { __vigiaStore?: Store };

const READY_WAIT_MS = 5_000;

/**
 * The web process's shared store (one connection for pages, routes and the socket layer). Its commands fail at once
 * while Redis is away, so that pages and /api/health answer with an error instead of hanging; the first call waits
 * a little for the connection.
 */
export async function getStore(): Promise<Store> {
  g.__vigiaStore ??= storeFromConfig('web', { failFast: true });
  const redis = g.__vigiaStore.redis;
  if (redis.status !== 'ready') {
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        redis.off('ready', done);
        resolve();
      };
      const timer = setTimeout(done, READY_WAIT_MS);
      redis.once('ready', done);
    });
  }
  return g.__vigiaStore;
}
