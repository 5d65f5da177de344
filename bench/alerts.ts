// Alert latency: from a report stored (the store's write returns) to the webhook that names its incident received by
// a local receiver, through the real consumer group, grouping, "deliver" queue and webhook channel.
import pino from 'pino';
import { validateAlerts } from '../lib/alerts/rules';
import type { Notification } from '../lib/alerts/types';
import { Store } from '../lib/store';
import { connect } from '../lib/store/redis';
import type { Report } from '../lib/types';
import { startAlerts } from '../worker/alerts';
import { Receiver } from '../tests/helpers/alerts';

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};

function report(k: number, run: string): Report {
  const now = new Date().toISOString();
  return {
    id: `rep_al${run}${k}`, source: 'bench', outlet: 'Bench', scale: 'national', title: `Represión número ${k} en la provincia ${k % 40}`,
    summary: '', link: null, lang: 'es', published: now, ingested: now, demo: false, type: 'repression', status: 'ongoing',
    country: 'PE', admin1: `Región ${k % 40}`, admin1Code: `PE-B${k % 40}`, admin2: null, admin3: null, place: `Lugar ${k}`, ubigeo: null,
    lat: null, lon: null, precision: 1, killed: 1 + (k % 3), injured: null, detained: null, actors: [], date: now.slice(0, 10),
    confidence: 0.9, cues: [],
  };
}

async function run(redisUrl: string, groupWaitMs: number, n: number, perSecond: number) {
  const redis = connect(redisUrl, { name: 'bench-alerts' });
  await redis.flushdb();
  const store = new Store(redis);
  const receiver = await new Receiver().start();
  const stored = new Map<string, number>();
  const latencies: number[] = [];
  receiver.answer = (r) => {
    for (const a of (JSON.parse(r.body) as Notification).alerts) {
      const at = stored.get(a.incident.id);
      if (at !== undefined) latencies.push(r.at - at);
      stored.delete(a.incident.id);
    }
    return 200;
  };
  const file = validateAlerts({
    delivery: { attempts: 3, backoff: '200ms', timeout: '5s' },
    rules: [
      {
        name: 'bench',
        match: { types: ['repression'], minKilled: 1 },
        groupWait: `${groupWaitMs}ms`,
        groupInterval: `${groupWaitMs}ms`,
        channels: [{ type: 'webhook', url: `${receiver.url}/hook`, secret: 'bench' }],
      },
    ],
  });
  const alerts = await startAlerts({ redisUrl, log: pino({ level: 'silent' }), file });
  const tag = String(groupWaitMs);
  const t0 = Date.now();
  for (let k = 0; k < n; k++) {
    const due = t0 + (k * 1000) / perSecond;
    if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
    const w = await store.writer.ingest(`bench-alerts-${tag}-${k}`, report(k, tag));
    if (w.kind === 'written') stored.set(w.incident.id, Date.now());
  }
  const deadline = Date.now() + 15_000 + groupWaitMs;
  while (latencies.length < n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  await alerts.close();
  await receiver.close();
  await store.close();
  return {
    groupWait: `${groupWaitMs} ms`,
    groupInterval: `${groupWaitMs} ms`,
    incidents: n,
    received: latencies.length,
    'p50 ms': pct(latencies, 50),
    'p95 ms': pct(latencies, 95),
    'p99 ms': pct(latencies, 99),
    'max ms': Math.max(...latencies),
    'target p95 ms': 2000 + groupWaitMs,
  };
}

/** 200 incidents over 40 regions at 40/s; one rule, one signed webhook. The floor of each row is its groupWait. */
export async function alertLatency(redisUrl: string): Promise<void> {
  const rows = [];
  for (const groupWait of [0, 1000]) rows.push(await run(redisUrl, groupWait, 200, 40));
  console.log('\n## alerts: report stored -> webhook received (local receiver, 200 incidents in 40 regions at 40/s)');
  console.table(rows);
}
