// Fan-out: N concurrent Socket.IO clients (in child processes) and a burst of incidents through the real path
// (store write -> stream -> tail -> emit), beside a bare `ws` broadcast of the same messages to as many clients.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { WebSocketServer } from 'ws';
import { Store } from '../lib/store';
import { connect } from '../lib/store/redis';
import { startRealtime } from '../tests/helpers/realtime';

const here = new URL('.', import.meta.url).pathname;
const tsxCli = join(here, '..', 'node_modules', 'tsx', 'dist', 'cli.mjs');

interface ClientResult {
  latencies: number[];
  gaps: number;
  received: number;
}

const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;

function clients(mode: 'sio' | 'sio-batch' | 'ws', url: string, count: number, expected: number) {
  const child = spawn(process.execPath, [tsxCli, join(here, 'fanout-clients.ts'), mode, url, String(count), String(expected)], {
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

export async function fanout(redisUrl: string, opts: { clients?: number; burst?: number; processes?: number; rates?: number[] } = {}) {
  const N = opts.clients ?? 2_000;
  const B = opts.burst ?? 100;
  const P = opts.processes ?? 2;
  const rates = opts.rates ?? [0, 20];
  const redis = connect(redisUrl, { name: 'bench-fanout' });
  const store = new Store(redis);
  const rows: ReturnType<typeof summary>[] = [];

  for (const rate of rates) {
    const pace = rate ? `${rate} incidents/s` : 'as fast as the store takes them';
    // The real path: the burst is written by another process (as the worker does), tailed and emitted here.
    const viaSocketIo = async (mode: 'sio' | 'sio-batch') => {
      await redis.flushdb();
      const rt = await startRealtime(store, redis);
      const group = Array.from({ length: P }, () => clients(mode, rt.base, N / P, B));
      await Promise.all(group.map((c) => c.ready));
      const writer = spawn(process.execPath, [tsxCli, join(here, 'fanout-writer.ts'), redisUrl, String(B), String(rate)], { stdio: 'inherit' });
      await new Promise((r) => writer.once('exit', r));
      const results = await Promise.all(group.map((c) => c.result));
      await rt.close();
      return results;
    };
    rows.push(summary(`Socket.IO, one \`incident\` per entry (default), ${pace}`, await viaSocketIo('sio'), N, B));
    rows.push(summary(`Socket.IO, \`incidents\` batches (auth.batch), ${pace}`, await viaSocketIo('sio-batch'), N, B));
    const messages = await store.readAfter('0-0', B);

    // Floor: the same messages, at the same moments as they were written, broadcast by a bare ws server.
    const http = createServer();
    const wss = new WebSocketServer({ server: http });
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', () => r()));
    const a = http.address();
    const wsUrl = `ws://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
    const raw = Array.from({ length: P }, () => clients('ws', wsUrl, N / P, B));
    await Promise.all(raw.map((c) => c.ready));
    const writtenAt = (id: string) => Number(id.split('-')[0]);
    const t0 = Date.now();
    for (const m of messages) {
      const wait = t0 + writtenAt(m.id) - writtenAt(messages[0]!.id) - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const payload = JSON.stringify({ ...m, sentAt: Date.now() });
      for (const ws of wss.clients) ws.send(payload);
    }
    rows.push(summary(`floor: bare ws broadcast of the same messages at the same moments, ${pace}`, await Promise.all(raw.map((c) => c.result)), N, B));
    wss.close();
    http.close();
  }
  await store.close();
  console.log(`\n## fan-out: ${N} clients in ${P} processes, a burst of ${B} incidents`);
  console.table(rows);
}
