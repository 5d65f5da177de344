// `npx tsx bench/dashboard.ts`: how fast `/` is usable with 10,000 incidents in the store, in headless Chromium, and
// how much JavaScript `/` and `/wall` ship. Needs a production build (npm run build, or VIGIA_NEXT_DIST=<dir>).
// Uses its own private redis-server on a free port and its own web process. Never asserted in tests.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { freePort, startPrivateRedis } from '../lib/runtime/redis-server';
import { Store } from '../lib/store';
import { connect } from '../lib/store/redis';
import { EVENT_TYPES, type Report } from '../lib/types';

const N = Number(process.env.BENCH_INCIDENTS ?? 10_000);
const RUNS = 7;
const ROOT = join(import.meta.dirname, '..');
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

interface Department { iso: string; name: string; lat: number; lon: number }
const departments = (JSON.parse(readFileSync(join(ROOT, 'data', 'gazetteer', 'peru.json'), 'utf8')) as { departments: Department[] }).departments;

/** N distinct incidents over the last 7 days: one report each, in distinct places so none merge. */
async function seed(store: Store): Promise<void> {
  const now = Date.now();
  for (let k = 0; k < N; k++) {
    const dep = departments[k % departments.length]!;
    const at = new Date(now - Math.floor((k / N) * 7 * 86400e3)).toISOString();
    const type = EVENT_TYPES[k % EVENT_TYPES.length]!;
    const report: Report = {
      id: `rep_bd${k}`, source: `s${k % 12}`, outlet: `Medio ${k % 12}`, scale: 'national',
      title: `Incidente de prueba ${k} en ${dep.name}`, summary: '', link: `https://example.org/${k}`, lang: 'es',
      published: at, ingested: at, demo: false, type, status: 'ongoing', country: 'PE', admin1: dep.name,
      admin1Code: dep.iso, admin2: null, admin3: `Distrito ${k}`, place: `Lugar ${k}`, ubigeo: null,
      lat: dep.lat + ((k % 7) - 3) * 0.05, lon: dep.lon + ((k % 5) - 2) * 0.05, precision: 1,
      killed: k % 50 === 0 ? 1 : null, injured: k % 10 === 0 ? 2 : null, detained: null, actors: [],
      date: at.slice(0, 10), confidence: 0.8, cues: ['prueba'],
    };
    await store.writer.ingest(`bd-${k}`, report);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'vigia-bench-dash-'));
const redis = await startPrivateRedis({ dataDir: dir, port: await freePort() });
const port = await freePort();
const web = spawn(process.execPath, [join(ROOT, 'bin', 'vigia.mjs'), 'web'], {
  cwd: ROOT,
  env: { ...process.env, REDIS_URL: redis.url, PORT: String(port), NODE_ENV: 'production', LOG_LEVEL: 'error' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const base = `http://127.0.0.1:${port}`;
try {
  const store = new Store(connect(redis.url, { name: 'bench-dashboard' }));
  let t = performance.now();
  await seed(store);
  const seedS = (performance.now() - t) / 1000;
  await store.close();
  for (let k = 0; k < 240 && !(await fetch(`${base}/api/health`).then((r) => r.ok, () => false)); k++) await new Promise((r) => setTimeout(r, 500));

  // Baseline: the two server reads the page needs, from Node, without a browser.
  const apiMs: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    t = performance.now();
    await Promise.all([fetch(`${base}/api/incidents?limit=50`).then((r) => r.json()), fetch(`${base}/api/stats?window=24h&by=hour`).then((r) => r.json())]);
    apiMs.push(performance.now() - t);
  }

  const browser = await chromium.launch({ executablePath: process.env.VIGIA_CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const rows: Record<string, string | number>[] = [];
  const js: Record<string, string | number>[] = [];
  for (const path of ['/', '/?window=7d', '/wall']) {
    const firstRow: number[] = [];
    const live: number[] = [];
    let scripts = { count: 0, encoded: 0, decoded: 0 };
    for (let k = 0; k < RUNS; k++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${base}${path}`, { waitUntil: 'commit' });
      await page.locator('[data-testid="incident"]').first().waitFor({ timeout: 30_000 });
      firstRow.push(await page.evaluate(() => performance.now()));
      await page.locator('[data-testid="connection-state"][data-state="live"]').waitFor({ timeout: 30_000 });
      live.push(await page.evaluate(() => performance.now()));
      await page.waitForLoadState('load');
      scripts = await page.evaluate(() => {
        const entries = performance.getEntriesByType('resource').filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script') as PerformanceResourceTiming[];
        return { count: entries.length, encoded: entries.reduce((s, e) => s + e.encodedBodySize, 0), decoded: entries.reduce((s, e) => s + e.decodedBodySize, 0) };
      });
      await context.close();
    }
    // The first run pays for cold caches in the server; the median is what a newsroom sees.
    rows.push({ page: path, incidents: N, runs: RUNS, 'first row p50 ms': Math.round(pct(firstRow, 50)), 'first row max ms': Math.round(Math.max(...firstRow)), 'live (hydrated, socket up) p50 ms': Math.round(pct(live, 50)), 'live max ms': Math.round(Math.max(...live)) });
    if (path !== '/?window=7d') js.push({ page: path, scripts: scripts.count, 'KiB transferred (gzip)': Math.round(scripts.encoded / 1024), 'KiB uncompressed': Math.round(scripts.decoded / 1024) });
  }
  await browser.close();
  console.log(`\n## dashboard with ${N} incidents in the store (seeded in ${seedS.toFixed(1)} s), headless Chromium, target: usable within 1500 ms`);
  console.table(rows);
  console.table([{ what: 'baseline: /api/incidents?limit=50 + /api/stats?by=hour from Node', 'p50 ms': Math.round(pct(apiMs, 50)), 'max ms': Math.round(Math.max(...apiMs)) }]);
  console.log('\n## JavaScript shipped (scripts loaded by the page)');
  console.table(js);
} finally {
  web.kill('SIGTERM');
  await new Promise((r) => web.once('exit', r));
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(0);
