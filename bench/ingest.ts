// Ingest: 500 sources on one local feed server, most polls answered 304. Reports the worker's CPU in steady state,
// the delay from publication to a dashboard client, then a burst of 5,000 new items: time to drain and backlog.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io as connectClient } from 'socket.io-client';
import { pollQueue } from '../lib/queue';
import { Store } from '../lib/store';
import { keys } from '../lib/store/keys';
import { getSourceState } from '../lib/store/sources';
import { connect } from '../lib/store/redis';
import type { IncidentMessage } from '../lib/types';
import { FeedServer } from '../tests/helpers/feed-server';
import { spawnVigia } from '../tests/helpers/processes';
import { startRealtime } from '../tests/helpers/realtime';

const TICK_S = 100; // USER_HZ on Linux
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
const cpuSeconds = (pid: number) => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) / TICK_S; // utime + stime
};
const TOWNS = ['Juliaca', 'Puno', 'Cusco', 'Sicuani', 'Andahuaylas', 'Abancay', 'Huamanga', 'Arequipa', 'Ilave', 'Huancayo'];

export async function ingest(redisUrl: string, opts: { sources?: number; interval?: number; steadySeconds?: number; burst?: number } = {}) {
  const S = opts.sources ?? 500;
  const INTERVAL = opts.interval ?? 10;
  const STEADY = opts.steadySeconds ?? 40;
  const BURST = opts.burst ?? 5_000;
  const redis = connect(redisUrl, { name: 'bench-ingest' });
  await redis.flushdb();
  const store = new Store(redis);
  const feeds = await new FeedServer(new Set(Array.from({ length: S }, (_, k) => `/f${k}.xml`))).start();
  for (let k = 0; k < S; k++) feeds.feeds.set(`/f${k}.xml`, []);
  const dir = mkdtempSync(join(tmpdir(), 'vigia-ingest-'));
  const file = join(dir, 'sources.yml');
  writeFileSync(
    file,
    `sources:\n${Array.from({ length: S }, (_, k) => `  - { id: f${k}, name: Outlet ${k}, url: "${feeds.url}/f${k}.xml", language: es, country: PE, scale: local, interval: ${INTERVAL}, private: true }`).join('\n')}\n`,
  );
  const rt = await startRealtime(store, redis);
  const worker = spawnVigia('worker', { REDIS_URL: redisUrl, VIGIA_SOURCES: file, LOG_LEVEL: 'error' });
  const pid = worker.process.pid!;
  const published = new Map<string, number>();
  const delays: number[] = [];
  const client = connectClient(rt.base, { transports: ['websocket'] });
  client.on('incident', (m: IncidentMessage) => {
    for (const src of m.incident.sources) {
      const at = published.get(src.title);
      if (at === undefined) continue;
      delays.push(Date.now() - at);
      published.delete(src.title);
    }
  });
  let n = 0;
  const publishOne = (feed: number) => {
    const title = `Bloqueo número ${n} en ${TOWNS[n % TOWNS.length]} por el paro regional`;
    n++;
    published.set(title, Date.now());
    feeds.publish(`/f${feed}.xml`, { guid: `i${n}`, title, summary: 'Pobladores bloquearon la carretera.' });
  };

  // Warm-up: every source polled once (all 200, then 304s).
  await new Promise((r) => setTimeout(r, (INTERVAL + 5) * 1000));
  const requestsBefore = feeds.requests.length;
  const cpu0 = cpuSeconds(pid);
  const t0 = Date.now();
  const ticker = setInterval(() => publishOne(Math.floor(Math.random() * S)), 2_000);
  await new Promise((r) => setTimeout(r, STEADY * 1000));
  clearInterval(ticker);
  const wall = (Date.now() - t0) / 1000;
  const cpu = cpuSeconds(pid) - cpu0;
  const reqs = feeds.requests.slice(requestsBefore);
  await new Promise((r) => setTimeout(r, (INTERVAL + 2) * 1000)); // let the last ones arrive

  console.log(`\n## ingest: ${S} sources every ${INTERVAL} s on one local feed server (steady ${STEADY} s)`);
  console.table([
    {
      'polls/s': Math.round(reqs.length / wall),
      '304 share': `${Math.round((100 * reqs.filter((r) => r.status === 304).length) / Math.max(1, reqs.length))}%`,
      'worker CPU': `${Math.round((100 * cpu) / wall)}% of one core`,
      'items published': delays.length + published.size,
      'publication -> client p50 ms': pct(delays, 50),
      'p95 ms': pct(delays, 95),
      'max ms': Math.max(...delays),
      'floor (half the interval) ms': (INTERVAL * 1000) / 2,
    },
  ]);

  // Burst: BURST new items spread over every feed at once.
  const queue = pollQueue(connect(redisUrl, { name: 'bench-queue' }));
  const processedBefore = (await redis.keys(keys.item('*'))).length;
  // The floor: no item can be read before its source's next poll, and the schedule has stretched the intervals of
  // feeds that published little (the adaptive interval): the last source due bounds the drain from below.
  const states = await Promise.all(Array.from({ length: S }, (_, k) => getSourceState(redis, `f${k}`)));
  const lastDue = Math.max(...states.map((st) => (st.nextPoll ? Date.parse(st.nextPoll) : 0)));
  const tb = Date.now();
  for (let k = 0; k < BURST; k++) publishOne(k % S);
  let maxWaiting = 0;
  let drained = NaN;
  while (Date.now() - tb < 300_000) {
    const counts = await queue.getJobCounts('waiting', 'active');
    maxWaiting = Math.max(maxWaiting, counts.waiting ?? 0);
    if ((await redis.keys(keys.item('*'))).length - processedBefore >= BURST) {
      drained = (Date.now() - tb) / 1000;
      break;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  console.table([
    {
      'burst items': BURST,
      'drained in s': drained,
      'items/s': Math.round(BURST / drained),
      'max poll jobs waiting': maxWaiting,
      'reports in store': (await redis.keys(keys.report('*'))).length,
      'floor: last source due in s': Math.max(0, (lastDue - tb) / 1000).toFixed(1),
    },
  ]);
  client.close();
  worker.process.kill('SIGTERM');
  await worker.exited;
  await queue.close();
  await rt.close();
  await feeds.close();
  await store.close();
}
