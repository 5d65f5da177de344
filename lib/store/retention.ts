import type { Redis } from 'ioredis';
import { keys } from './keys';

/**
 * Removes one old incident with its reports and index entries, unless a report touched it since it was selected
 * (its lastSeen score moved past the cutoff). Daily counters (vigia:count:<day>) are kept.
 */
const DROP_INCIDENT = `
local score = redis.call('ZSCORE', KEYS[1], ARGV[1])
if not score or tonumber(score) >= tonumber(ARGV[2]) then return 0 end
local doc = redis.call('GET', KEYS[5])
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('ZREM', KEYS[2], ARGV[1])
redis.call('HDEL', KEYS[3], ARGV[1])
redis.call('HDEL', KEYS[4], ARGV[1])
redis.call('DEL', KEYS[5])
if doc then
  local ids = cjson.decode(doc)['reportIds']
  for _, id in ipairs(ids) do redis.call('DEL', ARGV[3] .. id) end
end
return 1
`;

export interface RetentionPolicy {
  /** Incidents not seen for this long leave the store (their day counters stay). */
  incidentMaxAgeMs: number;
  /** Stream entries older than this are trimmed (MINID); clients further behind get `resync`. */
  streamMaxAgeMs: number;
}

export interface RetentionResult {
  incidents: number;
  streamEntries: number;
}

/** Applies the retention policy once; safe to run from several workers at a time. */
export async function applyRetention(redis: Redis, policy: RetentionPolicy, now = Date.now()): Promise<RetentionResult> {
  const cutoff = now - policy.incidentMaxAgeMs;
  let incidents = 0;
  for (;;) {
    const ids = await redis.zrangebyscore(keys.byLastSeen, '-inf', `(${cutoff}`, 'LIMIT', 0, 500);
    if (ids.length === 0) break;
    for (const id of ids) {
      incidents += (await redis.eval(
        DROP_INCIDENT,
        5,
        keys.byLastSeen,
        keys.byFirstSeen,
        keys.meta,
        keys.revisions,
        keys.incident(id),
        id,
        String(cutoff),
        keys.report(''),
      )) as number;
    }
  }
  const before = await redis.xlen(keys.events);
  await redis.xtrim(keys.events, 'MINID', `${now - policy.streamMaxAgeMs}-0`);
  const streamEntries = before - (await redis.xlen(keys.events));
  return { incidents, streamEntries };
}

/** Bytes Redis uses, for the memory-per-incident benchmark. */
export async function usedMemory(redis: Redis): Promise<number> {
  const info = await redis.info('memory');
  return Number(/used_memory:(\d+)/.exec(info)?.[1] ?? NaN);
}

