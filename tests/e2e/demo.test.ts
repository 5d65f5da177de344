import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../helpers/app';
import { launchChromium } from '../helpers/browser';
import { EVENT_TYPES } from '../../lib/types';

// The real demo command (private Redis, demo wire, worker, web) seen through a real Chromium.
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp(['--demo', '--speed', '4']);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  const code = await app?.stop();
  expect(code).toBe(0);
});

it('shows demo incidents arriving live and counters moving, labelled as demo', async () => {
  const page = await browser.newPage();
  await page.goto(app.url, { waitUntil: 'domcontentloaded' });
  await page.locator('[data-testid="connection-state"][data-state="live"]').waitFor({ timeout: 30_000 });
  await expect(page.getByText(/demostración/i).first().isVisible()).resolves.toBe(true);

  const rows = page.locator('[data-testid="incident"]');
  const counterTotal = async () => {
    let sum = 0;
    for (const t of EVENT_TYPES) sum += Number((await page.locator(`[data-testid="counter-${t}-value"]`).first().textContent())?.replace(/\D/g, '') || 0);
    return sum;
  };
  for (const t of EVENT_TYPES) await expect(page.locator(`[data-testid="counter-${t}"]`).count()).resolves.toBeGreaterThan(0);
  await expect(page.locator('[data-testid="region-chart"]').count()).resolves.toBe(1);

  const firstRows = await rows.count();
  const firstTotal = await counterTotal();
  // New items reach the page without a reload.
  await page.waitForFunction(
    ([n, sel]) => document.querySelectorAll(sel as string).length > (n as number),
    [firstRows, '[data-testid="incident"]'],
    { timeout: 60_000 },
  );
  await expect.poll(counterTotal, { timeout: 60_000, interval: 500 }).toBeGreaterThan(firstTotal);
  await expect(rows.first().textContent()).resolves.toMatch(/demo/i);
  await page.screenshot({ path: `${process.env.VIGIA_SCREENSHOT_DIR ?? '/tmp'}/vigia-dashboard.png`, fullPage: true });
});
