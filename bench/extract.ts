// Extraction throughput through `npx vigia extract` on a large JSON Lines file, beside a baseline that only reads
// and writes the same lines (readline + JSON.parse + JSON.stringify), both pinned to one core when taskset exists.
// Rates are computed from the child's CPU time (user + system) with the start-up (an empty input) taken off, so that
// a busy machine does not change them much; wall-clock rates are printed too.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Extractor } from '../lib/cli/extract';
import { normalize } from '../lib/extract';

const ROOT = new URL('../', import.meta.url).pathname;
const FIXTURES = ['tests/fixtures/labelled/dev.jsonl', 'tests/fixtures/labelled/heldout.jsonl'];
/** A day of general-news feeds (written blind to the engine): ordinary news with the protest items such feeds carry
 *  (about one item in six). */
const WIRE_DAY = ['es-dev', 'es-heldout', 'en-dev', 'en-heldout'].map((p) => `tests/fixtures/labelled/wire-${p}.jsonl`);

const BASELINE = `import { createInterface } from 'node:readline';
const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
let out = '';
for await (const line of rl) {
  out += JSON.stringify(JSON.parse(line)) + '\\n';
  if (out.length > 65536) { if (!process.stdout.write(out)) await new Promise((r) => process.stdout.once('drain', r)); out = ''; }
}
process.stdout.write(out);
`;

interface Run {
  wall: number;
  cpu: number;
}

/** Runs `command` in bash with stdin from `input`, output discarded; wall and children's CPU seconds. */
function timed(command: string, input: string): Run {
  const pin = existsSync('/usr/bin/taskset') ? 'taskset -c 0 ' : '';
  const t = performance.now();
  const r = spawnSync('bash', ['-c', `${pin}${command} < '${input}' > /dev/null; times`], { cwd: ROOT, encoding: 'utf8' });
  const wall = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(`${command} failed: ${r.stderr}`);
  // `times` prints the shell's and then the children's user and system time, e.g. "0m1.234s 0m0.100s".
  const lines = r.stdout.trim().split('\n');
  const secs = (s: string) => {
    const m = /(\d+)m([\d.]+)s/.exec(s);
    return m ? Number(m[1]) * 60 + Number(m[2]) : 0;
  };
  const [user, sys] = lines[lines.length - 1]!.split(/\s+/);
  return { wall, cpu: secs(user!) + secs(sys!) };
}

/** A large items file: the labelled fixtures repeated, ids unique, one item every `gapMinutes`. */
export function writeItems(path: string, n: number, gapMinutes = 3, fixtures = FIXTURES): number {
  const items = fixtures.flatMap((f) => readFileSync(join(ROOT, f), 'utf8').split('\n').filter(Boolean))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  const start = Date.parse('2023-01-01T00:00:00Z');
  const lines: string[] = [];
  for (let k = 0; k < n; k++) {
    const { label: _label, ...item } = items[k % items.length]!;
    lines.push(JSON.stringify({ ...item, id: `bench-${k}`, published: new Date(start + k * gapMinutes * 60_000).toISOString() }));
  }
  writeFileSync(path, lines.join('\n') + '\n');
  return items.length;
}

export async function extractionBench(n = 40_000): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'vigia-bench-extract-'));
  try {
    const file = join(dir, 'items.jsonl');
    const first = join(dir, 'first.jsonl');
    const wire = join(dir, 'wire.jsonl');
    const empty = join(dir, 'empty.jsonl');
    const distinct = writeItems(file, n);
    const head = Math.round(n / 10);
    writeFileSync(first, readFileSync(file, 'utf8').split('\n').slice(0, head).join('\n') + '\n');
    const wireDistinct = writeItems(wire, n, 3, WIRE_DAY);
    writeFileSync(empty, '');
    const script = join(dir, 'baseline.mjs');
    writeFileSync(script, BASELINE);

    const cli = 'npx vigia extract';
    const base = `node '${script}'`;
    const cliStart = timed(cli, empty);
    const cliRun = timed(cli, file);
    const cliFirst = timed(cli, first);
    const cliWire = timed(cli, wire);
    const baseStart = timed(base, empty);
    const baseRun = timed(base, file);
    const baseFirst = timed(base, first);
    const baseWire = timed(base, wire);
    const rate = (run: Run, start: Run, key: keyof Run, items = n) => Math.round(items / Math.max(1e-6, run[key] - start[key]));

    // Where the CLI's time goes, in process: the normalizer alone, then normalizer + incident matching.
    const items = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, string>);
    let c = process.cpuUsage();
    for (const it of items) normalize({ title: it.title!, summary: it.summary, published: it.published, feed: it.feed });
    let u = process.cpuUsage(c);
    const normalizeRate = Math.round(n / ((u.user + u.system) / 1e6));
    const extractor = new Extractor(null);
    c = process.cpuUsage();
    for (const it of items) extractor.item(it);
    u = process.cpuUsage(c);
    const pipelineRate = Math.round(n / ((u.user + u.system) / 1e6));
    // The matcher's share: the same items' reports, made beforehand, into an empty index.
    const matcher = new Extractor(null);
    const reads = items.map((it) => matcher.read(it));
    c = process.cpuUsage();
    for (const read of reads) matcher.match(read);
    u = process.cpuUsage(c);
    const matchingRate = Math.round(n / ((u.user + u.system) / 1e6));

    const cliCpu = rate(cliRun, cliStart, 'cpu');
    const baseCpu = rate(baseRun, baseStart, 'cpu');
    // Past the first tenth: the one-time costs of a fresh process (regexes compiled, code optimised) left out, as in
    // a worker that runs for weeks.
    const cliSteady = rate(cliRun, cliFirst, 'cpu', n - head);
    const baseSteady = rate(baseRun, baseFirst, 'cpu', n - head);
    const cliWireCpu = rate(cliWire, cliStart, 'cpu');
    const baseWireCpu = rate(baseWire, baseStart, 'cpu');
    console.log(`\n## extraction (${n} items: the ${distinct} labelled items repeated, one every 3 minutes; one core)`);
    console.table([
      { what: 'npx vigia extract (CLI, start-up excluded)', 'items/s (CPU)': cliCpu, 'items/s (wall)': rate(cliRun, cliStart, 'wall'), 'vs baseline': (cliCpu / baseCpu).toFixed(3) },
      { what: 'baseline: readline + JSON.parse + JSON.stringify', 'items/s (CPU)': baseCpu, 'items/s (wall)': rate(baseRun, baseStart, 'wall'), 'vs baseline': '1' },
      { what: `CLI after the first ${head} items (steady state)`, 'items/s (CPU)': cliSteady, 'items/s (wall)': rate(cliRun, cliFirst, 'wall', n - head), 'vs baseline': (cliSteady / baseSteady).toFixed(3) },
      { what: `baseline after the first ${head} items`, 'items/s (CPU)': baseSteady, 'items/s (wall)': rate(baseRun, baseFirst, 'wall', n - head), 'vs baseline': '1' },
      { what: `CLI on a general-news day (the ${wireDistinct} wire-day items repeated)`, 'items/s (CPU)': cliWireCpu, 'items/s (wall)': rate(cliWire, cliStart, 'wall'), 'vs baseline': (cliWireCpu / baseWireCpu).toFixed(3) },
      { what: 'baseline on the general-news day', 'items/s (CPU)': baseWireCpu, 'items/s (wall)': rate(baseWire, baseStart, 'wall'), 'vs baseline': '1' },
      { what: 'in process: normalize() alone', 'items/s (CPU)': normalizeRate, 'items/s (wall)': '-', 'vs baseline': (normalizeRate / baseCpu).toFixed(3) },
      { what: 'in process: normalize() + incident matching (Extractor)', 'items/s (CPU)': pipelineRate, 'items/s (wall)': '-', 'vs baseline': (pipelineRate / baseCpu).toFixed(3) },
      { what: 'in process: incident matching alone (reports made beforehand)', 'items/s (CPU)': matchingRate, 'items/s (wall)': '-', 'vs baseline': (matchingRate / baseCpu).toFixed(3) },
    ]);
    console.log('targets: >= 20000 items/s and >= 1/4 of the baseline through the CLI');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
