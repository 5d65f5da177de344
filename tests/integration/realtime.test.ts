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
  const BURST = 200;
  for (let k = 0; k < TOTAL; k++) {
    await store.writer.ingest(`rt-${k}`, report({ title: `Paro ${k}`, admin1Code: `PE-X${k % 50}`, place: `P${k}`, admin3: `P${k}`, precision: 1 }));
    if (k % 15 === 7) {
      // Half join at the head of the stream, half from an older id they claim to hold.
      const all = await redis.xrange(keys.events, '-', '+');
      const since = k % 2 ? all[all.length - 1]![0] : all[Math.floor(all.length / 2)]![0];
      const got: IncidentMessage[] = [];
      // Every other client asks for batches (`incidents` arrays) instead of one `incident` message per entry; and
      // the server writes to WebSocket clients directly, so some stay on long-polling or upgrade to WebSocket mid-stream.
      const batch = clients.length % 2 === 1;
      const transports = ([['websocket'], ['polling'], ['polling', 'websocket']] as const)[clients.length % 3]!;
      const socket = connectClient(base, { auth: { since, batch }, transports: [...transports], reconnection: false });
      socket.on('incident', (m: IncidentMessage) => got.push(m));
      socket.on('incidents', (ms: IncidentMessage[]) => got.push(...ms));
      clients.push({ since, got, socket });
    }
    if (k % 3 === 0) await new Promise((r) => setTimeout(r, 5));
  }
  // A burst: reads of many entries at once (one write of many frames, and `incidents` frames over 64 KiB).
  await Promise.all(
    Array.from({ length: BURST }, (_, k) => store.writer.ingest(`rt-burst-${k}`, report({ title: `Marcha ${k}`, admin1Code: `PE-Y${k}`, place: `B${k}`, admin3: `B${k}`, precision: 1 }))),
  );
  const all = (await redis.xrange(keys.events, '-', '+')).map(([id]) => id);
  expect(all).toHaveLength(TOTAL + BURST);
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

it('a client replaying a backlog of megabytes gets the entries written meanwhile after it, in order', async () => {
  const big = (k: number) => report({ title: `Paro ${k} ${'x'.repeat(8_000)}`, admin1Code: `PE-Z${k % 40}`, place: `Z${k}`, admin3: `Z${k}`, precision: 1 });
  const since = await store.lastStreamId();
  await Promise.all(Array.from({ length: 1_000 }, (_, k) => store.writer.ingest(`bl-${k}`, big(k))));
  const got: IncidentMessage[] = [];
  const socket = connectClient(base, { auth: { since }, transports: ['websocket'], reconnection: false });
  socket.on('incident', (m: IncidentMessage) => got.push(m));
  let live = false;
  socket.once('live', () => (live = true));
  // Written while the replay is on its way, and just after it, while the socket is still sending it.
  let k = 1_000;
  while (!live) await store.writer.ingest(`bl-${k}`, big(k++));
  for (const end = k + 20; k < end; ) await store.writer.ingest(`bl-${k}`, big(k++));
  const expected = (await redis.xrange(keys.events, `(${since}`, '+')).map(([id]) => id);
  const deadline = Date.now() + 20_000;
  while (got.length < expected.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  expect(got.map((m) => m.id)).toEqual(expected);
  socket.close();
}, 60_000);
