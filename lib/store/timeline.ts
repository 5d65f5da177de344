// Window statistics with filters and a timeline by hour or local day, computed on the server from the first-seen
// index and the incidents' meta entries (GET /api/stats?window=&by=&type=&region=...).
import type { Redis } from 'ioredis';
import { EVENT_TYPES, type EventStatus, type EventType } from '../types';
import { keys } from './keys';
import { windowBounds } from './time';
import { lastStreamId } from './stream';
import { localMidnight } from './time';
import type { RegionCount, Stats, StatsWindow } from './types';
import type { MetaEntry } from './write';

export const STATS_BY = ['type', 'region', 'day', 'hour'] as const;
export type StatsBy = (typeof STATS_BY)[number];

/** The meta-level filters of IncidentQuery: what aggregates can honour (free text cannot). */
export interface StatsFilter {
  type?: EventType[];
  status?: EventStatus[];
  country?: string[];
  region?: string[];
}

export interface TimelineBucket {
  start: string; // ISO 8601: the local hour or local midnight the bucket starts at
  byType: Record<EventType, number>;
  total: number;
}

export interface WindowStats extends Stats {
  by: StatsBy;
  filter: StatsFilter;
  /** Incidents first seen per hour or per local day of the window, oldest first; null when `by` is type or region. */
  timeline: TimelineBucket[] | null;
}

const HOUR = 3600e3;

export function emptyByType(): Record<EventType, number> {
  return Object.fromEntries(EVENT_TYPES.map((t) => [t, 0])) as Record<EventType, number>;
}

export function matchesFilter(m: MetaEntry, f: StatsFilter): boolean {
  if (f.type?.length && !f.type.includes(m.t)) return false;
  if (f.status?.length && !f.status.includes(m.s)) return false;
  if (f.country?.length && (!m.c || !f.country.includes(m.c))) return false;
  if (f.region?.length && !f.region.includes(m.r)) return false;
  return true;
}

/** Bucket start instants covering [from, to]: local hours or local midnights in `timezone`. */
export function bucketStarts(from: Date, to: Date, by: 'hour' | 'day', timezone: string): number[] {
  const starts: number[] = [];
  if (by === 'hour') {
    const midnight = localMidnight(from, timezone).getTime();
    for (let t = midnight + Math.floor((from.getTime() - midnight) / HOUR) * HOUR; t <= to.getTime(); t += HOUR) {
      starts.push(t);
    }
  } else {
    // Local days last 23 to 25 hours, so 26 hours after one midnight always falls on the next local day.
    for (let t = localMidnight(from, timezone).getTime(); t <= to.getTime(); t = localMidnight(new Date(t + 26 * HOUR), timezone).getTime()) {
      starts.push(t);
    }
  }
  return starts;
}

export interface TimedMeta {
  at: number; // firstSeen, epoch ms
  meta: MetaEntry;
}

/** Pure: counters, regions, totals and (for hour/day) the timeline of the metas of a window and the one before it. */
export function aggregate(
  current: readonly TimedMeta[],
  previous: readonly TimedMeta[],
  opts: { window: StatsWindow; from: Date; to: Date; by: StatsBy; filter: StatsFilter; timezone: string; streamId: string },
): WindowStats {
  const byType = emptyByType();
  const previousByType = emptyByType();
  const regions = new Map<string, RegionCount>();
  const totals = { incidents: 0, killed: 0, injured: 0, detained: 0 };
  const starts = opts.by === 'hour' || opts.by === 'day' ? bucketStarts(opts.from, opts.to, opts.by, opts.timezone) : null;
  const timeline = starts?.map((s) => ({ start: new Date(s).toISOString(), byType: emptyByType(), total: 0 })) ?? null;
  for (const { at, meta: m } of current) {
    if (!matchesFilter(m, opts.filter)) continue;
    byType[m.t]++;
    totals.incidents++;
    totals.killed += m.k ?? 0;
    totals.injured += m.i ?? 0;
    totals.detained += m.d ?? 0;
    let r = regions.get(m.r);
    if (!r) regions.set(m.r, (r = { code: m.r, name: m.rn, country: m.c, total: 0, byType: emptyByType() }));
    r.total++;
    r.byType[m.t]++;
    if (starts && timeline) {
      let k = starts.length - 1;
      while (k > 0 && starts[k]! > at) k--;
      timeline[k]!.byType[m.t]++;
      timeline[k]!.total++;
    }
  }
  for (const { meta } of previous) if (matchesFilter(meta, opts.filter)) previousByType[meta.t]++;
  return {
    window: opts.window,
    from: opts.from.toISOString(),
    to: opts.to.toISOString(),
    byType,
    previousByType,
    byRegion: [...regions.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name)),
    totals,
    streamId: opts.streamId,
    by: opts.by,
    filter: opts.filter,
    timeline,
  };
}

async function timedMetas(redis: Redis, from: number, to: number): Promise<TimedMeta[]> {
  const raw = await redis.zrangebyscore(keys.byFirstSeen, String(from), `(${to}`, 'WITHSCORES');
  const out: TimedMeta[] = [];
  for (let k = 0; k < raw.length; k += 2000) {
    const chunk = raw.slice(k, k + 2000);
    const ids = chunk.filter((_, j) => j % 2 === 0);
    const metas = await redis.hmget(keys.meta, ...ids);
    metas.forEach((m, j) => {
      if (m) out.push({ at: Number(chunk[2 * j + 1]), meta: JSON.parse(m) as MetaEntry });
    });
  }
  return out;
}

export async function getWindowStats(
  redis: Redis,
  opts: { window: StatsWindow; by: StatsBy; filter: StatsFilter; timezone: string; now?: Date },
): Promise<WindowStats> {
  const { from, to } = windowBounds(opts.window, opts.now ?? new Date(), opts.timezone);
  const len = to.getTime() - from.getTime();
  const [current, previous, streamId] = await Promise.all([
    timedMetas(redis, from.getTime(), to.getTime() + 1),
    timedMetas(redis, from.getTime() - len, from.getTime()),
    lastStreamId(redis),
  ]);
  return aggregate(current, previous, { ...opts, from, to, streamId });
}
