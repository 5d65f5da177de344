import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startPrivateRedis, type PrivateRedis } from '../../lib/runtime/redis-server';
import { startApp, type RunningApp } from '../helpers/app';
import { launchChromium } from '../helpers/browser';

// The wall screen left alone through a Redis restart and through a network loss: it says it is stale meanwhile and
// catches up by itself, without a reload.
const dir = mkdtempSync(join(tmpdir(), 'vigia-outage-'));
let redis: PrivateRedis;
let app: RunningApp;
let browser: Browser;
let page: Page;

const rowKeys = () => page.locator('[data-testid="incident"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-incident-id')));
const newRowsArrive = async (before: Set<string | null>) =>
  expect
    .poll(async () => (await rowKeys()).some((k) => !before.has(k)), { timeout: 40_000, interval: 300 })
    .toBe(true);

beforeAll(async () => {
  redis = await startPrivateRedis({ dataDir: dir });
  app = await startApp(['--demo', '--speed', '20', '--no-build'], { REDIS_URL: redis.url, NODE_ENV: 'production' });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(`${app.url}/wall`, { waitUntil: 'domcontentloaded' });
  await page.locator('[data-testid="connection-state"][data-state="live"]').waitFor({ timeout: 30_000 });
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

it('recovers from a Redis restart', async () => {
  await redis.stop();
  await page.locator('[data-testid="wall-stale"]').waitFor({ timeout: 30_000 });
  const whileDown = new Set(await rowKeys());
  redis = await startPrivateRedis({ dataDir: dir, port: redis.port });
  await page.locator('[data-testid="wall-stale"]').waitFor({ state: 'detached', timeout: 60_000 });
  await newRowsArrive(whileDown);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
});

it('recovers from a network loss', async () => {
  await page.context().setOffline(true);
  await page.locator('[data-testid="wall-stale"]').waitFor({ timeout: 30_000 });
  const whileDown = new Set(await rowKeys());
  await new Promise((r) => setTimeout(r, 5_000)); // entries keep arriving on the server meanwhile
  await page.context().setOffline(false);
  await page.locator('[data-testid="wall-stale"]').waitFor({ state: 'detached', timeout: 60_000 });
  await newRowsArrive(whileDown);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
});
