import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../helpers/app';
import { launchChromium } from '../helpers/browser';

// `npm start` on a machine where no configured source answers: the demo wire takes over, said plainly on the page.
let app: RunningApp;
let browser: Browser;
let started = 0;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigia-sources-'));
  const file = join(dir, 'sources.yml');
  writeFileSync(
    file,
    'sources:\n  - { id: unreachable, name: Unreachable Daily, url: "http://127.0.0.1:9/feed.xml", language: es, country: PE, scale: national, interval: 60, private: true }\n',
  );
  started = Date.now();
  app = await startApp([], { VIGIA_SOURCES: file });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  expect(await app?.stop()).toBe(0);
});

it('falls back to the demo wire, labelled, and shows incidents within 30 s of start', async () => {
  expect(app.output()).toMatch(/none of the configured sources can be reached/);
  const page = await browser.newPage();
  await page.goto(app.url, { waitUntil: 'domcontentloaded' });
  await expect(page.getByText(/Ninguna fuente configurada/).first().isVisible()).resolves.toBe(true);
  await page.locator('[data-testid="incident"]').first().waitFor({ timeout: Math.max(1_000, 30_000 - (Date.now() - started)) });
  expect(Date.now() - started).toBeLessThan(30_000);
});
