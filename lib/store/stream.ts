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

/** Entries strictly after `afterId`, oldest first, at most `count`. */
export async function readAfter(redis: Redis, afterId: string, count: number): Promise<IncidentMessage[]> {
  const rows = (await redis.xrange(keys.events, `(${afterId}`, '+', 'COUNT', count)) as RawEntry[];
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

/** The highest id ever trimmed or deleted from the stream ("0-0" when none): a client behind it missed entries. */
export async function maxDeletedId(redis: Redis): Promise<string> {
  try {
    const info = (await redis.xinfo('STREAM', keys.events)) as unknown[];
    for (let k = 0; k < info.length; k += 2) if (info[k] === 'max-deleted-entry-id') return String(info[k + 1]);
  } catch {
    // No stream yet.
  }
  return '0-0';
}
