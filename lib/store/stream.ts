import type { Redis } from 'ioredis';
import type { IncidentChange, IncidentMessage, Incident } from '../types';
import { keys } from './keys';

type RawEntry = [id: string, fields: string[]];

export function toMessage([id, fields]: RawEntry): IncidentMessage {
  const f: Record<string, string> = {};
  for (let k = 0; k < fields.length; k += 2) f[fields[k]!] = fields[k + 1]!;
  return { id, change: f.c as IncidentChange, incident: JSON.parse(f.j!) as Incident };
}

export async function lastStreamId(redis: Redis): Promise<string> {
  const last = (await redis.xrevrange(keys.events, '+', '-', 'COUNT', 1)) as RawEntry[];
  return last[0]?.[0] ?? '0-0';
}

/** Entries strictly after `afterId` and up to `upTo` (inclusive, default the end), oldest first, at most `count`. */
export async function readAfter(redis: Redis, afterId: string, count: number, upTo = '+'): Promise<IncidentMessage[]> {
  const rows = (await redis.xrange(keys.events, `(${afterId}`, upTo, 'COUNT', count)) as RawEntry[];
  return rows.map(toMessage);
}

/** The id of the oldest entry still on the stream (after trimming), or null when empty. */
export async function firstStreamId(redis: Redis): Promise<string | null> {
  const first = (await redis.xrange(keys.events, '-', '+', 'COUNT', 1)) as RawEntry[];
  return first[0]?.[0] ?? null;
}

/** Blocks up to `blockMs` for entries after `afterId` on a dedicated (blocking) connection. */
export async function waitAfter(blocking: Redis, afterId: string, blockMs: number, count = 500): Promise<IncidentMessage[]> {
  const res = (await blocking.xread('COUNT', count, 'BLOCK', blockMs, 'STREAMS', keys.events, afterId)) as
    | [string, RawEntry[]][]
    | null;
  return res?.[0]?.[1].map(toMessage) ?? [];
}

export function compareStreamIds(a: string, b: string): number {
  const [am, as] = a.split('-').map(Number) as [number, number];
  const [bm, bs] = b.split('-').map(Number) as [number, number];
  return am - bm || as - bs;
}

/**
 * True when entries after `since` may have been trimmed or deleted from the stream, so that a replay from `since`
 * would have a gap: the client must reload its snapshot instead.
 */
export async function missedByTrim(redis: Redis, since: string): Promise<boolean> {
  let info: unknown[];
  try {
    info = (await redis.xinfo('STREAM', keys.events)) as unknown[];
  } catch {
    return false; // no stream yet: nothing was ever trimmed
  }
  const f = new Map<string, unknown>();
  for (let k = 0; k < info.length; k += 2) f.set(String(info[k]), info[k + 1]);
  const maxDeleted = String(f.get('max-deleted-entry-id') ?? '0-0');
  if (compareStreamIds(since, maxDeleted) < 0) return true;
  const length = Number(f.get('length') ?? 0);
  const added = Number(f.get('entries-added') ?? length);
  const first = f.get('first-entry') as [string, string[]] | null | undefined;
  // Trimming removes the oldest entries without moving max-deleted-entry-id.
  return added > length && (!first || compareStreamIds(since, first[0]) < 0);
}
