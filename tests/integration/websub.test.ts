// WebSub with a real hub written here: it receives our subscription, verifies intent by calling back, then delivers
// signed content. Pushed items are stored at once; a wrong signature is refused and stores nothing.
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateSources } from '../../lib/config/sources';
import { freePort } from '../../lib/runtime/redis-server';
import { Store } from '../../lib/store';
import { keys } from '../../lib/store/keys';
import { getSourceState, getWebSub } from '../../lib/store/sources';
import { startWorker, type WorkerHandle } from '../../worker';
import { freshRedis } from '../helpers/redis';
import { until } from '../helpers/until';
import { startRouteServer } from '../helpers/route-server';

let redis: Redis;
let store: Store;
let web: Awaited<ReturnType<typeof startRouteServer>>;
let worker: WorkerHandle;
const servers: Server[] = [];
let feedUrl = '';
let hubUrl = '';
const subscriptions: URLSearchParams[] = [];
const verifications: { status: number; body: string }[] = [];

const feed = (items: [guid: string, title: string][]) => `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Pushed</title>
<atom:link rel="hub" href="${hubUrl}"/><atom:link rel="self" href="${feedUrl}"/>
${items.map(([g, t]) => `<item><guid>${g}</guid><title>${t}</title><pubDate>${new Date().toUTCString()}</pubDate></item>`).join('')}
</channel></rss>`;

async function listen(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const s = createServer(handler);
  servers.push(s);
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const a = s.address();
  return `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
}

/** The hub delivering content to the subscriber's callback, signed with `secret`. */
const deliver = (callback: string, body: string, secret: string, algo = 'sha256') =>
  fetch(callback, {
    method: 'POST',
    headers: { 'content-type': 'application/rss+xml', 'x-hub-signature': `${algo}=${createHmac(algo, secret).update(body).digest('hex')}` },
    body,
  });

beforeAll(async () => {
  const port = await freePort();
  Object.assign(process.env, { VIGIA_PUBLIC_URL: `http://127.0.0.1:${port}`, VIGIA_POLL_MAX_INTERVAL: '600' });
  redis = await freshRedis();
  store = new Store(redis);
  feedUrl = (await listen((_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed([['p-0', 'Paro regional en Puno']])))) + '/feed.xml';
  hubUrl = await listen((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const form = new URLSearchParams(body);
      subscriptions.push(form);
      res.writeHead(202).end();
      // verification of intent, after answering the request (as hubs do)
      const check = new URL(form.get('hub.callback')!);
      check.search = new URLSearchParams({ 'hub.mode': 'subscribe', 'hub.topic': form.get('hub.topic')!, 'hub.challenge': 'c-7f3a', 'hub.lease_seconds': '600' }).toString();
      void fetch(check).then(async (r) => verifications.push({ status: r.status, body: await r.text() }));
    });
  });
  web = await startRouteServer(port);
  const sources = validateSources({
    sources: [{ id: 'pushed', name: 'Pushed', url: feedUrl, language: 'es', country: 'PE', scale: 'national', interval: 1, private: true }],
  });
  worker = await startWorker({ sources, alerts: false });
});

afterAll(async () => {
  await worker?.close();
  await web?.close();
  for (const s of servers) {
    s.closeAllConnections();
    s.close();
  }
  await store?.close();
});

describe('WebSub', () => {
  it('subscribes to the hub the feed names, with our callback, a secret and a lease, and answers the verification', async () => {
    await until('the verification', () => verifications[0]);
    const form = subscriptions[0]!;
    expect(form.get('hub.mode')).toBe('subscribe');
    expect(form.get('hub.topic')).toBe(feedUrl);
    expect(form.get('hub.callback')).toBe(`${process.env.VIGIA_PUBLIC_URL}/api/websub/pushed`);
    expect(form.get('hub.secret')).toMatch(/^[0-9a-f]{48}$/);
    expect(Number(form.get('hub.lease_seconds'))).toBeGreaterThan(0);
    expect(verifications[0]).toEqual({ status: 200, body: 'c-7f3a' });
    expect(await getWebSub(redis, 'pushed')).toMatchObject({ state: 'active', hub: `${hubUrl}/`, topic: feedUrl });
    expect(subscriptions).toHaveLength(1); // not renewed on every poll
  });

  it('refuses a verification for a topic it did not ask for, or for an unknown source', async () => {
    const callback = `${process.env.VIGIA_PUBLIC_URL}/api/websub/pushed`;
    const other = await fetch(`${callback}?hub.mode=subscribe&hub.topic=${encodeURIComponent('https://evil.example/feed')}&hub.challenge=x`);
    expect(other.status).toBe(404);
    expect(await other.text()).not.toContain('x');
    expect((await fetch(`${process.env.VIGIA_PUBLIC_URL}/api/websub/nobody?hub.mode=subscribe&hub.topic=${encodeURIComponent(feedUrl)}&hub.challenge=x`)).status).toBe(404);
  });

  it('stores nothing from a delivery with a wrong or missing signature', async () => {
    const callback = subscriptions[0]!.get('hub.callback')!;
    const before = await redis.xlen(keys.events);
    const body = feed([['p-evil', 'Bloqueo falso en Cusco inventado']]);
    expect((await deliver(callback, body, 'not the secret')).status).toBe(403);
    expect((await fetch(callback, { method: 'POST', body })).status).toBe(403);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await redis.xlen(keys.events)).toBe(before);
    const titles = (await store.queryIncidents({ limit: 100 })).incidents.map((i) => i.title);
    expect(titles).not.toContain('Bloqueo falso en Cusco inventado');
  });

  it('ingests signed pushed items at once, through the same parse and store path', async () => {
    const callback = subscriptions[0]!.get('hub.callback')!;
    const secret = subscriptions[0]!.get('hub.secret')!;
    const sent = Date.now();
    const res = await deliver(callback, feed([['p-1', 'Enfrentamientos entre manifestantes y policías en Juliaca']]), secret, 'sha1');
    expect(res.status).toBe(202);
    const incident = await until('the pushed incident', async () =>
      (await store.queryIncidents({ limit: 100 })).incidents.find((i) => i.title === 'Enfrentamientos entre manifestantes y policías en Juliaca'),
    );
    expect(incident.type).toBe('clash');
    expect(Date.now() - sent).toBeLessThan(10_000);
  });

  it('keeps only a slow backup poll while the subscription is active', async () => {
    const s = await until('a poll that sees the subscription', async () => {
      const st = await getSourceState(redis, 'pushed');
      return st.interval === 600 ? st : undefined;
    });
    expect(Date.parse(s.nextPoll!) - Date.parse(s.lastPoll!)).toBeGreaterThanOrEqual(600_000);
  });
});
