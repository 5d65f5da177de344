import type { Redis } from 'ioredis';
import type { Incident, Report } from '../types';
import { keys } from './keys';
import { lastStreamId } from './stream';
import { getWindowStats } from './timeline';
import type { IncidentPage, IncidentQuery, Stats, StatsWindow } from './types';
import type { MetaEntry } from './write';

const SCAN_BATCH = 500;
/** A filtered page stops scanning after this many index entries and returns a cursor to go on. */
const SCAN_LIMIT = 20_000;


function foldText(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function matchesMeta(m: MetaEntry, q: IncidentQuery): boolean {
  if (q.type?.length && !q.type.includes(m.t)) return false;
  if (q.status?.length && !q.status.includes(m.s)) return false;
  if (q.country?.length && (!m.c || !q.country.includes(m.c))) return false;
  if (q.region?.length && !q.region.includes(m.r)) return false;
  return true;
}

function matchesText(i: Incident, needle: string): boolean {
  const hay = foldText([i.title, i.place, i.admin1, i.admin2, i.admin3, i.country, ...i.outlets, ...i.actors].join(' '));
  return needle.split(/\s+/).every((w) => hay.includes(w));
}

/** Cursor: "<lastSeen ms>:<incident id>" of the last row of the previous page. */
function decodeCursor(cursor: string | undefined): { score: number; id: string } | null {
  if (!cursor) return null;
  const m = /^(\d+):(.+)$/.exec(cursor);
  if (!m) throw new RangeError('cursor: not a cursor returned by this API');
  return { score: Number(m[1]), id: m[2]! };
}

export async function queryIncidents(redis: Redis, q: IncidentQuery): Promise<IncidentPage> {
  const limit = Math.min(Math.max(q.limit ?? 50, 1), 200);
  const streamId = await lastStreamId(redis);
  const min = q.since ? String(Date.parse(q.since)) : '-inf';
  const after = decodeCursor(q.cursor);
  const needle = q.q ? foldText(q.q.trim()) : '';
  const byMeta = Boolean(q.type?.length || q.status?.length || q.country?.length || q.region?.length);

  const out: Incident[] = [];
  // Walk the index downwards from `upper`, skipping ids already seen at exactly that score.
  let upper = after ? String(after.score) : q.until ? String(Date.parse(q.until)) : '+inf';
  let skip = new Set(after ? [after.id] : []);
  let scanned = 0;
  let lastRow: { score: number; id: string } | null = null;
  let exhausted = false;

  scan: while (scanned < SCAN_LIMIT) {
    const batch = byMeta || needle ? SCAN_BATCH : limit - out.length + skip.size + 1;
    const raw = await redis.zrevrangebyscore(keys.byLastSeen, upper, min, 'WITHSCORES', 'LIMIT', 0, batch);
    const rows: { id: string; score: number }[] = [];
    for (let k = 0; k < raw.length; k += 2) rows.push({ id: raw[k]!, score: Number(raw[k + 1]) });
    const fresh = rows.filter((r) => !(String(r.score) === upper && skip.has(r.id)));
    if (fresh.length === 0) {
      exhausted = true;
      break;
    }
    scanned += fresh.length;
    let ids = fresh.map((r) => r.id);
    if (byMeta) {
      const metas = await redis.hmget(keys.meta, ...ids);
      ids = ids.filter((_, k) => metas[k] && matchesMeta(JSON.parse(metas[k]!) as MetaEntry, q));
    }
    const byId = new Map<string, Incident>();
    const docs = ids.length ? await redis.mget(...ids.map(keys.incident)) : [];
    for (const d of docs) {
      if (!d) continue;
      const inc = JSON.parse(d) as Incident;
      byId.set(inc.id, inc);
    }
    for (const r of fresh) {
      lastRow = r;
      const inc = byId.get(r.id);
      if (!inc || (needle && !matchesText(inc, needle))) continue;
      out.push(inc);
      if (out.length === limit) break scan;
    }
    if (rows.length < batch) {
      exhausted = true;
      break;
    }
    const low = String(fresh[fresh.length - 1]!.score);
    skip = new Set([...(low === upper ? skip : []), ...fresh.filter((r) => String(r.score) === low).map((r) => r.id)]);
    upper = low;
  }
  const nextCursor = exhausted || !lastRow ? null : `${lastRow.score}:${lastRow.id}`;
  return { incidents: out, nextCursor, streamId };
}

export async function getIncident(redis: Redis, id: string): Promise<{ incident: Incident; reports: Report[] } | null> {
  const doc = await redis.get(keys.incident(id));
  if (!doc) return null;
  const incident = JSON.parse(doc) as Incident;
  const reports = incident.reportIds.length ? await redis.mget(...incident.reportIds.map(keys.report)) : [];
  return { incident, reports: reports.filter((r): r is string => r !== null).map((r) => JSON.parse(r) as Report) };
}


/** Counters, region breakdown and totals of incidents first seen in the window, computed on the server. */
export async function getStats(redis: Redis, window: StatsWindow, timezone: string, now = new Date()): Promise<Stats> {
  const { by: _by, filter: _filter, timeline: _timeline, ...stats } = await getWindowStats(redis, { window, by: 'type', filter: {}, timezone, now });
  return stats;
}
