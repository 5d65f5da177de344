// `npm run bench`: figures for the live pipeline on this machine, each beside a baseline measured in the same run.
// Never asserted in tests. Uses its own private redis-server in a temporary folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io as connectClient } from 'socket.io-client';
import { validateSources } from '../lib/config/sources';
import { startPrivateRedis } from '../lib/runtime/redis-server';
import { Store } from '../lib/store';
import { keys } from '../lib/store/keys';
import { connect } from '../lib/store/redis';
import type { IncidentMessage, Report } from '../lib/types';
import { FeedServer } from '../tests/helpers/feed-server';
import { report } from '../tests/helpers/reports';
import { startRealtime } from '../tests/helpers/realtime';
import { alertLatency } from './alerts';
import { fanout } from './fanout';
import { ingest } from './ingest';
import { incidentMatching } from './incidents';

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const table = (title: string, rows: Record<string, string | number>[]) => {
  console.log(`\n## ${title}`);
  console.table(rows);
};

async function storeWrites(redisUrl: string) {
  const redis = connect(redisUrl, { name: 'bench' });
  await redis.flushdb();
  const store = new Store(redis);
  const N = 5_000;
  const now = Date.now();
  const reports: Report[] = Array.from({ length: N }, (_, k) =>
    report({
      id: `rep_b${k}`, source: `s${k % 20}`, outlet: `Outlet ${k % 20}`, title: `Paro número ${k % 900} en la región ${k % 25}`,
      ingested: new Date(now + k).toISOString(), date: new Date(now).toISOString().slice(0, 10), type: 'strike',
      admin1: `R${k % 25}`, admin1Code: `PE-R${k % 25}`, admin3: `D${k % 300}`, place: `D${k % 300}`, precision: 1,
    }),
  );
  let t = performance.now();
  for (const r of reports) await store.writer.ingest(`b-${r.id}`, r);
  const ingest = N / ((performance.now() - t) / 1000);
  const incidents = await redis.zcard(keys.byLastSeen);
  t = performance.now();
  for (const r of reports) await redis.xadd('bench:baseline', '*', 'j', JSON.stringify(r));
  const xadd = N / ((performance.now() - t) / 1000);
  table('store writes (sequential, one connection)', [
    { what: 'ingest: match + one Lua write (report, incident, indexes, counters, stream)', 'writes/s': Math.round(ingest), incidents },
    { what: 'baseline: bare XADD of the same JSON', 'writes/s': Math.round(xadd), incidents: '-' },
  ]);
  await store.close();
}

async function liveLatency(redisUrl: string) {
  const redis = connect(redisUrl, { name: 'bench-live' });
  await redis.flushdb();
  process.env.REDIS_URL = redisUrl;
  process.env.LOG_LEVEL = 'error';
  const { startWorker } = await import('../worker');
  const store = new Store(redis);
  const feeds = await new FeedServer(new Set(['/f.xml'])).start();
  feeds.feeds.set('/f.xml', []);
  const rt = await startRealtime(store, redis);
  const POLL_S = 1;
  const worker = await startWorker({
    sources: validateSources({ sources: [{ id: 'f', name: 'F', url: `${feeds.url}/f.xml`, language: 'es', country: 'PE', scale: 'national', interval: POLL_S, private: true }] }),
  });
  const published = new Map<string, number>();
  const latencies: number[] = [];
  const client = connectClient(rt.base, { transports: ['websocket'] });
  client.on('incident', (m: IncidentMessage) => {
    // Reports of one event merge into one incident: time each report by its title among the incident's sources.
    for (const src of m.incident.sources) {
      const at = published.get(src.title);
      if (at === undefined) continue;
      latencies.push(Date.now() - at);
      published.delete(src.title);
    }
  });
  await new Promise((r) => client.once('live', r));
  const N = 20;
  for (let k = 0; k < N; k++) {
    const title = `Bloqueo de la carretera en Juliaca número ${k} por el paro regional`;
    published.set(title, Date.now());
    feeds.publish('/f.xml', { guid: `g${k}`, title, summary: `Manifestantes bloquearon la vía en el distrito ${k}.` });
    await new Promise((r) => setTimeout(r, 700));
  }
  const deadline = Date.now() + 10_000;
  while (latencies.length < N && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  table(`publication on a feed -> incident message at a client (poll interval ${POLL_S} s)`, [
    { items: N, received: latencies.length, 'p50 ms': pct(latencies, 50), 'p95 ms': pct(latencies, 95), 'max ms': Math.max(...latencies) },
    { items: 'floor: half the poll interval on average', received: '-', 'p50 ms': (POLL_S * 1000) / 2, 'p95 ms': POLL_S * 1000 * 0.95, 'max ms': POLL_S * 1000 },
  ]);
  client.close();
  await worker.close();
  await rt.close();
  await feeds.close();
  await store.close();
}

// Heavy benchmarks run only when named: `npm run bench -- --fanout --ingest --matching` (or --all).
const flags = new Set(process.argv.slice(2));
const heavy = (name: string) => flags.has(`--${name}`) || flags.has('--all');

const dir = mkdtempSync(join(tmpdir(), 'vigia-bench-'));
const redis = await startPrivateRedis({ dataDir: dir });
try {
  await (await import('./extract')).extractionBench();
  await storeWrites(redis.url);
  await liveLatency(redis.url);
  // Through WebSub, in a process of its own (it needs VIGIA_PUBLIC_URL at start).
  const here = new URL('.', import.meta.url).pathname;
  spawnSync(process.execPath, [join(here, '..', 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(here, 'websub.ts')], {
    stdio: 'inherit',
    env: { ...process.env, REDIS_URL: redis.url },
  });
  await alertLatency(redis.url);
  if (heavy('matching')) await incidentMatching(redis.url); // fills 100,000 incidents: about 90 s
  if (heavy('fanout')) await fanout(redis.url);
  if (heavy('ingest')) await ingest(redis.url);
} finally {
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(0);
