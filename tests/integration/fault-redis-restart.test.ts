import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io as connectClient, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { validateSources } from '../../lib/config/sources';
import { startPrivateRedis, type PrivateRedis } from '../../lib/runtime/redis-server';
import { Store } from '../../lib/store';
import { keys } from '../../lib/store/keys';
import { connect } from '../../lib/store/redis';
import type { IncidentMessage } from '../../lib/types';
import type { WorkerHandle } from '../../worker';
import { FeedServer } from '../helpers/feed-server';
import { until } from '../helpers/processes';
import { startRealtime } from '../helpers/realtime';

// Redis (AOF everysec) restarts mid-stream: nothing acknowledged is lost, and a connected client catches up.
const dir = mkdtempSync(join(tmpdir(), 'vigia-restart-'));
let redis: PrivateRedis;
let store: Store;
let feeds: FeedServer;
let worker: WorkerHandle;
let realtime: Awaited<ReturnType<typeof startRealtime>>;
let client: Socket;
const got: IncidentMessage[] = [];

beforeAll(async () => {
  redis = await startPrivateRedis({ dataDir: dir });
  process.env.REDIS_URL = redis.url;
  store = new Store(connect(redis.url, { name: 'test' }));
  realtime = await startRealtime(store, store.redis);
  feeds = await new FeedServer().start();
  feeds.feeds.set('/f.xml', []);
  const { startWorker } = await import('../../worker');
  worker = await startWorker({
    sources: validateSources({ sources: [{ id: 'f', name: 'F', url: `${feeds.url}/f.xml`, language: 'es', country: 'PE', scale: 'national', interval: 1, private: true }] }),
  });
  let lastId = '0-0';
  client = connectClient(realtime.base, {
    auth: (cb) => cb({ since: lastId }),
    transports: ['websocket'],
    reconnectionDelayMax: 500,
  });
  client.on('incident', (m: IncidentMessage) => {
    got.push(m);
    lastId = m.id;
  });
  await new Promise((r) => client.once('live', r));
});

afterAll(async () => {
  client?.close();
  await worker?.close();
  await realtime?.close();
  await feeds?.close();
  await store?.close();
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const REGIONS = ['Puno', 'Cusco', 'Ayacucho', 'Arequipa', 'Junín', 'Piura'];
const publish = (k: number) =>
  feeds.publish('/f.xml', { guid: `r${k}`, title: `Bloqueo número ${k} de la carretera en ${REGIONS[k % REGIONS.length]}`, summary: `Manifestantes bloquearon la vía ${k}.` });

it('keeps every acknowledged incident across a Redis restart and the client catches up', async () => {
  for (let k = 0; k < 8; k++) publish(k);
  await until('entries before the restart', () => (got.length >= 8 ? true : undefined), 20_000);
  const before = got.map((m) => m.id);

  await redis.stop();
  for (let k = 8; k < 14; k++) publish(k); // published while Redis is down
  await new Promise((r) => setTimeout(r, 1_500));
  redis = await startPrivateRedis({ dataDir: dir, port: redis.port });
  for (let k = 14; k < 20; k++) publish(k);

  await until('all 20 items processed', async () => ((await store.redis.keys(keys.item('*'))).length === 20 ? true : undefined), 45_000);
  const all = (await store.redis.xrange(keys.events, '-', '+')).map(([id]) => id);
  await until('the client to catch up', () => (got.length >= all.length ? true : undefined), 20_000);
  for (const id of before) expect(all).toContain(id);
  expect(got.map((m) => m.id)).toEqual(all);
});
