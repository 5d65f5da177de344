// Fan-out: N concurrent Socket.IO clients (in child processes) and a burst of incidents through the real path
// (store write -> stream -> tail -> emit), beside a bare `ws` server that tails the same stream (the floor).
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { createInterface } from 'node:readline';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WebSocketServer } from 'ws';
import { Store } from '../lib/store';
import { startPrivateRedis } from '../lib/runtime/redis-server';
import { connect } from '../lib/store/redis';
import { startRealtime } from '../tests/helpers/realtime';

const here = new URL('.', import.meta.url).pathname;
const tsxCli = join(here, '..', 'node_modules', 'tsx', 'dist', 'cli.mjs');
/** FANOUT_CPU_PROF=<dir>: the client and writer processes write CPU profiles there (run this one with --cpu-prof too). */
const childFlags = process.env.FANOUT_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.FANOUT_CPU_PROF] : [];

interface ClientResult {
  latencies: number[];
  gaps: number;
  received: number;
  /** CPU time the client process spent from all connected to all received (or its deadline). */
  cpuMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;

/** Young-generation size of the client processes (Socket.IO and ws alike): 1,000 clients in one process allocate
 *  per message, and with Node's default most of their time goes to scavenges no browser client would share. */
const SEMI_SPACE_MB = Number(process.env.FANOUT_SEMI_SPACE_MB ?? 32);

function clients(mode: Mode, url: string, count: number, expected: number) {
  const child = spawn(process.execPath, [tsxCli, ...childFlags, join(here, 'fanout-clients.ts'), mode, url, String(count), String(expected)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-semi-space-size=${SEMI_SPACE_MB}`.trim() },
  });
  const lines = createInterface({ input: child.stdout! });
  let onReady!: () => void;
  let failed!: (e: Error) => void;
  const ready = new Promise<void>((resolve, reject) => ((onReady = resolve), (failed = reject)));
  const result = new Promise<ClientResult>((resolve, reject) => {
    lines.on('line', (line) => {
      if (line === 'ready') onReady();
      else resolve(JSON.parse(line) as ClientResult);
    });
    // A client process that dies before its results (its error went to stderr) ends the benchmark instead of hanging it.
    child.once('exit', (code) => {
      const e = new Error(`fan-out client process exited with code ${code}`);
      failed(e);
      reject(e);
    });
  });
  return { ready, result };
}

function summary(name: string, { results, serverCpuMs }: { results: ClientResult[]; serverCpuMs: number }, clientsN: number, burst: number) {
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
    'server CPU ms': Math.round(serverCpuMs),
    'clients CPU ms': Math.round(results.reduce((s, r) => s + r.cpuMs, 0)),
  };
}

type Mode = 'sio' | 'sio-batch' | 'ws' | 'ws-batch';

/**
 * A bare `ws` server in the web process's place: it tails the same stream with the same read as Socket.IO's tail and
 * sends each entry as one frame of its JSON (`ws`), or each read's entries as one JSON array (`ws-batch`).
 */
async function startFloor(store: Store, batch: boolean) {
  const http = createServer();
  const wss = new WebSocketServer({ server: http });
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', () => r()));
  const a = http.address();
  const blocking = store.redis.duplicate();
  let closed = false;
  const tail = (async () => {
    let position = '0-0';
    while (!closed) {
      const msgs = await store.waitAfter(blocking, position, 500);
      if (msgs.length === 0) continue;
      position = msgs[msgs.length - 1]!.id;
      const frames = batch ? [JSON.stringify(msgs)] : msgs.map((m) => JSON.stringify(m));
      for (const frame of frames) for (const ws of wss.clients) ws.send(frame);
    }
  })();
  return {
    base: `ws://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`,
    async close() {
      closed = true;
      await tail;
      blocking.disconnect();
      wss.close();
      http.close();
    },
  };
}

export async function fanout(
  redisUrl: string,
  opts: { clients?: number; burst?: number; processes?: number; rates?: number[]; repeat?: number } = {},
) {
  const N = opts.clients ?? 2_000;
  const B = opts.burst ?? 100;
  const P = opts.processes ?? 2;
  const rates = opts.rates ?? [0, 10, 20];
  // p99s of a few tens of ms move by half from one run to the next on 2 shared cores: each pair runs `repeat` times,
  // alternating, and the last table gives the medians.
  const R = opts.repeat ?? 3;
  const redis = connect(redisUrl, { name: 'bench-fanout' });
  const store = new Store(redis);
  const rows: (ReturnType<typeof summary> & { 'p99 ÷ floor': string })[] = [];
  const medians: Record<string, string | number>[] = [];

  // Every path gets the same burst, written by another process through the real store (as the worker does), read
  // from the stream by the server, and timed from the moment Redis took each entry to the moment a client parsed it.
  const run = async (mode: Mode, rate: number) => {
    await redis.flushdb();
    const server = mode === 'sio' || mode === 'sio-batch' ? await startRealtime(store, redis) : await startFloor(store, mode === 'ws-batch');
    const group = Array.from({ length: P }, () => clients(mode, server.base, N / P, B));
    await Promise.all(group.map((c) => c.ready));
    const cpu = process.cpuUsage();
    const writer = spawn(process.execPath, [tsxCli, ...childFlags, join(here, 'fanout-writer.ts'), redisUrl, String(B), String(rate)], { stdio: 'inherit' });
    await new Promise((r) => writer.once('exit', r));
    const results = await Promise.all(group.map((c) => c.result));
    const used = process.cpuUsage(cpu);
    await server.close();
    // This process is the server; it does nothing else during the burst.
    return { results, serverCpuMs: (used.user + used.system) / 1000 };
  };

  for (const rate of rates) {
    const pace = rate ? `${rate} incidents/s` : 'as fast as the store takes them';
    const pair = async (mode: 'sio' | 'sio-batch', name: string, floorName: string) => {
      const runs: { sio: number; floor: number; ratio: number }[] = [];
      // Every run's latencies together: a p99 over R times the messages moves less than any one run's.
      const pooled = { sio: [] as number[][], floor: [] as number[][] };
      for (let k = 0; k < R; k++) {
        const sioRun = await run(mode, rate);
        const floorRun = await run(mode === 'sio' ? 'ws' : 'ws-batch', rate);
        const sio = summary(`${name}, ${pace}`, sioRun, N, B);
        const floor = summary(`${floorName}, ${pace}`, floorRun, N, B);
        const ratio = sio['p99 ms'] / floor['p99 ms'];
        rows.push({ ...sio, 'p99 ÷ floor': ratio.toFixed(2) }, { ...floor, 'p99 ÷ floor': '' });
        runs.push({ sio: sio['p99 ms'], floor: floor['p99 ms'], ratio });
        pooled.sio.push(...sioRun.results.map((r) => r.latencies));
        pooled.floor.push(...floorRun.results.map((r) => r.latencies));
      }
      const p99Of = (lists: number[][]) => pct(lists.flat().sort((a, b) => a - b), 99);
      const [sioAll, floorAll] = [p99Of(pooled.sio), p99Of(pooled.floor)];
      medians.push({
        path: `${name}, ${pace}`,
        runs: R,
        'p99 ms (each run)': runs.map((r) => r.sio).join(' / '),
        'floor p99 ms (each run)': runs.map((r) => r.floor).join(' / '),
        'p99 ÷ floor (each run)': runs.map((r) => r.ratio.toFixed(2)).join(' / '),
        'median p99 ÷ floor': median(runs.map((r) => r.ratio)).toFixed(2),
        'p99 of all runs ms (floor)': `${sioAll} (${floorAll})`,
        'p99 of all runs ÷ floor': (sioAll / floorAll).toFixed(2),
      });
    };
    await pair('sio', 'Socket.IO, one `incident` per entry (default)', 'floor: bare ws, one frame per entry');
    await pair('sio-batch', 'Socket.IO, `incidents` arrays (auth.batch)', 'floor: bare ws, one array per read');
  }
  await store.close();
  console.log(`\n## fan-out: ${N} clients in ${P} processes, a burst of ${B} incidents`);
  console.table(rows);
  console.log(`\n## fan-out, ${R} alternating runs of each pair: p99 against the floor's, run by run and over all runs' messages`);
  console.table(medians);
}

// Run alone: `npx tsx bench/fanout.ts [--clients N] [--burst N] [--processes N] [--rates 0,10,20] [--repeat 3]`, on a private redis-server.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name: string) => {
    const k = process.argv.indexOf(`--${name}`);
    return k > 0 ? process.argv[k + 1] : undefined;
  };
  const dir = mkdtempSync(join(tmpdir(), 'vigia-fanout-'));
  const redis = await startPrivateRedis({ dataDir: dir });
  try {
    await fanout(redis.url, {
      clients: arg('clients') ? Number(arg('clients')) : undefined,
      burst: arg('burst') ? Number(arg('burst')) : undefined,
      processes: arg('processes') ? Number(arg('processes')) : undefined,
      repeat: arg('repeat') ? Number(arg('repeat')) : undefined,
      rates: arg('rates')?.split(',').map(Number),
    });
  } finally {
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  process.exit(0);
}
