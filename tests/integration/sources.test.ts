// Sources managed at run time: the admin API (with the real feed check and preview), the worker reacting without a
// restart, the seeding rule between the file and admin edits, OPML round trip, health on /metrics and the socket.
import type { Redis } from 'ioredis';
import { io as connectClient } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateSources, type Source } from '../../lib/config/sources';
import { listRegistered, putSource, removeSource, seedSources, type SourceHealth } from '../../lib/store/sources';
import { startWorker, type WorkerHandle } from '../../worker';
import { FeedServer } from '../helpers/feed-server';
import { freshRedis } from '../helpers/redis';
import { until } from '../helpers/until';
import { startRouteServer } from '../helpers/route-server';

const TOKEN = 'sources-admin-token-0001';
let redis: Redis;
let feeds: FeedServer;
let web: Awaited<ReturnType<typeof startRouteServer>>;
let worker: WorkerHandle;

const api = (path: string, init: RequestInit = {}) =>
  fetch(`${web.base}${path}`, { ...init, headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', ...(init.headers ?? {}) } });

const entry = (id: string, path: string, extra: Partial<Source> = {}) => ({
  id,
  name: `Feed ${id}`,
  url: `${feeds.url}${path}`,
  language: 'es',
  country: 'PE',
  scale: 'national',
  interval: 1,
  private: true,
  ...extra,
});
const hits = (path: string) => feeds.requests.filter((r) => r.path === path).length;

beforeAll(async () => {
  process.env.VIGIA_ADMIN_TOKEN = TOKEN;
  delete process.env.VIGIA_ALLOW_PRIVATE_SOURCES;
  redis = await freshRedis();
  feeds = await new FeedServer().start();
  feeds.publish('/seed.xml', { guid: 's-1', title: 'Paro de transportistas en Arequipa', summary: 'Los gremios acatan una huelga.' });
  feeds.publish('/new.xml', { guid: 'n-1', title: 'Bloquean la vía en Juliaca', summary: 'Manifestantes bloquean la carretera.' });
  feeds.publish('/new.xml', { guid: 'n-2', title: 'Marcha en Cusco', summary: 'Estudiantes marchan.' });
  web = await startRouteServer();
  worker = await startWorker({ sources: validateSources({ sources: [entry('seed', '/seed.xml')] }), alerts: false });
});

afterAll(async () => {
  await worker?.close();
  await web?.close();
  await feeds?.close();
  await redis?.quit();
});

describe('the admin API', () => {
  it('refuses a feed on a loopback address unless the source is marked private, naming the reason', async () => {
    const res = await api('/api/sources', { method: 'POST', body: JSON.stringify(entry('sneaky', '/new.xml', { private: false })) });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ code: 'blocked-address', error: expect.stringMatching(/^refused: 127\.0\.0\.1 is a loopback address/) });
  });

  it('names the field that is wrong, and refuses an unreachable or unparsable feed', async () => {
    const bad = await api('/api/sources', { method: 'POST', body: JSON.stringify({ ...entry('bad', '/new.xml'), country: 'Peru' }) });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ field: 'country', error: expect.stringContaining('ISO 3166-1 alpha-2') });
    const missing = await api('/api/sources', { method: 'POST', body: JSON.stringify(entry('gone', '/missing.xml')) });
    expect(missing.status).toBe(422);
    expect((await missing.json()).error).toMatch(/^HTTP 404 from/);
  });

  it('adds a source with a preview of its first items, and the worker polls it without a restart', async () => {
    const dry = await api('/api/sources?dryRun=1', { method: 'POST', body: JSON.stringify(entry('nuevo', '/new.xml')) });
    expect(dry.status).toBe(200);
    expect((await dry.json()).saved).toBe(false);
    const before = hits('/new.xml');

    const res = await api('/api/sources', { method: 'POST', body: JSON.stringify(entry('nuevo', '/new.xml')) });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.preview.items.map((i: { title: string }) => i.title)).toEqual(['Marcha en Cusco', 'Bloquean la vía en Juliaca']);
    await until('the worker to poll the new source', () => hits('/new.xml') >= before + 3);
    expect((await api('/api/sources', { method: 'POST', body: JSON.stringify(entry('nuevo', '/new.xml')) })).status).toBe(409);
  });

  it('pauses, edits, resumes and removes; the worker follows each change', async () => {
    expect((await api('/api/sources/nuevo', { method: 'PATCH', body: JSON.stringify({ enabled: false }) })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1_500)); // a poll in flight may still finish
    const paused = hits('/new.xml');
    await new Promise((r) => setTimeout(r, 2_500));
    expect(hits('/new.xml')).toBe(paused);

    const edit = await api('/api/sources/nuevo', { method: 'PATCH', body: JSON.stringify({ name: 'Diario Nuevo', enabled: true }) });
    expect(edit.status).toBe(200);
    expect((await listRegistered(redis)).find((s) => s.id === 'nuevo')).toMatchObject({ name: 'Diario Nuevo', enabled: true, origin: 'admin' });
    await until('polls to resume', () => hits('/new.xml') > paused);

    const wrong = await api('/api/sources/nuevo', { method: 'PATCH', body: JSON.stringify({ interval: 'often' }) });
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).field).toBe('interval');
    expect((await api('/api/sources/nuevo/reset', { method: 'POST' })).status).toBe(200);

    expect((await api('/api/sources/nuevo', { method: 'DELETE' })).status).toBe(204);
    expect((await api('/api/sources/nuevo', { method: 'DELETE' })).status).toBe(404);
    await new Promise((r) => setTimeout(r, 1_500));
    const removed = hits('/new.xml');
    await new Promise((r) => setTimeout(r, 2_500));
    expect(hits('/new.xml')).toBe(removed);
  });

  it('exports OPML and imports it back (folders flattened, known URLs skipped)', async () => {
    const exported = await (await api('/api/opml')).text();
    expect(exported).toContain(`xmlUrl="${feeds.url}/seed.xml"`);
    expect(exported).toContain('vigia:id="seed"');
    const again = await api('/api/opml', { method: 'POST', body: exported });
    expect(await again.json()).toEqual({ added: [], skipped: 1, errors: [] });

    const foreign = `<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>
      <outline text="Perú"><outline text="La Voz &amp; el Eco" type="rss" xmlUrl="https://lavoz.example/rss" language="es-PE"/></outline>
      <outline text="Wire" type="rss" xmlUrl="javascript:alert(1)"/></body></opml>`;
    const res = await api('/api/opml?country=PE&scale=local', { method: 'POST', body: foreign });
    const out = await res.json();
    expect(out.added).toEqual(['la-voz-el-eco']);
    expect(out.errors).toEqual([{ name: 'Wire', error: expect.stringMatching(/^field "url"/) }]);
    expect((await listRegistered(redis)).find((s) => s.id === 'la-voz-el-eco')).toMatchObject({ language: 'es', country: 'PE', scale: 'local', origin: 'admin' });
    expect((await api('/api/opml', { method: 'POST', body: '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><opml/>' })).status).toBe(422);
    expect((await api('/api/sources/la-voz-el-eco', { method: 'DELETE' })).status).toBe(204);
  });
});

describe('health', () => {
  it('is on /metrics in Prometheus text, computed from Redis', async () => {
    await until('a poll of the seed source', async () => (await redis.hget('vigia:source:seed', 'polls')) !== null);
    const text = await (await api('/metrics')).text();
    expect(text).toMatch(/^vigia_source_polls_total\{source="seed"\} [1-9]\d*$/m);
    expect(text).toMatch(/^vigia_source_up\{source="seed"\} 1$/m);
    expect(text).toMatch(/^vigia_source_last_http_status\{source="seed"\} 200$/m);
    expect(text).toMatch(/^vigia_source_ingest_delay_median_seconds\{source="seed"\} \d/m);
    expect(text).toMatch(/^# TYPE vigia_source_polls_total counter$/m);
  });

  it('is pushed live as `source` messages', async () => {
    const socket = connectClient(web.base, { transports: ['websocket'], reconnection: false });
    const msg = await new Promise<SourceHealth>((resolve) => socket.on('source', (h: SourceHealth) => h.id === 'seed' && resolve(h)));
    socket.close();
    expect(msg).toMatchObject({ id: 'seed', status: 'ok', lastStatus: 200, errorStreak: 0, lastItems: 1 });
    expect(Date.parse(msg.nextPoll!)).toBeGreaterThan(Date.parse(msg.lastPoll!));
  });
});

describe('the sources file and admin edits', () => {
  it('the file adds and updates its own entries; admin edits win; an admin removal is remembered', async () => {
    await redis.del('vigia:sources', 'vigia:sources-removed');
    const file = (names: Record<string, string>) =>
      validateSources({ sources: Object.entries(names).map(([id, name]) => ({ ...entry(id, `/${id}.xml`), name })) });
    expect(await seedSources(redis, file({ a: 'A', b: 'B', c: 'C' }))).toEqual({ added: ['a', 'b', 'c'], updated: [], removed: [] });
    await putSource(redis, { ...file({ b: 'B' })[0]!, name: 'B by admin' }, 'edited');
    await removeSource(redis, 'c');
    expect(await seedSources(redis, file({ a: 'A2', b: 'B2', c: 'C2' }))).toEqual({ added: [], updated: ['a'], removed: [] });
    expect((await listRegistered(redis)).map((s) => [s.id, s.name, s.origin])).toEqual([
      ['a', 'A2', 'file'],
      ['b', 'B by admin', 'admin'],
    ]);
    expect(await seedSources(redis, file({ b: 'B3' }))).toEqual({ added: [], updated: [], removed: ['a'] });
    expect((await listRegistered(redis)).map((s) => s.id)).toEqual(['b']);
  });
});
