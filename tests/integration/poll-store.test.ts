// How a poll uses the store, on a real Redis and a real local feed server: the per-host limit
// (VIGIA_HOST_CONCURRENCY) is on requests, so a feed's items are stored after its host's slot is given back and the
// host's other feeds are fetched meanwhile; the items seen before are found in one round trip.
import { createServer, type Server } from 'node:http';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateSources } from '../../lib/config/sources';
import { logger } from '../../lib/log';
import { Store } from '../../lib/store';
import { keys } from '../../lib/store/keys';
import { pollSource, type PollContext } from '../../worker/poll';
import { freshRedis } from '../helpers/redis';

let redis: Redis;
let server: Server;
let base = '';
let items = 3;

const rss = (n: number) =>
  `<rss version="2.0"><channel><title>t</title>${Array.from(
    { length: n },
    (_, k) => `<item><guid>g${k}</guid><title>Bloquean la carretera en Juliaca ${k}</title><pubDate>${new Date().toUTCString()}</pubDate></item>`,
  ).join('')}</channel></rss>`;

beforeAll(async () => {
  redis = await freshRedis();
  server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(items)));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const a = server.address();
  base = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  redis.disconnect();
});

describe('the per-host slot', () => {
  it('is given back before the feed items are stored, and after the poll when the fetch fails', async () => {
    const store = new Store(redis.duplicate());
    const host = new URL(base).host;
    // What the host's slots hold each time a report is written.
    const heldWhileStoring: number[] = [];
    const ingest = store.writer.ingest.bind(store.writer);
    store.writer.ingest = async (key, report) => {
      heldWhileStoring.push(await redis.zcard(keys.hostLeases(host)));
      return ingest(key, report);
    };
    const ctx: PollContext = {
      store,
      log: logger('test'),
      allowPrivate: true,
      timeoutMs: 5_000,
      maxBytes: 1 << 20,
      schedule: { min: 1, max: 60, brokenAfter: 5, brokenInterval: 3600, jitter: 0 },
      hostConcurrency: 1,
    };
    const [ok, broken] = validateSources({
      sources: [
        { id: 'a', name: 'A', url: `${base}/a.xml`, language: 'es', country: 'PE', scale: 'local', interval: 60, private: true },
        { id: 'b', name: 'B', url: 'http://127.0.0.1:1/b.xml', language: 'es', country: 'PE', scale: 'local', interval: 60, private: true },
      ],
    });
    const result = await pollSource(ctx, ok!);
    expect(result.created + result.updated).toBe(3);
    expect(heldWhileStoring).toEqual([0, 0, 0]);
    expect(await redis.zcard(keys.hostLeases(host))).toBe(0);
    // A refused connection: the slot of that host is free again too.
    await pollSource(ctx, broken!).catch(() => undefined);
    expect(await redis.zcard(keys.hostLeases('127.0.0.1:1'))).toBe(0);

    // The feed again with 40 more items: the 3 stored before are found by one MGET, not one request each.
    items = 43;
    await redis.config('RESETSTAT');
    const again = await pollSource(ctx, ok!);
    expect(again).toMatchObject({ items: 43, duplicates: 3 });
    expect(again.created + again.updated).toBe(40);
    const stats = await redis.info('commandstats');
    const calls = (cmd: string) => Number(new RegExp(`cmdstat_${cmd}:calls=(\\d+)`).exec(stats)?.[1] ?? 0);
    expect(calls('mget')).toBeGreaterThanOrEqual(1);
    // EXISTS only inside the write script (Redis counts the commands a script runs), once per report written.
    expect(calls('exists')).toBe(40);
    await store.close();
  });
});
