import { health, type Health } from './health';
import type { Store } from './store';
import { keys } from './store/keys';
import { listWebProcesses, listWorkers, type WebProcess } from './store/processes';

/** What an operator needs on one page: everything /api/health says, plus processes, Redis and the stream. */
export interface Status {
  health: Health;
  workers: { id: string; lastBeatMs: number }[];
  webs: WebProcess[];
  redis: { version: string; usedMemory: string; maxmemoryPolicy: string; aof: boolean; uptimeS: number } | null;
  stream: { length: number; firstId: string | null; lastId: string | null; lastAgeMs: number | null } | null;
}

function infoField(info: string, name: string): string {
  return new RegExp(`^${name}:(.*)$`, 'm').exec(info)?.[1]?.trim() ?? '';
}

export async function status(store: Store, now = Date.now()): Promise<Status> {
  const h = await health(store);
  if (h.redis === 'down') return { health: h, workers: [], webs: [], redis: null, stream: null };
  const r = store.redis;
  const [info, policy, workers, webs, length, first, last] = await Promise.all([
    r.info(),
    r.config('GET', 'maxmemory-policy').catch(() => ['', '?']) as Promise<string[]>,
    listWorkers(r, now),
    listWebProcesses(r, now),
    r.xlen(keys.events),
    store.firstStreamId(),
    store.lastStreamId(),
  ]);
  const lastId = last === '0-0' ? null : last;
  return {
    health: h,
    workers,
    webs,
    redis: {
      version: infoField(info, 'redis_version'),
      usedMemory: infoField(info, 'used_memory_human'),
      maxmemoryPolicy: policy[1] ?? '?',
      aof: infoField(info, 'aof_enabled') === '1',
      uptimeS: Number(infoField(info, 'uptime_in_seconds')),
    },
    stream: { length, firstId: first, lastId, lastAgeMs: lastId ? now - Number(lastId.split('-')[0]) : null },
  };
}
