import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { validateSources } from '../../lib/config/sources';
import { keys } from '../../lib/store/keys';
import type { WorkerHandle } from '../../worker';
import { FeedServer } from '../helpers/feed-server';
import { until } from '../helpers/processes';
import { freshRedis } from '../helpers/redis';

// Feeds that hang, reset the connection or answer garbage: the other sources go on unaffected.
let redis: Redis;
let good: FeedServer;
let bad: Server;
let badUrl = '';
let worker: WorkerHandle;

beforeAll(async () => {
  redis = await freshRedis();
  process.env.VIGIA_FETCH_TIMEOUT_MS = '1500';
  good = await new FeedServer().start();
  good.feeds.set('/good.xml', []);
  bad = createServer((req, res) => {
    if (req.url === '/hang') return; // never answers
    if (req.url === '/reset') return req.socket.destroy();
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(randomBytes(20_000));
  });
  await new Promise<void>((r) => bad.listen(0, '127.0.0.1', () => r()));
  const a = bad.address();
  badUrl = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
  const src = (id: string, url: string) => ({ id, name: id, url, language: 'es', country: 'PE', scale: 'national', interval: 1, private: true });
  const { startWorker } = await import('../../worker');
  worker = await startWorker({
    sources: validateSources({
      sources: [src('hang', `${badUrl}/hang`), src('reset', `${badUrl}/reset`), src('garbage', `${badUrl}/garbage`), src('good', `${good.url}/good.xml`)],
    }),
  });
});

afterAll(async () => {
  await worker?.close();
  bad?.closeAllConnections();
  bad?.close();
  await good?.close();
  await redis?.quit();
});

it('keeps polling the good source while the others fail with clear errors', async () => {
  for (let k = 0; k < 3; k++) {
    good.publish('/good.xml', { guid: `g${k}`, title: `Paro regional número ${k} en Cusco`, summary: 'Los gremios acatan la huelga.' });
    // Picked up on a following poll even while /hang holds its connections open (liveness bound, not a speed goal).
    await until(`good item ${k}`, async () => ((await redis.keys(keys.item('*'))).length === k + 1 ? true : undefined), 10_000);
  }
  const state = async (id: string) => redis.hgetall(keys.sourceState(id));
  await until('errors recorded for the three bad sources', async () => {
    const s = await Promise.all(['hang', 'reset', 'garbage'].map(state));
    return s.every((x) => Number(x.errorStreak) >= 1) ? s : undefined;
  }, 15_000);
  expect((await state('hang')).lastError).toMatch(/timed out|timeout/i);
  expect((await state('reset')).lastError).toMatch(/socket|reset|hang up|network|closed/i);
  expect((await state('garbage')).lastError).toMatch(/pars|xml|feed/i);
  expect((await state('good')).errorStreak).toBe('0');
});
