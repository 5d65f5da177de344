// Polling like a good citizen, on the real worker and Redis: server floors (Retry-After, Cache-Control, <ttl>), the
// adaptive interval, backoff then "broken" and an admin reset, one request at a time per host, and one pending poll
// per source even with two workers.
import { createServer, type Server } from 'node:http';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateSources } from '../../lib/config/sources';
import { pollQueue } from '../../lib/queue';
import { getSourceState, resetSource } from '../../lib/store/sources';
import { startWorker, type WorkerHandle } from '../../worker';
import { freshRedis } from '../helpers/redis';
import { until } from '../helpers/until';

let redis: Redis;
const servers: Server[] = [];
const workers: WorkerHandle[] = [];
const log: { path: string; at: number }[] = [];
let inFlight = 0;
let maxInFlight = 0;

const rss = (items: { title: string; date: Date }[], channel = '') =>
  `<rss version="2.0"><channel><title>t</title>${channel}${items
    .map((i, k) => `<item><guid>${k}-${i.title}</guid><title>${i.title}</title><pubDate>${i.date.toUTCString()}</pubDate></item>`)
    .join('')}</channel></rss>`;

async function serve(handler: (path: string, res: import('node:http').ServerResponse) => void | Promise<void>): Promise<string> {
  const s = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    log.push({ path, at: Date.now() });
    void handler(path, res);
  });
  servers.push(s);
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const a = s.address();
  return `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
}

const hits = (path: string) => log.filter((l) => l.path === path);
const scheduledGap = async (id: string) => {
  const s = await getSourceState(redis, id);
  return (Date.parse(s.nextPoll!) - Date.parse(s.lastPoll!)) / 1000;
};

beforeAll(async () => {
  Object.assign(process.env, {
    VIGIA_ALLOW_PRIVATE_SOURCES: 'true',
    VIGIA_BROKEN_AFTER: '3',
    VIGIA_POLL_BROKEN_INTERVAL: '3600',
    VIGIA_POLL_MAX_INTERVAL: '300',
    VIGIA_HOST_CONCURRENCY: '1',
  });
  redis = await freshRedis();
  const now = Date.now();
  const base = await serve((path, res) => {
    if (path === '/retry.xml') return void res.writeHead(503, { 'retry-after': '3' }).end();
    if (path === '/down.xml') return void res.writeHead(500).end();
    if (path === '/cache.xml') return void res.writeHead(200, { 'cache-control': 'public, max-age=45' }).end(rss([{ title: 'c', date: new Date(now) }]));
    if (path === '/ttl.xml') return void res.writeHead(200).end(rss([{ title: 't', date: new Date(now) }], '<ttl>2</ttl>'));
    // one item every 2 minutes: polled every 2 minutes
    if (path === '/steady.xml') return void res.writeHead(200).end(rss([0, 1, 2, 3].map((k) => ({ title: `s${k}`, date: new Date(now - k * 120_000) }))));
    // one item a day: polled at the longest interval
    if (path === '/quiet.xml') return void res.writeHead(200).end(rss([0, 1].map((k) => ({ title: `q${k}`, date: new Date(now - k * 86_400_000) }))));
    res.writeHead(404).end();
  });
  const slow = await serve(async (_path, res) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await new Promise((r) => setTimeout(r, 300));
    inFlight--;
    res.writeHead(200).end(rss([{ title: 'x', date: new Date(now) }]));
  });
  const src = (id: string, url: string, extra = {}) => ({ id, name: id, url, language: 'es', country: 'PE', scale: 'local', interval: 1, ...extra });
  const sources = validateSources({
    sources: [
      src('retry', `${base}/retry.xml`),
      src('down', `${base}/down.xml`),
      src('cache', `${base}/cache.xml`),
      src('ttl', `${base}/ttl.xml`),
      src('steady', `${base}/steady.xml`),
      src('quiet', `${base}/quiet.xml`),
      ...[1, 2, 3].map((k) => src(`slow${k}`, `${slow}/s${k}.xml`, { private: true })),
    ],
  });
  // two workers on one Redis, as in a scaled-out deployment
  workers.push(await startWorker({ sources, alerts: false }), await startWorker({ sources, alerts: false }));
});

afterAll(async () => {
  for (const w of workers) await w.close();
  for (const s of servers) {
    s.closeAllConnections();
    s.close();
  }
  await redis?.quit();
});

describe('polling', () => {
  it('never sooner than Retry-After on 503, Cache-Control max-age or the feed <ttl>', async () => {
    await until('first polls', async () => (await getSourceState(redis, 'retry')).errorStreak >= 1 && (await getSourceState(redis, 'ttl')).lastPoll && (await getSourceState(redis, 'cache')).lastPoll);
    expect(await scheduledGap('retry')).toBeGreaterThanOrEqual(3);
    expect(await scheduledGap('cache')).toBeGreaterThanOrEqual(45);
    expect(await scheduledGap('ttl')).toBeGreaterThanOrEqual(120);
    expect((await getSourceState(redis, 'ttl')).interval).toBe(120);
    await until('a second poll of the 503 feed', () => hits('/retry.xml').length >= 2);
    const [a, b] = hits('/retry.xml');
    expect(b!.at - a!.at).toBeGreaterThanOrEqual(2_900);
  });

  it('adapts the interval to how often the feed publishes, within [source interval, VIGIA_POLL_MAX_INTERVAL]', async () => {
    await until('adaptive polls', async () => (await getSourceState(redis, 'steady')).lastPoll && (await getSourceState(redis, 'quiet')).lastPoll);
    expect((await getSourceState(redis, 'steady')).interval).toBe(120);
    expect((await getSourceState(redis, 'quiet')).interval).toBe(300);
    expect(hits('/steady.xml')).toHaveLength(1);
  });

  it('backs off on errors, marks the source broken after VIGIA_BROKEN_AFTER, and an admin reset polls it again', async () => {
    const broken = await until('the failing source to be marked broken', async () => {
      const s = await getSourceState(redis, 'down');
      return s.broken ? s : undefined;
    });
    expect(broken.errorStreak).toBe(3);
    expect(await scheduledGap('down')).toBeGreaterThanOrEqual(3600);
    const times = hits('/down.xml').map((h) => h.at);
    expect(times).toHaveLength(3);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(900); // the second backoff is at least half of 2 s

    await resetSource(redis, 'down');
    await until('a poll after the reset', () => hits('/down.xml').length === 4);
    await until('its state', async () => (await getSourceState(redis, 'down')).errorStreak === 1);
    expect((await getSourceState(redis, 'down')).broken).toBe(false);
  });

  it('sends one request at a time to a host (VIGIA_HOST_CONCURRENCY=1) across both workers', async () => {
    await until('several polls of the slow host', () => log.filter((l) => l.path.startsWith('/s')).length >= 9);
    expect(maxInFlight).toBe(1);
  });

  it('keeps one pending poll per source with two workers', async () => {
    const queue = pollQueue(redis.duplicate());
    for (let i = 0; i < 20; i++) {
      const jobs = await queue.getJobs(['delayed', 'waiting', 'active', 'prioritized']);
      const perSource = new Map<string, number>();
      for (const j of jobs) if (j) perSource.set(j.data.sourceId, (perSource.get(j.data.sourceId) ?? 0) + 1);
      expect(Math.max(...perSource.values())).toBe(1);
      await new Promise((r) => setTimeout(r, 100));
    }
    await queue.close();
  });
});
