// `npx tsx bench/soak-wall.ts [--minutes 3] [--speed 20] [--every 15]`: runs /wall in headless Chromium against a
// fast demo wire and prints the JS heap (after a forced GC), DOM nodes and event listeners over time, then the heap
// growth after warm-up (target: under 10 %). Needs a production build. Uses its own redis-server on a free port.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { freePort, startPrivateRedis } from '../lib/runtime/redis-server';
import { keys } from '../lib/store/keys';
import { connect } from '../lib/store/redis';

const { values } = parseArgs({
  options: { minutes: { type: 'string', default: '3' }, speed: { type: 'string', default: '20' }, every: { type: 'string', default: '15' } },
});
const minutes = Number(values.minutes);
const speed = Number(values.speed);
const everyS = Number(values.every);
if (!(minutes > 0 && speed > 0 && everyS >= 1)) throw new Error('--minutes, --speed and --every take positive numbers');
const warmupS = Math.min(60, (minutes * 60) / 3);
const ROOT = join(import.meta.dirname, '..');

const dir = mkdtempSync(join(tmpdir(), 'vigia-soak-'));
const redis = await startPrivateRedis({ dataDir: join(dir, 'redis'), port: await freePort() });
const port = await freePort();
const app = spawn(process.execPath, [join(ROOT, 'bin', 'vigia.mjs'), 'start', '--demo', '--speed', String(speed), '--port', String(port), '--no-build'], {
  cwd: ROOT,
  env: { ...process.env, REDIS_URL: redis.url, NODE_ENV: 'production', LOG_LEVEL: 'error', VIGIA_DATA_DIR: dir },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const base = `http://127.0.0.1:${port}`;
const data = connect(redis.url, { name: 'soak' });
try {
  for (let k = 0; k < 240 && !(await fetch(`${base}/api/health`).then((r) => r.ok, () => false)); k++) await new Promise((r) => setTimeout(r, 500));
  const browser = await chromium.launch({
    executablePath: process.env.VIGIA_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc'],
  });
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(`${base}/wall?rotate=30`, { waitUntil: 'domcontentloaded' });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const started = Date.now();
  const events0 = await data.xlen(keys.events);
  const samples: { s: number; view: string; heapMB: number; nodes: number; listeners: number; rows: number; state: string }[] = [];
  for (;;) {
    const s = Math.round((Date.now() - started) / 1000);
    await page.evaluate(() => (globalThis as unknown as { gc: () => void }).gc());
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    const rows = await page.locator('[data-testid="incident"]').count();
    const state = (await page.locator('[data-testid="connection-state"]').getAttribute('data-state')) ?? '?';
    const view = (await page.locator('[data-testid="wall"]').getAttribute('data-view')) ?? '?';
    samples.push({ s, view, heapMB: Math.round((m.JSHeapUsedSize! / 1048576) * 100) / 100, nodes: m.Nodes!, listeners: m.JSEventListeners!, rows, state });
    console.log(JSON.stringify(samples.at(-1)));
    if (s >= minutes * 60) break;
    await new Promise((r) => setTimeout(r, everyS * 1000));
  }
  const events = (await data.xlen(keys.events)) - events0;
  await browser.close();
  // The views differ in size (the rotation alternates them), so each view is compared with itself.
  const summary = [...new Set(samples.map((x) => x.view))].map((view) => {
    const same = samples.filter((x) => x.view === view && x.s >= warmupS);
    const first = same[0];
    const last = same.at(-1);
    if (!first || !last) return { view, samples: same.length };
    // A single sample can catch a transient peak: compare the medians of the first and the last three samples.
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const start = median(same.slice(0, 3).map((x) => x.heapMB));
    const end = median(same.slice(-3).map((x) => x.heapMB));
    return {
      view,
      samples: same.length,
      'heap after warm-up MB': start,
      'heap at end MB': end,
      'peak MB': Math.max(...same.map((x) => x.heapMB)),
      'growth after warm-up %': Math.round(((end - start) / start) * 1000) / 10,
      'DOM nodes': `${first.nodes} → ${last.nodes}`,
      listeners: `${first.listeners} → ${last.listeners}`,
      target: '< 10 %',
    };
  });
  console.log(`\n## /wall soak: ${minutes} min, demo wire --speed ${speed}, ${events} stream entries (${(events / (samples.at(-1)!.s || 1)).toFixed(1)}/s), warm-up ${warmupS} s`);
  console.table(samples);
  console.table(summary);
} finally {
  data.disconnect();
  app.kill('SIGTERM');
  await new Promise((r) => app.once('exit', r));
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(0);
