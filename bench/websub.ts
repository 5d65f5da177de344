// End to end through WebSub: a local hub pushes signed content to our callback; time from the push until a dashboard
// client holds the incident. Runs in a process of its own (its configuration differs): `npx tsx bench/websub.ts`
// with REDIS_URL set, or through `npm run bench`.
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { io as connectClient } from 'socket.io-client';
import { validateSources } from '../lib/config/sources';
import { freePort } from '../lib/runtime/redis-server';
import { getStore } from '../lib/store';
import { getWebSub } from '../lib/store/sources';
import type { IncidentMessage } from '../lib/types';
import { startRouteServer } from '../tests/helpers/route-server';

const N = 30;
const TOWNS = ['Juliaca', 'Ilave', 'Azángaro', 'Sicuani', 'Andahuaylas', 'Huamanga', 'Abancay', 'Espinar', 'Puno', 'Juli'];
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
const servers: Server[] = [];

async function listen(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const s = createServer(handler);
  servers.push(s);
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const a = s.address();
  return `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
}

const port = await freePort();
Object.assign(process.env, { VIGIA_PUBLIC_URL: `http://127.0.0.1:${port}`, VIGIA_POLL_MAX_INTERVAL: '600', LOG_LEVEL: 'error' });
const store = await getStore();
await store.redis.flushdb();
let feedUrl = '';
let hubUrl = '';
let subscription: URLSearchParams | null = null;
const feed = (items: [string, string][]) => `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Pushed</title>
<atom:link rel="hub" href="${hubUrl}"/><atom:link rel="self" href="${feedUrl}"/>
${items.map(([g, t]) => `<item><guid>${g}</guid><title>${t}</title><pubDate>${new Date().toUTCString()}</pubDate></item>`).join('')}
</channel></rss>`;
feedUrl = (await listen((_q, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed([['p-0', 'Paro regional en Puno']])))) + '/feed.xml';
hubUrl = await listen((req, res) => {
  let body = '';
  req.on('data', (d) => (body += d));
  req.on('end', () => {
    const form = new URLSearchParams(body);
    subscription = form;
    res.writeHead(202).end();
    const check = new URL(form.get('hub.callback')!);
    check.search = new URLSearchParams({ 'hub.mode': 'subscribe', 'hub.topic': form.get('hub.topic')!, 'hub.challenge': 'ok', 'hub.lease_seconds': '600' }).toString();
    void fetch(check);
  });
});
const web = await startRouteServer(port);
const { startWorker } = await import('../worker');
const worker = await startWorker({
  sources: validateSources({ sources: [{ id: 'pushed', name: 'Pushed', url: feedUrl, language: 'es', country: 'PE', scale: 'national', interval: 1, private: true }] }),
  alerts: false,
});
for (let k = 0; k < 200 && (await getWebSub(store.redis, 'pushed'))?.state !== 'active'; k++) await new Promise((r) => setTimeout(r, 100));

const sub = subscription as URLSearchParams | null;
if (!sub) throw new Error('the worker never subscribed to the hub');
const pushedAt = new Map<string, number>();
const latencies: number[] = [];
const client = connectClient(web.base, { transports: ['websocket'], auth: { batch: true } });
client.on('incidents', (ms: IncidentMessage[]) => {
  for (const m of ms)
    for (const s of m.incident.sources) {
      const at = pushedAt.get(s.title);
      if (at === undefined) continue;
      latencies.push(Date.now() - at);
      pushedAt.delete(s.title);
    }
});
await new Promise((r) => client.once('live', r));
for (let k = 0; k < N; k++) {
  const title = `Enfrentamientos número ${k} entre manifestantes y policías en ${TOWNS[k % TOWNS.length]}`;
  const body = feed([[`push-${k}`, title]]);
  pushedAt.set(title, Date.now());
  await fetch(sub.get('hub.callback')!, {
    method: 'POST',
    headers: { 'content-type': 'application/rss+xml', 'x-hub-signature': `sha256=${createHmac('sha256', sub.get('hub.secret')!).update(body).digest('hex')}` },
    body,
  });
  await new Promise((r) => setTimeout(r, 300));
}
for (let k = 0; k < 100 && latencies.length < N; k++) await new Promise((r) => setTimeout(r, 100));
console.log('\n## end to end through WebSub: hub push -> incident at a dashboard client');
console.table([{ pushes: N, received: latencies.length, 'p50 ms': pct(latencies, 50), 'p95 ms': pct(latencies, 95), 'max ms': Math.max(...latencies) }]);
client.close();
await worker.close();
await web.close();
for (const s of servers) {
  s.closeAllConnections();
  s.close();
}
await store.close();
process.exit(0);
