import type { Redis } from 'ioredis';
import { io as connectClient, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateSources } from '../../lib/config/sources';
import { Store } from '../../lib/store';
import { keys } from '../../lib/store/keys';
import type { IncidentMessage } from '../../lib/types';
import { startWorker, type WorkerHandle } from '../../worker';
import { FeedServer } from '../helpers/feed-server';
import { startRealtime } from '../helpers/realtime';
import { freshRedis } from '../helpers/redis';

// Feed server -> worker (BullMQ, real Redis) -> store -> stream -> Socket.IO -> client.
let redis: Redis;
let store: Store;
let feeds: FeedServer;
let worker: WorkerHandle;
let realtime: Awaited<ReturnType<typeof startRealtime>>;
let base = '';
const clients: Socket[] = [];

const EVENTS = [
  { title: 'Bloquean la carretera Panamericana Sur en Ica por paro agrario', summary: 'Los agricultores bloquearon la vía con piedras y llantas.' },
  { title: 'Marcha de estudiantes en Cusco exige la renuncia de la presidenta', summary: 'Cientos de universitarios marcharon por la Plaza de Armas.' },
  { title: 'Enfrentamientos entre manifestantes y policías en Juliaca', summary: 'La policía lanzó gases lacrimógenos contra los manifestantes en Puno.' },
  { title: 'Paro de transportistas paraliza Arequipa', summary: 'Los gremios de transporte acataron una huelga de 48 horas.' },
  { title: 'Vigilia en Ayacucho por las víctimas de la represión', summary: 'Familiares realizaron una vigilia pacífica en Huamanga.' },
];

function until<T>(what: string, fn: () => Promise<T | undefined> | T | undefined, timeoutMs = 20_000): Promise<T> {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const tick = async () => {
      const v = await fn();
      if (v !== undefined && v !== false) return resolve(v);
      if (Date.now() - start > timeoutMs) return reject(new Error(`timed out waiting for ${what}`));
      setTimeout(tick, 100);
    };
    void tick();
  });
}

function client(since?: string): { socket: Socket; got: IncidentMessage[]; live: Promise<void> } {
  const got: IncidentMessage[] = [];
  const socket = connectClient(base, { auth: since ? { since } : {}, transports: ['websocket'], reconnection: false });
  socket.on('incident', (m: IncidentMessage) => got.push(m));
  const live = new Promise<void>((r) => socket.once('live', () => r()));
  clients.push(socket);
  return { socket, got, live };
}

beforeAll(async () => {
  redis = await freshRedis();
  store = new Store(redis, { timezone: 'America/Lima' });
  feeds = await new FeedServer(new Set(['/etag.xml'])).start();
  realtime = await startRealtime(store, redis);
  base = realtime.base;
  feeds.publish('/etag.xml', { guid: 'e-0', ...EVENTS[0]! });
  feeds.feeds.set('/plain.xml', []);
  const sources = validateSources({
    sources: [
      { id: 'etag', name: 'Etag Daily', url: `${feeds.url}/etag.xml`, language: 'es', country: 'PE', scale: 'national', interval: 1, private: true },
      { id: 'plain', name: 'Plain Wire', url: `${feeds.url}/plain.xml`, language: 'es', country: 'PE', scale: 'wire', interval: 1, private: true },
      // Not marked private: the SSRF guard must refuse its loopback address.
      { id: 'sneaky', name: 'Sneaky', url: `${feeds.url}/etag.xml`, language: 'es', country: 'PE', scale: 'local', interval: 1 },
    ],
  });
  worker = await startWorker({ sources });
});

afterAll(async () => {
  for (const c of clients) c.close();
  await worker?.close();
  await realtime?.close();
  await feeds?.close();
  await store?.close();
});

describe('live pipeline on real parts', () => {
  it('an item published on a feed reaches a connected client as an incident', async () => {
    const c = client();
    await c.live;
    const msg = await until('the first incident', () => c.got.find((m) => m.incident.title === EVENTS[0]!.title));
    expect(msg.change).toBe('created');
    expect(msg.incident.type).toBe('roadblock');
    expect(msg.incident.outlets).toEqual(['Etag Daily']);
    // Stored before shown: the entry is on the stream and the incident is in the store.
    expect(await redis.exists(keys.incident(msg.incident.id))).toBe(1);
    const ids = (await redis.xrange(keys.events, '-', '+')).map(([id]) => id);
    expect(ids).toContain(msg.id);
  });

  it('re-polls use conditional GET and never make a second report', async () => {
    feeds.publish('/plain.xml', { guid: 'p-1', ...EVENTS[1]! });
    await until('the plain feed item', async () => ((await redis.xlen(keys.events)) >= 2 ? true : undefined));
    const before = await redis.xlen(keys.events);
    const polls = feeds.requests.length;
    await until('three more polls of each feed', () =>
      feeds.requests.slice(polls).filter((r) => r.path === '/plain.xml').length >= 3 &&
      feeds.requests.slice(polls).filter((r) => r.path === '/etag.xml').length >= 3
        ? true
        : undefined,
    );
    expect(await redis.xlen(keys.events)).toBe(before);
    const etagPolls = feeds.requests.slice(polls).filter((r) => r.path === '/etag.xml');
    expect(etagPolls.every((r) => r.status === 304 && r.headers['if-none-match'])).toBe(true);
    expect(feeds.requests.slice(polls).filter((r) => r.path === '/plain.xml').every((r) => r.status === 200)).toBe(true);
  });

  it('a client that reconnects with since gets exactly what it missed, then live entries', async () => {
    const first = client();
    await first.live;
    const lastSeen = await store.lastStreamId();
    first.socket.close();

    feeds.publish('/etag.xml', { guid: 'e-2', ...EVENTS[2]! });
    feeds.publish('/plain.xml', { guid: 'p-3', ...EVENTS[3]! });
    const missed = await until('two missed entries', async () => {
      const rows = await redis.xrange(keys.events, `(${lastSeen}`, '+');
      return rows.length >= 2 ? rows.map(([id]) => id) : undefined;
    });

    const again = client(lastSeen);
    await again.live;
    expect(again.got.map((m) => m.id)).toEqual(missed);

    feeds.publish('/etag.xml', { guid: 'e-4', ...EVENTS[4]! });
    await until('the live entry after replay', () => (again.got.length > missed.length ? true : undefined));
    await new Promise((r) => setTimeout(r, 1500));
    const ids = again.got.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual((await redis.xrange(keys.events, `(${lastSeen}`, '+')).map(([id]) => id));
  });

  it('refuses loopback addresses for sources not marked private', async () => {
    const state = await until('the sneaky source to be polled', async () => {
      const h = await redis.hgetall(keys.sourceState('sneaky'));
      return h.lastError ? h : undefined;
    });
    expect(state.lastError).toMatch(/refused/i);
    expect(Number(state.errorStreak)).toBeGreaterThanOrEqual(1);
    const titles = (await store.queryIncidents({ limit: 200 })).incidents.flatMap((i) => i.outlets);
    expect(titles).not.toContain('Sneaky');
  });
});
