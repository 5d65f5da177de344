import type { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Store } from '../../lib/store';
import { keys } from '../../lib/store/keys';
import { applyRetention } from '../../lib/store/retention';
import { freshRedis } from '../helpers/redis';
import { report } from '../helpers/reports';

let redis: Redis;
let store: Store;
const DAY = 86_400_000;

beforeAll(async () => {
  redis = await freshRedis();
  store = new Store(redis);
});
afterAll(async () => store.close());

it('drops incidents not seen within the retention and trims the stream, keeping the daily counters', async () => {
  const old = new Date(Date.now() - 40 * DAY).toISOString();
  for (let k = 0; k < 10; k++) {
    await store.writer.ingest(`old-${k}`, report({ title: `Paro antiguo ${k}`, ingested: old, date: old.slice(0, 10), admin1Code: `PE-O${k}`, place: `O${k}`, admin3: `O${k}`, precision: 1 }));
  }
  const countersBefore = await redis.keys(keys.dayCounts('*'));
  const streamBefore = await redis.xlen(keys.events);
  await new Promise((r) => setTimeout(r, 20));
  const fresh: string[] = [];
  for (let k = 0; k < 5; k++) {
    const w = await store.writer.ingest(`new-${k}`, report({ title: `Paro reciente ${k}`, admin1Code: `PE-N${k}`, place: `N${k}`, admin3: `N${k}`, precision: 1 }));
    if (w.kind === 'written') fresh.push(w.incident.id);
  }
  const firstFresh = (await redis.xrange(keys.events, '-', '+')).at(streamBefore)![0];

  // Streams are trimmed by age of the entry (its id), incidents by their lastSeen.
  const now = Date.now();
  const res = await applyRetention(redis, { incidentMaxAgeMs: 30 * DAY, streamMaxAgeMs: now - Number(firstFresh.split('-')[0]) }, now);
  expect(res.incidents).toBe(10);
  expect(res.streamEntries).toBe(streamBefore);
  expect((await store.queryIncidents({ limit: 200 })).incidents.map((i) => i.id).sort()).toEqual(fresh.sort());
  expect(await redis.keys(keys.report('rep_*'))).toHaveLength(5);
  expect(await redis.hlen(keys.meta)).toBe(5);
  expect(await redis.zcard(keys.byFirstSeen)).toBe(5);
  expect(await redis.keys(keys.dayCounts('*'))).toEqual(expect.arrayContaining(countersBefore));
  expect(await redis.xlen(keys.events)).toBe(5);
  // A second run finds nothing more to do.
  expect(await applyRetention(redis, { incidentMaxAgeMs: 30 * DAY, streamMaxAgeMs: 3_600_000 })).toEqual({ incidents: 0, streamEntries: 0 });
});
