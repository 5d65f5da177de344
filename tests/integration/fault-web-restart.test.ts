import type { Redis } from 'ioredis';
import { io as connectClient, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Store } from '../../lib/store';
import { keys } from '../../lib/store/keys';
import type { IncidentMessage } from '../../lib/types';
import { until } from '../helpers/processes';
import { startRealtime } from '../helpers/realtime';
import { freshRedis } from '../helpers/redis';
import { report } from '../helpers/reports';

// The web process restarts, and a crowd of clients reconnects at once: each replays exactly what it missed.
let redis: Redis;
let store: Store;
let n = 0;
const write = async (count: number) => {
  for (let k = 0; k < count; k++, n++) {
    await store.writer.ingest(`web-${n}`, report({ title: `Marcha ${n}`, type: 'demonstration', admin1Code: `PE-Z${n % 40}`, place: `Z${n}`, admin3: `Z${n}`, precision: 1 }));
  }
};
const allIds = async () => (await redis.xrange(keys.events, '-', '+')).map(([id]) => id);

function follower(base: string, since: string) {
  let lastId = since;
  const got: IncidentMessage[] = [];
  const socket: Socket = connectClient(base, { auth: (cb) => cb({ since: lastId }), transports: ['websocket'], reconnectionDelay: 100, reconnectionDelayMax: 500 });
  socket.on('incident', (m: IncidentMessage) => {
    got.push(m);
    lastId = m.id;
  });
  return { socket, got };
}

beforeAll(async () => {
  redis = await freshRedis();
  store = new Store(redis);
});

afterAll(async () => {
  await store.close();
});

it('clients reconnect after a web restart and replay with no gap and no duplicate', async () => {
  await write(5);
  let web = await startRealtime(store, redis);
  const clients = Array.from({ length: 20 }, () => follower(web.base, '0-0'));
  await until('initial replay', async () => (clients.every((c) => c.got.length === 5) ? true : undefined));

  await web.close();
  await write(10); // written while no web process runs
  web = await startRealtime(store, redis, web.port);
  await write(5);
  const ids = await allIds();
  await until('every client caught up', () => (clients.every((c) => c.got.length >= ids.length) ? true : undefined), 20_000);
  await new Promise((r) => setTimeout(r, 300));
  for (const c of clients) {
    expect(c.got.map((m) => m.id)).toEqual(ids);
    c.socket.close();
  }
  await web.close();
});

it('a storm of 300 clients connecting at once, from assorted positions, each gets its exact suffix', async () => {
  const web = await startRealtime(store, redis);
  const ids = await allIds();
  const storm = Array.from({ length: 300 }, (_, k) => {
    const since = k % 3 === 0 ? '0-0' : ids[k % ids.length]!;
    return { since, ...follower(web.base, since) };
  });
  const writing = write(20);
  await writing;
  const final = await allIds();
  await until('the storm to settle', () =>
    storm.every((c) => c.got.length >= final.length - (c.since === '0-0' ? 0 : final.indexOf(c.since) + 1)) ? true : undefined,
  30_000);
  for (const c of storm) {
    const expected = c.since === '0-0' ? final : final.slice(final.indexOf(c.since) + 1);
    expect(c.got.map((m) => m.id)).toEqual(expected);
    c.socket.close();
  }
  await web.close();
});
