import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../helpers/app';
import { launchChromium } from '../helpers/browser';

// The real demo (wire, worker with an alerts file, web) through Chromium: an alert fires from the demo's repression
// and clash items, shows as a toast on the dashboard, is listed on /alerts and acknowledged by an admin.
const ADMIN_TOKEN = 'e2e-admin-token-0123456789';
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigia-e2e-alerts-'));
  const file = join(dir, 'alerts.yml');
  writeFileSync(
    file,
    `rules:
  - name: violence
    severity: critical
    match: { types: [repression, clash] }
    groupWait: 1s
    groupInterval: 2s
    channels:
      - { type: inapp }
`,
  );
  app = await startApp(['--demo', '--speed', '8'], { VIGIA_ALERTS: file, VIGIA_ADMIN_TOKEN: ADMIN_TOKEN });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  expect(await app?.stop()).toBe(0);
});

it('an alert shows as a toast on the dashboard, is listed on /alerts, and an admin signs in, acknowledges it and signs out', async () => {
  const page = await browser.newPage();
  await page.goto(app.url, { waitUntil: 'domcontentloaded' });
  await page.locator('[data-testid="connection-state"][data-state="live"]').waitFor({ timeout: 30_000 });
  const toast = page.locator('[data-testid="alert-toasts"] [role="alert"]').first();
  await toast.waitFor({ timeout: 40_000 });
  await expect(toast.textContent()).resolves.toMatch(/Alerta: violence/);
  // Toasts leave the header's controls usable (they used to cover the language switch).
  await page.locator('[data-testid="lang-switch"]').click({ timeout: 5_000 });
  await expect.poll(() => page.locator('#incidents').textContent()).toMatch(/Latest incidents/);
  await page.screenshot({ path: `${process.env.VIGIA_SCREENSHOT_DIR ?? '/tmp'}/vigia-dashboard-toast.png` });
  await page.locator('[data-testid="lang-switch"]').click({ timeout: 5_000 });

  const alerts = await browser.newPage();
  await alerts.goto(`${app.url}/alerts`, { waitUntil: 'domcontentloaded' });
  const row = alerts.locator('[data-alert^="violence|"]').first();
  await row.waitFor({ timeout: 10_000 });
  await expect(row.textContent()).resolves.toMatch(/Represión|Enfrentamiento/);
  await expect(alerts.getByRole('heading', { name: 'Reglas', exact: true }).count()).resolves.toBe(1);

  // Not logged in: no acknowledge button, the login form instead.
  await expect(row.getByRole('button', { name: 'Reconocer' }).count()).resolves.toBe(0);
  // A wrong credential is refused in the form, with the API's reason.
  await alerts.locator('input[name="credential"]').fill('not-the-token');
  await alerts.getByRole('button', { name: 'Entrar' }).click();
  await alerts.locator('form p').waitFor({ timeout: 10_000 });
  await expect(alerts.getByRole('button', { name: 'Salir' }).count()).resolves.toBe(0);
  await alerts.locator('input[name="credential"]').fill(ADMIN_TOKEN);
  await alerts.getByRole('button', { name: 'Entrar' }).click();
  await alerts.getByRole('button', { name: 'Salir' }).waitFor({ timeout: 10_000 });
  const id = await row.getAttribute('data-alert');
  const mine = alerts.locator(`[data-alert="${id}"]`);
  await mine.locator('input[name="by"]').fill('monitor-e2e');
  await mine.getByRole('button', { name: 'Reconocer' }).click();
  await mine.getByText(/✓ por monitor-e2e/).waitFor({ timeout: 10_000 });

  // Signing out shows the page as a viewer sees it again.
  await alerts.getByRole('button', { name: 'Salir' }).click();
  await alerts.getByRole('button', { name: 'Entrar' }).waitFor({ timeout: 10_000 });
});

it('an admin sees the sources page in its language: the add form labelled in Spanish, the actions inside their cells', async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`${app.url}/sources`, { waitUntil: 'domcontentloaded' });
  await page.locator('input[name="credential"]').fill(ADMIN_TOKEN);
  await page.getByRole('button', { name: 'Entrar' }).click();
  const form = page.locator('[data-testid="add-source"]');
  await form.waitFor({ timeout: 10_000 });
  // Each field's label is its first text: the inputs and the select follow it.
  const labels = await form.locator('label').evaluateAll((els) => els.map((e) => e.firstChild?.textContent?.trim()));
  expect(labels).toEqual(expect.arrayContaining(['Id', 'Nombre', 'URL del feed', 'Idioma', 'País', 'Alcance', 'Intervalo (s)']));
  // Each source's buttons sit in a table cell (a cell laid out as a flex box lost its row's border).
  const cell = page.getByRole('button', { name: 'Pausar' }).first().locator('xpath=ancestor::td[1]');
  await expect(cell.evaluate((td) => getComputedStyle(td).display)).resolves.toBe('table-cell');
  const signOut = (await page.getByRole('button', { name: 'Salir' }).boundingBox())!;
  expect(signOut.width).toBeLessThan(200);
  await page.close();
});

it('renders /alerts and /sources without a hydration error in a browser whose zone is not the server\'s, times in the configured zone', async () => {
  // Both pages show times once an alert has been sent and the sources polled.
  await expect
    .poll(async () => ((await (await fetch(`${app.url}/api/alerts`)).json()) as { alerts: unknown[] }).alerts.length, { timeout: 40_000, interval: 500 })
    .toBeGreaterThan(0);
  const context = await browser.newContext({ timezoneId: 'Asia/Tokyo' });
  try {
    for (const path of ['/sources', '/alerts']) {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${app.url}${path}`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(500);
      expect(errors).toEqual([]);
      // The times say their zone: Lima's (VIGIA_TZ's default), not Tokyo's.
      expect(/\b(PET|GMT-5)\b/.test(await page.locator('body').innerText())).toBe(true);
      await page.close();
    }
  } finally {
    await context.close();
  }
});
