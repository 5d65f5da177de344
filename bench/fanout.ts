// Fan-out: N concurrent Socket.IO clients (in child processes) and a burst of incidents through the real path
// (store write -> stream -> tail -> emit), beside a bare `ws` broadcast of the same messages to as many clients.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { WebSocketServer } from 'ws';
import { Store } from '../lib/store';
import { connect } from '../lib/store/redis';
import type { Report } from '../lib/types';
import { startRealtime } from '../tests/helpers/realtime';

interface ClientResult {
  latencies: number[];
  gaps: number;
  received: number;
}

const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;

function clients(mode: 'sio' | 'ws', url: string, count: number, expected: number) {
  const child = spawn(process.execPath, [join(import.meta.dirname ?? '.', '..', 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(new URL('.', import.meta.url).pathname, 'fanout-clients.ts'), mode, url, String(count), String(expected)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  let onReady!: () => void;
  const ready = new Promise<void>((r) => (onReady = r));
  const result = new Promise<ClientResult>((resolve) => {
    lines.on('line', (line) => {
      if (line === 'ready') onReady();
      else resolve(JSON.parse(line) as ClientResult);
    });
  });
  return { ready, result };
}

function report(k: number): Report {
  const now = new Date().toISOString();
  return {
    id: `rep_fan${k}`, source: 'bench', outlet: 'Bench', scale: 'national', title: `Enfrentamientos número ${k} en la plaza`, summary: '', link: null,
    lang: 'es', published: now, ingested: now, demo: false, type: 'clash', status: 'ongoing', country: 'PE', admin1: 'Puno', admin1Code: `PE-F${k}`,
    admin2: null, admin3: `F${k}`, place: `F${k}`, ubigeo: null, lat: null, lon: null, precision: 1, killed: null, injured: null, detained: null,
    actors: [], date: now.slice(0, 10), confidence: 0.8, cues: [],
  };
}

function summary(name: string, results: ClientResult[], clientsN: number, burst: number) {
  const lat = results.flatMap((r) => r.latencies).sort((a, b) => a - b);
  return {
    path: name,
    clients: clientsN,
    messages: burst,
    delivered: `${lat.length}/${clientsN * burst}`,
    'p50 ms': pct(lat, 50),
    'p95 ms': pct(lat, 95),
    'p99 ms': pct(lat, 99),
    gaps: results.reduce((s, r) => s + r.gaps, 0),
  };
}

export async function fanout(redisUrl: string, opts: { clients?: number; burst?: number; processes?: number } = {}) {
  const N = opts.clients ?? 2_000;
  const B = opts.burst ?? 100;
  const P = opts.processes ?? 2;
  const redis = connect(redisUrl, { name: 'bench-fanout' });
  await redis.flushdb();
  const store = new Store(redis);
  const rt = await startRealtime(store, redis);

  const sio = Array.from({ length: P }, () => clients('sio', rt.base, N / P, B));
  await Promise.all(sio.map((c) => c.ready));
  for (let k = 0; k < B; k++) await store.writer.ingest(`fan-${k}`, report(k));
  const sioResults = await Promise.all(sio.map((c) => c.result));
  const messages = await store.readAfter('0-0', B);
  await rt.close();

  // Floor: the same payloads broadcast by a bare ws server to as many clients.
  const http = createServer();
  const wss = new WebSocketServer({ server: http });
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', () => r()));
  const a = http.address();
  const wsUrl = `ws://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
  const raw = Array.from({ length: P }, () => clients('ws', wsUrl, N / P, B));
  await Promise.all(raw.map((c) => c.ready));
  for (const m of messages) {
    const payload = JSON.stringify({ ...m, sentAt: Date.now() });
    for (const ws of wss.clients) ws.send(payload);
    await new Promise((r) => setImmediate(r));
  }
  const wsResults = await Promise.all(raw.map((c) => c.result));
  wss.close();
  http.close();
  await store.close();

  console.log(`\n## fan-out: ${N} clients in ${P} processes, a burst of ${B} incidents`);
  console.table([summary('Socket.IO: store write -> stream -> tail -> emit', sioResults, N, B), summary('floor: bare ws broadcast of the same messages', wsResults, N, B)]);
}
