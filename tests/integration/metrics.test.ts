import type { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { GET as metrics } from '../../app/metrics/route';
import { getStore, type Store } from '../../lib/store';
import { alertStoreOf } from '../../lib/store/alerts';
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

it('exposes incidents, stream, queues, processes, socket clients and alert deliveries in Prometheus text', async () => {
  for (let k = 0; k < 3; k++) await store.writer.ingest(`m-${k}`, report({ title: `Paro ${k}`, admin1Code: `PE-M${k}` }));
  await store.heartbeat('w-1');
  await webHeartbeat(redis, 'web-a', { clients: 12, position: '0-0' });
  await alertStoreOf(redis).log(['a1'], { at: new Date().toISOString(), key: 'k1', status: 'sent', channel: 'webhook#0' });
  await alertStoreOf(redis).log(['a1'], { at: new Date().toISOString(), key: 'k1', status: 'failed', channel: 'email#1', error: 'x' });

  const res = await metrics();
  expect(res.status).toBe(200);
  const text = await res.text();
  expect(text).toMatch(/^vigia_incidents 3$/m);
  expect(text).toMatch(/^vigia_stream_entries 3$/m);
  expect(text).toMatch(/^vigia_workers_alive 1$/m);
  expect(text).toMatch(/^vigia_socket_clients\{process="web-a"\} 12$/m);
  expect(text).toMatch(/^vigia_queue_jobs\{queue="poll",state="waiting"\} 0$/m);
  expect(text).toMatch(/^vigia_alert_deliveries\{status="sent"\} 1$/m);
  expect(text).toMatch(/^vigia_alert_deliveries\{status="failed"\} 1$/m);
});
