import type { Redis } from 'ioredis';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import StatusPage from '../../app/status/page';
import { status } from '../../lib/status';
import { getStore, type Store } from '../../lib/store';
import { webHeartbeat } from '../../lib/store/processes';
import { freshRedis } from '../helpers/redis';
import { report } from '../helpers/reports';

let redis: Redis;
let store: Store;

beforeAll(async () => {
  redis = await freshRedis();
  store = await getStore();
});
afterAll(async () => store.close());

it('reports processes, Redis, queue, stream and sources for operators', async () => {
  await store.heartbeat('w-1');
  await webHeartbeat(redis, 'web-1', { clients: 7, position: '0-0' });
  await store.writer.ingest('st-1', report());
  const s = await status(store);
  expect(s.health.ok).toBe(true);
  expect(s.workers.map((w) => w.id)).toEqual(['w-1']);
  expect(s.webs).toEqual([expect.objectContaining({ id: 'web-1', clients: 7 })]);
  expect(s.redis).toMatchObject({ maxmemoryPolicy: 'noeviction', aof: true });
  expect(s.stream).toMatchObject({ length: 1 });
  // The poll queue's depth only: done and failed polls leave the queue, so their counts would always be 0.
  expect(Object.keys(s.health.queue ?? {}).sort()).toEqual(['active', 'delayed', 'waiting']);

  const html = renderToStaticMarkup(await StatusPage());
  expect(html).toContain('All systems running');
  expect(html).toContain('web-1');
  expect(html).toContain('noeviction');
});
