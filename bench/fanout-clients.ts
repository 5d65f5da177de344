// A child process of bench/fanout.ts: opens many Socket.IO (or bare ws) clients and reports what they received.
// argv: <sio|sio-batch|ws|ws-batch> <url> <clients> <expected messages>. Prints "ready" when connected, then one JSON line of results.
import { io } from 'socket.io-client';
import WebSocket from 'ws';

const [mode, url, countArg, expectedArg] = process.argv.slice(2);
const count = Number(countArg);
const expected = Number(expectedArg);
const latencies: number[] = [];
let gaps = 0;
let complete = 0;
let connected = 0;

/** Counts one client's messages. Latency runs from the moment Redis took the entry (its stream id, "<ms>-<seq>")
 *  to the moment this client has it parsed; an id not after the previous one is a gap (a duplicate or a reordering).
 *  The id is read without allocating: the instrument should cost the clients as little as it can. */
function track() {
  let lastMs = -1;
  let lastSeq = -1;
  let n = 0;
  return (id: string) => {
    const dash = id.indexOf('-');
    const ms = +id.slice(0, dash);
    const seq = +id.slice(dash + 1);
    latencies.push(Date.now() - ms);
    if (ms < lastMs || (ms === lastMs && seq <= lastSeq)) gaps++;
    lastMs = ms;
    lastSeq = seq;
    if (++n === expected) complete++;
  };
}

let cpuAtReady = process.cpuUsage();
const onConnect = () => {
  if (++connected < count) return;
  cpuAtReady = process.cpuUsage();
  process.stdout.write('ready\n');
};

for (let k = 0; k < count; k++) {
  const seen = track();
  if (mode === 'sio' || mode === 'sio-batch') {
    const s = io(url!, { transports: ['websocket'], reconnection: false, forceNew: true, auth: { batch: mode === 'sio-batch' } });
    s.once('live', onConnect);
    s.on('incident', (m: { id: string }) => seen(m.id));
    s.on('incidents', (ms: { id: string }[]) => {
      for (const m of ms) seen(m.id);
    });
  } else {
    const ws = new WebSocket(url!);
    ws.once('open', onConnect);
    ws.on('message', (data) => {
      const m = JSON.parse(String(data)) as { id: string } | { id: string }[];
      if (Array.isArray(m)) for (const e of m) seen(e.id);
      else seen(m.id);
    });
  }
}

const deadline = Date.now() + 60_000;
const timer = setInterval(() => {
  if (complete === count || Date.now() > deadline) {
    clearInterval(timer);
    // Clients that got fewer than expected count as gaps too.
    const received = latencies.length;
    const cpu = process.cpuUsage(cpuAtReady);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    process.stdout.write(JSON.stringify({ latencies, gaps: gaps + (count * expected - received), received, cpuMs }) + '\n', () => process.exit(0));
  }
}, 50);
