import type { Browser, Page } from 'playwright-core';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { startApp, type RunningApp } from '../helpers/app';
import { launchChromium } from '../helpers/browser';

// The dashboard on a fast demo wire, in a real Chromium: map, charts, filters, detail page, language, live rows.
// The build comes from scripts/test.ts (npm test builds first); --no-build keeps this file from rebuilding.
let app: RunningApp;
let browser: Browser;
let page: Page;

const rows = () => page.locator('[data-testid="incident"]');
const attrs = (name: string) => rows().evaluateAll((els, n) => els.map((e) => e.getAttribute(n)), name);

beforeAll(async () => {
  const redis = new Redis(inject('redisUrl'));
  await redis.flushdb();
  redis.disconnect();
  app = await startApp(['--demo', '--speed', '20', '--no-build'], { REDIS_URL: inject('redisUrl'), NODE_ENV: 'production' });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  expect(await app?.stop()).toBe(0);
});

it('shows counters, SVG charts, the map of 25 departments and new incidents arriving without a reload', async () => {
  await page.goto(app.url, { waitUntil: 'domcontentloaded' });
  await page.locator('[data-testid="connection-state"][data-state="live"]').waitFor({ timeout: 30_000 });
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  for (const id of ['region-chart', 'timeline-chart']) {
    await page.locator(`svg[data-testid="${id}"]`).waitFor({ timeout: 10_000 });
  }
  const regions = await page.locator('[data-testid="map"] [data-region]').evaluateAll((els) => els.map((e) => e.getAttribute('data-region')));
  expect(regions).toHaveLength(25);
  expect(regions).toEqual(expect.arrayContaining(['PE-LIM', 'PE-CAL', 'PE-PUN', 'PE-CUS']));
  await expect(page.locator('[data-testid="counter-clash"]').count()).resolves.toBe(1);

  await rows().first().waitFor({ timeout: 30_000 });
  // The wire repeats its stories, so arrivals are new incidents or new revisions of shown ones.
  const seen = async () => rows().evaluateAll((els) => els.map((e) => `${e.getAttribute('data-incident-id')}@${e.getAttribute('data-revision')}`));
  const before = new Set(await seen());
  await expect.poll(async () => (await seen()).some((key) => !before.has(key)), { timeout: 30_000, interval: 300 }).toBe(true);
  await expect(page.locator('.incident.is-highlighted').count()).resolves.toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
});

it('filters the list by type, by region (select and map) and by text, on the server, with the filters in the URL', async () => {
  await page.selectOption('[data-testid="filter-type"]', 'roadblock');
  await expect.poll(() => page.url()).toContain('type=roadblock');
  await expect.poll(async () => {
    const types = await attrs('data-type');
    return types.length > 0 && types.every((t) => t === 'roadblock');
  }, { timeout: 15_000 }).toBe(true);
  // The counters follow the filter: only the roadblock counter may be above zero.
  await expect.poll(async () => {
    const values = await page.locator('[data-testid^="counter-"][data-testid$="-value"]').allTextContents();
    return values.filter((v) => v !== '0').length;
  }, { timeout: 10_000 }).toBeLessThanOrEqual(1);

  await page.selectOption('[data-testid="filter-type"]', '');
  await page.selectOption('[data-testid="filter-region"]', 'PE-PUN');
  await expect.poll(() => page.url()).toContain('region=PE-PUN');
  await expect.poll(async () => {
    const r = await attrs('data-incident-region');
    return r.length > 0 && r.every((code) => code === 'PE-PUN');
  }, { timeout: 15_000 }).toBe(true);

  // Clicking a department filters the page too.
  await page.locator('[data-testid="map"] [data-region="PE-CUS"]').click();
  await expect(page.locator('[data-testid="filter-region"]').inputValue()).resolves.toBe('PE-CUS');
  await expect.poll(async () => (await attrs('data-incident-region')).every((code) => code === 'PE-CUS'), { timeout: 15_000 }).toBe(true);

  await page.selectOption('[data-testid="filter-region"]', '');
  await page.fill('[data-testid="filter-q"]', 'Juliaca');
  await expect.poll(() => page.url()).toContain('q=Juliaca');
  await expect.poll(async () => {
    const texts = await rows().allTextContents();
    return texts.length > 0 && texts.every((t) => /juliaca/i.test(t));
  }, { timeout: 15_000 }).toBe(true);

  // A reload keeps the view: the filters live in the URL and the server renders them.
  await page.reload({ waitUntil: 'domcontentloaded' });
  await expect(page.locator('[data-testid="filter-q"]').inputValue()).resolves.toBe('Juliaca');
  const texts = await rows().allTextContents();
  expect(texts.every((t) => /juliaca/i.test(t))).toBe(true);
  await page.locator('[data-testid="filter-clear"]').click();
  await expect.poll(() => page.url()).not.toContain('q=');
});

it('opens the detail page with every report and outlet, the figures over time, the cues and the place on the map', async () => {
  await page.goto(`${app.url}/?country=PE`, { waitUntil: 'domcontentloaded' });
  // An incident placed in a department (a nationwide strike has region "PE-?" and no department on the map).
  const first = page.locator('[data-testid="incident"][data-incident-region^="PE-"]:not([data-incident-region="PE-?"])').first();
  const id = await first.getAttribute('data-incident-id');
  // Rows arrive live at the top: from here on, the row of that id, not whichever row is first by then.
  const row = page.locator(`[data-testid="incident"][data-incident-id="${id}"]`).first();
  const region = await row.getAttribute('data-incident-region');
  await row.locator('[data-testid="incident-link"]').click();
  await page.waitForURL(`**/incidents/${id}`);
  const detail = page.locator('[data-testid="incident-detail"]');
  await expect(detail.getAttribute('data-incident-id')).resolves.toBe(id);
  // The demo wire keeps publishing: a report may join the incident between the page's render and the API's answer, so
  // a render is compared with the answer that follows it, rendering again (a few times at most) when they differ.
  const api = async () => (await (await fetch(`${app.url}/api/incidents/${id}`)).json()) as { incident: { sources: unknown[]; claims: unknown[]; cues: string[] } };
  const reports = page.locator('[data-testid="detail-report"]');
  let body = await api();
  for (let k = 0; k < 5 && (await reports.count()) !== body.incident.sources.length; k++) {
    await page.reload({ waitUntil: 'domcontentloaded' });
    body = await api();
  }
  await expect(reports.count()).resolves.toBe(body.incident.sources.length);
  await expect(page.locator('[data-testid="detail-report"] a[href^="http"]').count()).resolves.toBeGreaterThan(0);
  // One row per report that gives a figure; a line saying that none does otherwise.
  await expect(page.locator('[data-testid="detail-claims"] tbody tr').count()).resolves.toBe(body.incident.claims.length);
  await expect(page.locator('[data-testid="detail-no-claims"]').count()).resolves.toBe(body.incident.claims.length ? 0 : 1);
  await expect(page.locator('[data-testid="detail-cues"] li').count()).resolves.toBe(body.incident.cues.length);
  await expect(page.locator(`[data-testid="map"] [data-region="${region}"]`).getAttribute('class')).resolves.toContain('is-selected');
  expect((await (await fetch(`${app.url}/incidents/nope`)).status)).toBe(404);
});

it('lays the detail page out in two columns on a wide screen: the facts, figures and cues on the left, not stretched to the reports beside them', async () => {
  // An incident that several reports have joined (the demo wire corroborates its stories within seconds).
  const busiest = async () => {
    const { incidents } = (await (await fetch(`${app.url}/api/incidents?limit=100`)).json()) as { incidents: { id: string; reportCount: number }[] };
    return incidents.reduce((a, b) => (b.reportCount > a.reportCount ? b : a));
  };
  await expect.poll(async () => (await busiest()).reportCount, { timeout: 30_000, interval: 500 }).toBeGreaterThanOrEqual(3);
  await page.goto(`${app.url}/incidents/${(await busiest()).id}`, { waitUntil: 'domcontentloaded' });
  const box = async (selector: string) => (await page.locator(selector).boundingBox())!;
  const [head, reports, claims] = [await box('.detail-head'), await box('.detail-reports'), await box('.detail-claims')];
  expect(reports.x).toBeGreaterThanOrEqual(head.x + head.width);
  expect(claims.x).toBe(head.x);
  expect(claims.y).toBeLessThan(reports.y + reports.height);
  // The head panel ends where its content does (plus its padding).
  const slack = await page.locator('.detail-head').evaluate((el) => el.getBoundingClientRect().bottom - el.lastElementChild!.getBoundingClientRect().bottom);
  expect(slack).toBeLessThan(40);
  await page.screenshot({ path: `${process.env.VIGIA_SCREENSHOT_DIR ?? '/tmp'}/vigia-detail.png`, fullPage: true });
});

it('switches to English and back, and remembers the choice across a reload', async () => {
  await page.goto(app.url, { waitUntil: 'domcontentloaded' });
  await page.locator('[data-testid="connection-state"][data-state="live"]').waitFor({ timeout: 30_000 });
  await expect(page.locator('#incidents').textContent()).resolves.toMatch(/Últimos incidentes/);
  await page.locator('[data-testid="lang-switch"]').click();
  await expect.poll(() => page.locator('#incidents').textContent()).toMatch(/Latest incidents/);
  await expect(page.locator('[data-testid="counter-clash"]').textContent()).resolves.toMatch(/Clash/);
  await page.reload({ waitUntil: 'domcontentloaded' });
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
  await expect(page.locator('#incidents').textContent()).resolves.toMatch(/Latest incidents/);
  await page.screenshot({ path: `${process.env.VIGIA_SCREENSHOT_DIR ?? '/tmp'}/vigia-dashboard-en.png` });
  await page.locator('[data-testid="lang-switch"]').click();
  await expect.poll(() => page.locator('#incidents').textContent()).toMatch(/Últimos incidentes/);
});
