import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../helpers/app';
import { launchChromium } from '../helpers/browser';
import { FeedServer } from '../helpers/feed-server';

// A feed whose items carry script, event handlers and javascript: links: the dashboard shows them as plain text,
// runs none of it, and hydrates under its Content-Security-Policy without a single violation.
let app: RunningApp;
let browser: Browser;
let feeds: FeedServer;

beforeAll(async () => {
  feeds = await new FeedServer().start();
  feeds.feeds.set('/hostile.xml', []);
  feeds.publish('/hostile.xml', {
    guid: 'h1',
    title: 'Bloqueo en Juliaca <script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">',
    summary: '<a href="javascript:window.__pwned=3">mira</a> Pobladores bloquean la vía <iframe src="javascript:1"></iframe>',
  });
  const dir = mkdtempSync(join(tmpdir(), 'vigia-hostile-'));
  const file = join(dir, 'sources.yml');
  writeFileSync(file, `sources:\n  - { id: hostile, name: Hostile Daily, url: "${feeds.url}/hostile.xml", language: es, country: PE, scale: local, interval: 2, private: true }\n`);
  app = await startApp([], { VIGIA_SOURCES: file });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await feeds?.close();
});

it('shows hostile feed text as text, runs none of it, and hydrates with no CSP violation', async () => {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const csp = (await fetch(app.url)).headers.get('content-security-policy') ?? '';
  expect(csp).toMatch(/script-src[^;]*'nonce-/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  await page.goto(app.url, { waitUntil: 'domcontentloaded' });
  await page.locator('[data-testid="connection-state"][data-state="live"]').waitFor({ timeout: 30_000 });
  const row = page.locator('[data-testid="incident"]', { hasText: 'Bloqueo en Juliaca' }).first();
  await row.waitFor({ timeout: 30_000 });
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('script:not([src])', { hasText: '__pwned' }).count()).toBe(0);
  expect(await page.locator('img[onerror], iframe, a[href^="javascript:"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
});
