import type { Redis } from 'ioredis';
import { io as connectClient, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Store } from '../../lib/store';
import { keys } from '../../lib/store/keys';
import type { IncidentMessage } from '../../lib/types';
import { startRealtime } from '../helpers/realtime';
import { freshRedis } from '../helpers/redis';
import { report } from '../helpers/reports';

let redis: Redis;
let store: Store;
let realtime: Awaited<ReturnType<typeof startRealtime>>;
let base = '';

beforeAll(async () => {
  redis = await freshRedis();
  store = new Store(redis, { timezone: 'America/Lima' });
  realtime = await startRealtime(store, redis);
  base = realtime.base;
});

afterAll(async () => {
  await realtime.close();
  await store.close();
});

it('clients joining mid-stream with any since get the exact suffix: no gap, no duplicate', async () => {
  const clients: { since: string; got: IncidentMessage[]; socket: Socket }[] = [];
  const TOTAL = 150;
  for (let k = 0; k < TOTAL; k++) {
    await store.writer.ingest(`rt-${k}`, report({ title: `Paro ${k}`, admin1Code: `PE-X${k % 50}`, place: `P${k}`, admin3: `P${k}`, precision: 1 }));
    if (k % 15 === 7) {
      // Half join at the head of the stream, half from an older id they claim to hold.
      const all = await redis.xrange(keys.events, '-', '+');
      const since = k % 2 ? all[all.length - 1]![0] : all[Math.floor(all.length / 2)]![0];
      const got: IncidentMessage[] = [];
      // Every other client asks for batches (`incidents` arrays) instead of one `incident` message per entry.
      const batch = clients.length % 2 === 1;
      const socket = connectClient(base, { auth: { since, batch }, transports: ['websocket'], reconnection: false });
      socket.on('incident', (m: IncidentMessage) => got.push(m));
      socket.on('incidents', (ms: IncidentMessage[]) => got.push(...ms));
      clients.push({ since, got, socket });
    }
    if (k % 3 === 0) await new Promise((r) => setTimeout(r, 5));
  }
  const all = (await redis.xrange(keys.events, '-', '+')).map(([id]) => id);
  expect(all).toHaveLength(TOTAL);
  const deadline = Date.now() + 15_000;
  for (const c of clients) {
    const expected = all.slice(all.indexOf(c.since) + 1);
    while (c.got.length < expected.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const gotIds = c.got.map((m) => m.id);
    expect(gotIds).toEqual(expected);
    c.socket.close();
  }
  expect(clients.length).toBeGreaterThanOrEqual(9);
});

it('a client behind a trimmed part of the stream is told to resync', async () => {
  const first = (await redis.xrange(keys.events, '-', '+', 'COUNT', 1))[0]![0];
  await redis.xtrim(keys.events, 'MAXLEN', 10);
  const socket = connectClient(base, { auth: { since: first }, transports: ['websocket'], reconnection: false });
  const reason = await new Promise<string>((r) => socket.once('resync', (m: { reason: string }) => r(m.reason)));
  expect(reason).toBe('trimmed');
  socket.close();
});
