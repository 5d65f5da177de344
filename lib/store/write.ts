import type { Redis } from 'ioredis';
import {
  addDays,
  candidateKeys,
  incidentKeys,
  isOpenRunning,
  matchIncident,
  mergeReport,
  regionKey,
  RUNNING_IDLE_DAYS,
  streamIncident,
} from '../incidents';
import type { Incident, Report } from '../types';
import { keys } from './keys';
import { localDay } from '../time';

/**
 * One report, written in one Lua script: the item's idempotency key, the report, the incident, its indexes and
 * counters, and the entry on the stream. A concurrent write to the same incident by another worker is detected by
 * its revision and the caller re-matches.
 */
const WRITE_REPORT = `
if redis.call('EXISTS', KEYS[1]) == 1 then return {'dup', redis.call('GET', KEYS[1])} end
local rev = tonumber(redis.call('HGET', KEYS[4], ARGV[2]) or '0')
if rev ~= tonumber(ARGV[4]) then return {'conflict', tostring(rev)} end
redis.call('SET', KEYS[2], ARGV[1])
redis.call('SET', KEYS[3], ARGV[3])
redis.call('HSET', KEYS[4], ARGV[2], ARGV[5])
redis.call('HSET', KEYS[5], ARGV[2], ARGV[6])
redis.call('ZADD', KEYS[6], ARGV[7], ARGV[2])
redis.call('ZADD', KEYS[7], 'NX', ARGV[8], ARGV[2])
if ARGV[11] ~= ARGV[12] then
  if ARGV[12] ~= '' then redis.call('HINCRBY', KEYS[9], ARGV[12], -1) end
  redis.call('HINCRBY', KEYS[9], ARGV[11], 1)
end
for i = 12, #KEYS do
  redis.call('SADD', KEYS[i], ARGV[2])
  redis.call('EXPIRE', KEYS[i], ARGV[15])
end
redis.call('ZREM', KEYS[11], ARGV[2])
if ARGV[17] == '1' then
  redis.call('ZADD', KEYS[10], ARGV[18], ARGV[2])
  redis.call('ZREMRANGEBYSCORE', KEYS[10], '-inf', ARGV[19])
  redis.call('EXPIRE', KEYS[10], ARGV[20])
else
  redis.call('ZREM', KEYS[10], ARGV[2])
end
local id = redis.call('XADD', KEYS[8], 'MAXLEN', '~', ARGV[13], '*', 'c', ARGV[9], 'i', ARGV[2], 'j', ARGV[16])
redis.call('SET', KEYS[1], ARGV[10], 'EX', ARGV[14])
return {'ok', id}
`;

/**
 * The incidents a report may join, and for each the version it is at, in one round trip: the ids on the candidate
 * keys of its day and region (KEYS[4..]), then its region's running incidents (KEYS[1], last day at or after
 * ARGV[1]), each once in that order; their revisions (KEYS[2]) and last-seen times (KEYS[3]).
 */
const CANDIDATES = `
local ids, seen = {}, {}
local function add(list)
  for _, id in ipairs(list) do
    if not seen[id] then seen[id] = true; ids[#ids + 1] = id end
  end
end
if #KEYS > 3 then add(redis.call('SUNION', unpack(KEYS, 4))) end
add(redis.call('ZRANGEBYSCORE', KEYS[1], ARGV[1], '+inf'))
if #ids == 0 then return {} end
return {ids, redis.call('HMGET', KEYS[2], unpack(ids)), redis.call('ZMSCORE', KEYS[3], unpack(ids))}
`;

/** Incidents a writer keeps parsed, the ones it wrote last: a large incident is tens of KB of JSON, read and parsed
 *  again for every report that may join it, and the matcher's work on an incident is kept with the object. (Those
 *  only read are not kept: most are candidates that no report joins, and keeping each costs more than it saves.) */
const KEPT_INCIDENTS = 256;

/** What tells two versions of a stored incident apart: its revision and its last-seen time (an incident removed and
 *  made again from the same report starts again at revision 1, but not at the same instant). */
const versionOf = (revision: number | string, lastSeenMs: number | string) => `${revision}@${lastSeenMs}`;

export const ITEM_TTL_S = 90 * 24 * 3600;
const CANDIDATE_TTL_S = 4 * 24 * 3600;
/** A region's index of running incidents expires when none of them got a report for this long (wall clock). */
const RUNNING_TTL_S = (RUNNING_IDLE_DAYS + 2) * 24 * 3600;

const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

export interface MetaEntry {
  t: Incident['type'];
  s: Incident['status'];
  c: string | null; // country
  r: string; // region code (admin1Code or "<country>-?")
  rn: string; // region name
  k: number | null;
  i: number | null;
  d: number | null;
  demo: boolean;
}

export function regionCode(i: { country: string | null; admin1Code: string | null }): string {
  return i.admin1Code ?? (i.country ? `${i.country}-?` : '??');
}

export function metaOf(i: Incident): MetaEntry {
  return {
    t: i.type,
    s: i.status,
    c: i.country,
    r: regionCode(i),
    rn: i.admin1 ?? i.country ?? '?',
    k: i.killed,
    i: i.injured,
    d: i.detained,
    demo: i.demo,
  };
}

export type IngestResult =
  | { kind: 'duplicate' }
  | { kind: 'written'; change: 'created' | 'updated'; incident: Incident; streamId: string };

export class ReportWriter {
  constructor(
    private readonly redis: Redis,
    private readonly opts: { streamMaxLen: number; timezone: string },
  ) {
    redis.defineCommand('vigiaWriteReport', { lua: WRITE_REPORT });
    redis.defineCommand('vigiaCandidates', { lua: CANDIDATES });
  }

  /** Parsed incidents by id, with the version they are at, least recently written first. */
  private readonly kept = new Map<string, { version: string; incident: Incident }>();

  private keep(incident: Incident): void {
    this.kept.delete(incident.id);
    this.kept.set(incident.id, { version: versionOf(incident.revision, Date.parse(incident.lastSeen)), incident });
    if (this.kept.size > KEPT_INCIDENTS) this.kept.delete(this.kept.keys().next().value!);
  }

  /** Which of the items were already looked at (a report written, or marked as no event), in one round trip: a feed
   *  that changed still lists mostly items seen before. */
  async seen(itemKeys: string[]): Promise<boolean[]> {
    if (itemKeys.length === 0) return [];
    return (await this.redis.mget(...itemKeys.map(keys.item))).map((v) => v !== null);
  }

  /** Records an item that reports no event, so that a re-poll does not look at it again. */
  async markNonEvent(itemKey: string): Promise<void> {
    await this.redis.set(keys.item(itemKey), '-', 'EX', ITEM_TTL_S, 'NX');
  }

  async ingest(itemKey: string, report: Report): Promise<IngestResult> {
    // An item already written is a duplicate: the script checks it before anything else.
    for (let attempt = 0; attempt < 8; attempt++) {
      const match = await this.match(report);
      const incident = mergeReport(match, report);
      const change = match ? 'updated' : 'created';
      const day = localDay(new Date(incident.firstSeen), this.opts.timezone);
      const newField = `${incident.type}|${regionCode(incident)}`;
      const oldField = match ? `${match.type}|${regionCode(match)}` : '';
      const keyList = [
        keys.item(itemKey),
        keys.report(report.id),
        keys.incident(incident.id),
        keys.revisions,
        keys.meta,
        keys.byLastSeen,
        keys.byFirstSeen,
        keys.events,
        keys.dayCounts(day),
        keys.running(regionKey(incident)),
        keys.running(match ? regionKey(match) : regionKey(incident)),
        ...incidentKeys(incident).map(keys.candidates),
      ];
      const reply = (await (this.redis as unknown as WriteCommand).vigiaWriteReport(
        String(keyList.length),
        ...keyList,
        JSON.stringify({ ...report, incidentId: incident.id }),
        incident.id,
        JSON.stringify(incident),
        String(match?.revision ?? 0),
        String(incident.revision),
        JSON.stringify(metaOf(incident)),
        String(Date.parse(incident.lastSeen)),
        String(Date.parse(incident.firstSeen)),
        change,
        report.id,
        newField,
        oldField,
        String(this.opts.streamMaxLen),
        String(ITEM_TTL_S),
        String(CANDIDATE_TTL_S),
        JSON.stringify(streamIncident(incident)),
        isOpenRunning(incident) ? '1' : '0',
        String(dayMs(incident.lastDate)),
        `(${dayMs(addDays(incident.lastDate, -RUNNING_IDLE_DAYS))}`,
        String(RUNNING_TTL_S),
      )) as [string, string];
      if (reply[0] === 'dup') return { kind: 'duplicate' };
      if (reply[0] === 'ok') {
        this.keep(incident);
        return { kind: 'written', change, incident, streamId: reply[1] };
      }
      // 'conflict': another worker changed a candidate since we read it; read again and re-match.
    }
    throw new Error(`could not write report ${report.id}: the incident kept changing under concurrent writes`);
  }

  /** The stored incident the report belongs to, or null: candidates by day and region, and the region's open running
   *  incidents whose last day is at most RUNNING_IDLE_DAYS before the report's day. */
  async match(report: Report): Promise<Incident | null> {
    return matchIncident(report, await this.candidates(report));
  }

  /** The candidates, in the order CANDIDATES gives: those kept at the version the store has are not read again. */
  private async candidates(report: Report): Promise<Incident[]> {
    const keyList = [keys.running(regionKey(report)), keys.revisions, keys.byLastSeen, ...candidateKeys(report).map(keys.candidates)];
    const reply = (await (this.redis as unknown as WriteCommand).vigiaCandidates(
      String(keyList.length),
      ...keyList,
      String(dayMs(addDays(report.date, -RUNNING_IDLE_DAYS))),
    )) as [string[], (string | null)[], (string | null)[]] | [];
    if (reply.length === 0) return [];
    const [ids, revisions, lastSeen] = reply;
    const found: (Incident | null)[] = ids.map((id, k) => {
      const kept = this.kept.get(id);
      const rev = revisions[k];
      return kept && rev != null && kept.version === versionOf(rev, lastSeen[k] ?? '') ? kept.incident : null;
    });
    const missing = ids.filter((_, k) => found[k] === null);
    if (missing.length) {
      const docs = await this.redis.mget(...missing.map(keys.incident));
      const read = new Map<string, Incident>();
      for (const doc of docs) {
        if (doc === null) continue; // removed since (retention)
        const incident = JSON.parse(doc) as Incident;
        read.set(incident.id, incident);
      }
      ids.forEach((id, k) => {
        if (found[k] === null) found[k] = read.get(id) ?? null;
      });
    }
    return found.filter((i): i is Incident => i !== null);
  }
}

interface WriteCommand {
  vigiaWriteReport(...args: string[]): Promise<unknown>;
  vigiaCandidates(...args: string[]): Promise<unknown>;
}
