import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { io as connectClient, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Store } from '../../lib/store';
import { keys } from '../../lib/store/keys';
import type { IncidentMessage } from '../../lib/types';
import { FeedServer } from '../helpers/feed-server';
import { spawnVigia, until, type Child } from '../helpers/processes';
import { startRealtime } from '../helpers/realtime';
import { freshRedis } from '../helpers/redis';

// Two worker processes and two web (realtime) processes on one Redis: every client of every web process
// sees every change exactly once, and no item is reported twice.
let redis: Redis;
let store: Store;
let feeds: FeedServer;
const workers: Child[] = [];
const webs: Awaited<ReturnType<typeof startRealtime>>[] = [];
const sockets: Socket[] = [];

beforeAll(async () => {
  redis = await freshRedis();
  store = new Store(redis);
  feeds = await new FeedServer().start();
  const dir = mkdtempSync(join(tmpdir(), 'vigia-scale-'));
  const file = join(dir, 'sources.yml');
  const ids = ['a', 'b', 'c'];
  for (const f of ids) feeds.feeds.set(`/${f}.xml`, []);
  writeFileSync(
    file,
    `sources:\n${ids.map((f) => `  - { id: s-${f}, name: Outlet ${f}, url: "${feeds.url}/${f}.xml", language: es, country: PE, scale: national, interval: 1, private: true }`).join('\n')}\n`,
  );
  for (let k = 0; k < 2; k++) workers.push(spawnVigia('worker', { REDIS_URL: process.env.REDIS_URL!, VIGIA_SOURCES: file }));
  for (let k = 0; k < 2; k++) webs.push(await startRealtime(store, redis));
});

afterAll(async () => {
  for (const s of sockets) s.close();
  for (const w of workers) w.process.kill('SIGTERM');
  await Promise.all(workers.map((w) => w.exited));
  for (const w of webs) await w.close();
  await feeds.close();
  await store.close();
});

it('delivers every change exactly once to clients of either web process', async () => {
  const received: IncidentMessage[][] = [];
  for (let k = 0; k < 10; k++) {
    const got: IncidentMessage[] = [];
    received.push(got);
    const s = connectClient(webs[k % 2]!.base, { auth: { since: '0-0' }, transports: ['websocket'] });
    s.on('incident', (m: IncidentMessage) => got.push(m));
    sockets.push(s);
  }
  const towns = ['Juliaca', 'Ilave', 'Azángaro', 'Sicuani', 'Andahuaylas', 'Huamanga', 'Abancay', 'Espinar'];
  for (let k = 0; k < 24; k++) {
    const f = ['a', 'b', 'c'][k % 3]!;
    feeds.publish(`/${f}.xml`, { guid: `${f}${k}`, title: `Bloqueo número ${k} en ${towns[k % towns.length]}`, summary: 'Pobladores bloquean la vía.' });
    if (k % 6 === 5) await new Promise((r) => setTimeout(r, 400));
  }
  await until('all items processed', async () => ((await redis.keys(keys.item('*'))).length === 24 ? true : undefined), 30_000);
  await new Promise((r) => setTimeout(r, 2_500)); // more poll rounds by both workers: nothing new may appear
  const all = (await redis.xrange(keys.events, '-', '+')).map(([id]) => id);
  await until('every client has everything', () => (received.every((g) => g.length >= all.length) ? true : undefined), 10_000);
  for (const got of received) expect(got.map((m) => m.id)).toEqual(all);
  const reportIds = (await redis.mget(...(await redis.keys(keys.item('*'))))).filter((v) => v !== '-');
  expect(new Set(reportIds).size).toBe(reportIds.length);
  expect(all).toHaveLength(reportIds.length);
});
