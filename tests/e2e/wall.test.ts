import type { Browser, Page } from 'playwright-core';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { freePort } from '../../lib/runtime/redis-server';
import { startApp, type RunningApp } from '../helpers/app';
import { launchChromium } from '../helpers/browser';

// The wall screen on a fast demo wire: URL filters, live arrival, and unattended recovery when the whole app
// (web, worker, wire) stops and starts again on the same port and Redis.
let app: RunningApp;
let browser: Browser;
let page: Page;
let port: number;
const args = ['--demo', '--speed', '20', '--no-build'];
const env = () => ({ REDIS_URL: inject('redisUrl'), NODE_ENV: 'production' });

const rowKeys = () =>
  page
    .locator('[data-testid="incident"]')
    .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-incident-id')}@${e.getAttribute('data-incident-region')}`));

beforeAll(async () => {
  const redis = new Redis(inject('redisUrl'));
  await redis.flushdb();
  redis.disconnect();
  port = await freePort();
  app = await startApp(args, env(), 120_000, port);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
});

afterAll(async () => {
  await browser?.close();
  expect(await app?.stop()).toBe(0);
});

it('shows large counters, the map, the clock and the latest incidents, filtered by the URL, arriving live', async () => {
  await page.goto(`${app.url}/wall?region=PE-PUN`, { waitUntil: 'domcontentloaded' });
  await page.locator('[data-testid="connection-state"][data-state="live"]').waitFor({ timeout: 30_000 });
  await expect(page.locator('[data-testid="map"] [data-region]').count()).resolves.toBe(25);
  await expect(page.locator('[data-testid="wall-clock"]').textContent()).resolves.toMatch(/^\d{2}:\d{2}:\d{2}$/);
  await expect(page.locator('[data-testid="wall-fresh"]').textContent()).resolves.toMatch(/actualizado hace \d+ s|esperando/);
  await expect(page.locator('[data-testid="wall-stale"]').count()).resolves.toBe(0);
  await page.locator('[data-testid="incident"]').first().waitFor({ timeout: 30_000 });
  const before = new Set(await rowKeys());
  await expect.poll(async () => (await rowKeys()).some((k) => !before.has(k)) || (await page.locator('.wall-incident.is-highlighted').count()) > 0, { timeout: 30_000, interval: 300 }).toBe(true);
  const keys = await rowKeys();
  expect(keys.length).toBeLessThanOrEqual(8);
  expect(keys.every((k) => k.endsWith('@PE-PUN'))).toBe(true);
});

it('counts as fresh once it is live, before the counters answer and with no incident arriving', async () => {
  // A quiet wire: incident frames are dropped on the way to this page, and the counters take 15 s to answer.
  const quiet = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await quiet.routeWebSocket(/socket\.io/, (ws) => {
    const server = ws.connectToServer();
    server.onMessage((m) => {
      if (typeof m === 'string' && m.startsWith('42["incident')) return;
      ws.send(m);
    });
    ws.onMessage((m) => server.send(m));
  });
  await quiet.route('**/api/stats*', async (route) => {
    await new Promise((r) => setTimeout(r, 15_000));
    await route.continue().catch(() => undefined);
  });
  try {
    await quiet.goto(`${app.url}/wall`, { waitUntil: 'domcontentloaded' });
    await quiet.locator('[data-testid="connection-state"][data-state="live"]').waitFor({ timeout: 30_000 });
    await expect
      .poll(() => quiet.locator('[data-testid="wall-fresh"]').textContent(), { timeout: 5_000, interval: 200 })
      .toMatch(/actualizado hace \d+ s/);
  } finally {
    await quiet.close();
  }
});

it('keeps the places outside Peru on the screen: the six with most incidents, then one line for the others', async () => {
  // Fourteen places abroad (the demo wire names a few): each stats answer gets them added, one to fourteen incidents.
  const crowded = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await crowded.route('**/api/stats*', async (route) => {
    const response = await route.fetch();
    const stats = (await response.json()) as { byRegion: { code: string; name: string; country: string | null; total: number; byType: Record<string, number> }[] };
    const places = Array.from({ length: 14 }, (_, k) => ({
      code: `CO-Z${k}`, name: `Lugar de prueba ${k}`, country: 'CO', total: 14 - k,
      byType: { repression: 0, clash: 0, riot: 0, roadblock: 0, strike: 0, demonstration: 14 - k },
    }));
    stats.byRegion = [...places, ...stats.byRegion.filter((r) => r.country === 'PE')];
    await route.fulfill({ response, json: stats });
  });
  try {
    await crowded.goto(`${app.url}/wall`, { waitUntil: 'domcontentloaded' });
    const more = crowded.locator('[data-testid="abroad-more"]');
    await more.waitFor({ timeout: 30_000 });
    const listed = await crowded.locator('[data-testid="abroad"] li[data-region]').evaluateAll((els) => els.map((e) => e.getAttribute('data-region')));
    expect(listed).toEqual(['CO-Z0', 'CO-Z1', 'CO-Z2', 'CO-Z3', 'CO-Z4', 'CO-Z5']);
    // The eight others: 8 + 7 + ... + 1 incidents.
    await expect(more.textContent()).resolves.toBe('y 8 regiones más (36 incidentes)');
    // Nothing with text runs past the bottom of a 1080-pixel screen.
    const below = await crowded.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((e) => e.children.length === 0 && e.textContent!.trim() && e.getBoundingClientRect().bottom > window.innerHeight + 1)
        .map((e) => e.textContent!.trim().slice(0, 40)),
    );
    await crowded.screenshot({ path: `${process.env.VIGIA_SCREENSHOT_DIR ?? '/tmp'}/vigia-wall-abroad.png` });
    expect(below).toEqual([]);
  } finally {
    await crowded.close();
  }
});

it('rotates to the charts: the timeline and the regions side by side, neither over the other', async () => {
  const trend = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  try {
    await trend.goto(`${app.url}/wall?rotate=5`, { waitUntil: 'domcontentloaded' });
    const timeline = trend.locator('.timeline-panel');
    await timeline.waitFor({ timeout: 15_000 });
    const [t, r] = [(await timeline.boundingBox())!, (await trend.locator('.region-panel').boundingBox())!];
    expect(t.x + t.width).toBeLessThanOrEqual(r.x);
    expect(t.width).toBeGreaterThan(800);
    // Region names at a size read from across the room, none cut at the chart's left edge.
    const names = trend.locator('.region-panel .recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value');
    await names.first().waitFor({ timeout: 15_000 });
    await expect(names.first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).resolves.toBeGreaterThanOrEqual(18);
    const left = await names.evaluateAll((els) => Math.min(...els.map((e) => e.getBoundingClientRect().left)));
    expect(left).toBeGreaterThanOrEqual(r.x);
    await trend.screenshot({ path: `${process.env.VIGIA_SCREENSHOT_DIR ?? '/tmp'}/vigia-wall-trend.png` });
  } finally {
    await trend.close();
  }
});

it('shows a stale state while the app is down and catches up from the last id after a restart, without a reload', async () => {
  await page.goto(`${app.url}/wall?rotate=30`, { waitUntil: 'domcontentloaded' });
  await page.locator('[data-testid="connection-state"][data-state="live"]').waitFor({ timeout: 30_000 });
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await page.screenshot({ path: `${process.env.VIGIA_SCREENSHOT_DIR ?? '/tmp'}/vigia-wall.png` });

  expect(await app.stop()).toBe(0);
  await page.locator('[data-testid="wall-stale"]').waitFor({ timeout: 20_000 });
  await expect(page.locator('[data-testid="wall"]').getAttribute('data-stale')).resolves.toBe('true');
  const whileDown = new Set(await rowKeys());

  app = await startApp(args, env(), 120_000, port);
  await page.locator('[data-testid="connection-state"][data-state="live"]').waitFor({ timeout: 30_000 });
  await page.locator('[data-testid="wall-stale"]').waitFor({ state: 'detached', timeout: 30_000 });
  // Items published after the restart reach the screen through the same page: no reload happened.
  await expect.poll(async () => (await rowKeys()).some((k) => !whileDown.has(k)) || (await page.locator('.wall-incident.is-highlighted').count()) > 0, { timeout: 30_000, interval: 300 }).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
});
