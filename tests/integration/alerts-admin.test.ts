// The alert admin API over real HTTP (server.ts's gate and the route handlers) with the real worker alert loop:
// refusals, acknowledging, silences (validation, no delivery while in force, expiry lifts them), the rules view.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Notification } from '../../lib/alerts/types';
import { Store } from '../../lib/store';
import { AlertStore } from '../../lib/store/alerts';
import type { Incident, Report } from '../../lib/types';
import { startAlerts, type AlertsHandle } from '../../worker/alerts';
import { Receiver } from '../helpers/alerts';
import { until } from '../helpers/processes';
import { freshRedis } from '../helpers/redis';
import { report } from '../helpers/reports';
import { startRouteServer } from '../helpers/route-server';

const ADMIN_TOKEN = 'alerts-admin-token-0123';
const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
const WEBHOOK_SECRET = 'webhook-secret-do-not-show';
const BOT_TOKEN = '123456:telegram-token-do-not-show';

let store: Store;
let alerts: AlertStore;
let receiver: Receiver;
let handle: AlertsHandle;
let web: Awaited<ReturnType<typeof startRouteServer>>;

beforeAll(async () => {
  receiver = await new Receiver().start();
  const dir = mkdtempSync(join(tmpdir(), 'vigia-alerts-'));
  const file = join(dir, 'alerts.yml');
  writeFileSync(
    file,
    `delivery: { attempts: 3, backoff: 200ms, timeout: 2s, stalledAfter: 2s }
rules:
  - name: riots
    severity: high
    match: { regions: [PE-AYA, "PE-CUS/La Convención"], types: [riot] }
    groupWait: 200ms
    groupInterval: 300ms
    channels:
      - { type: webhook, url: "${receiver.url}/riots?key=abc", secret: "${WEBHOOK_SECRET}", headers: { X-Team: ayacucho } }
      - { type: telegram, token: "${BOT_TOKEN}", chatId: "-100", apiUrl: "${receiver.url}" }
      - { type: slack, url: "${receiver.url}/services/T000/B000/slack-secret-path" }
`,
  );
  Object.assign(process.env, { VIGIA_ADMIN_TOKEN: ADMIN_TOKEN, VIGIA_ALERTS: file });
  const redis = await freshRedis();
  store = new Store(redis);
  alerts = new AlertStore(redis.duplicate());
  web = await startRouteServer();
  handle = await startAlerts({ redisUrl: process.env.REDIS_URL!, log: pino({ level: 'silent' }), smtp: { url: undefined, from: 'x' } });
});

afterAll(async () => {
  await handle?.close();
  await web?.close();
  await receiver?.close();
  await alerts?.redis.quit();
  await store?.close();
});

const call = (method: string, path: string, headers: Record<string, string> = {}, body?: unknown) =>
  fetch(`${web.base}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });

async function ingest(over: Partial<Report>): Promise<Incident> {
  const r = report({ type: 'riot', admin1: 'Ayacucho', admin1Code: 'PE-AYA', ...over });
  const w = await store.writer.ingest(`admin-${r.id}`, r);
  if (w.kind !== 'written') throw new Error('not written');
  return w.incident;
}

const delivered = () => receiver.on('/riots?key=abc').flatMap((r) => (JSON.parse(r.body) as Notification).alerts.map((a) => a.incident.id));
const inFuture = (ms: number) => new Date(Date.now() + ms).toISOString();

describe('alert admin API', () => {
  it.each([
    ['POST', '/api/alerts/riots%7Cx/ack', { by: 'x' }],
    ['POST', '/api/silences', { matchers: { rule: 'riots' }, expiresAt: '2999-01-01T00:00:00Z' }],
    ['DELETE', '/api/silences/abc', undefined],
  ])('%s %s: 401 without a credential, 403 with a wrong one', async (method, path, body) => {
    const none = await call(method, path, {}, body);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer realm="vigia"');
    expect((await call(method, path, { authorization: `Bearer ${ADMIN_TOKEN}-wrong` }, body)).status).toBe(403);
    expect((await call(method, path, { cookie: 'vigia_admin=forged.cookie' }, body)).status).toBe(403);
    expect(await alerts.listSilences()).toEqual([]);
  });

  it('validates a silence with zod: the error names the field; expiry is required and in the future', async () => {
    const bad = async (body: unknown) => {
      const res = await call('POST', '/api/silences', admin, body);
      expect(res.status).toBe(400);
      return ((await res.json()) as { field: string }).field;
    };
    expect(await bad({ matchers: { rule: 'riots' } })).toBe('expiresAt');
    expect(await bad({ matchers: { rule: 'riots' }, expiresAt: 'tomorrow' })).toBe('expiresAt');
    expect(await bad({ matchers: { rule: 'riots' }, expiresAt: new Date(Date.now() - 1000).toISOString() })).toBe('expiresAt');
    expect(await bad({ matchers: {}, expiresAt: inFuture(60_000) })).toBe('matchers');
    expect(await bad({ matchers: { region: 'Ayacucho' }, expiresAt: inFuture(60_000) })).toBe('matchers.region');
    expect(await bad({ matchers: { colour: 'red' }, expiresAt: inFuture(60_000) })).toBe('matchers');
    expect(await bad({ matchers: { type: 'party' }, expiresAt: inFuture(60_000) })).toBe('matchers.type');
    expect((await call('POST', '/api/silences', admin, 'not json at all')).status).toBe(400);

    const made = await call('POST', '/api/silences', admin, { matchers: { incident: 'inc_x' }, expiresAt: inFuture(60_000), comment: 'c' });
    expect(made.status).toBe(201);
    const { id } = (await made.json()) as { id: string };
    expect(((await (await call('GET', '/api/silences')).json()) as { silences: { id: string }[] }).silences.map((s) => s.id)).toEqual([id]);
    expect((await call('DELETE', `/api/silences/${id}`, admin)).status).toBe(204);
    expect((await call('DELETE', `/api/silences/${id}`, admin)).status).toBe(404);
    expect(await alerts.listSilences()).toEqual([]);
  });

  it('a silenced incident produces no delivery; when the silence expires the next one is delivered and can be acknowledged', async () => {
    const res = await call('POST', '/api/silences', admin, { matchers: { rule: 'riots', region: 'PE-AYA' }, expiresAt: inFuture(1_500), comment: 'known' });
    expect(res.status).toBe(201);
    const silence = (await res.json()) as { id: string };
    const quiet = await ingest({ title: 'Saqueos en Huamanga' });
    const log = await until('the silence logged', async () => {
      const l = await alerts.getLog(`riots|${quiet.id}`);
      return l.length ? l : undefined;
    });
    expect(log[0]).toMatchObject({ status: 'silenced', error: expect.stringContaining(silence.id) });
    expect(delivered()).toEqual([]);

    await until('the silence expired', async () => ((await (await call('GET', '/api/silences')).json()) as { silences: unknown[] }).silences.length === 0);
    const loud = await ingest({ title: 'Disturbios en Huanta', place: 'Huanta' });
    await until('delivered after expiry', () => delivered().includes(loud.id));
    expect(delivered()).not.toContain(quiet.id);

    const alertId = `riots|${loud.id}`;
    const path = `/api/alerts/${encodeURIComponent(alertId)}/ack`;
    expect((await call('POST', path, admin, { by: 'monitor-2' })).status).toBe(200);
    expect((await call('POST', '/api/alerts/riots%7Cnope/ack', admin, {})).status).toBe(404);
    const listed = (await (await call('GET', '/api/alerts')).json()) as { alerts: { alert: { id: string }; ack: { by: string } | null }[] };
    expect(listed.alerts.find((a) => a.alert.id === alertId)?.ack).toMatchObject({ by: 'monitor-2' });
  });

  it('GET /api/alert-rules shows the rules from the file with secrets hidden', async () => {
    const res = await call('GET', '/api/alert-rules');
    expect(res.status).toBe(200);
    const text = await res.text();
    for (const secret of [WEBHOOK_SECRET, BOT_TOKEN, 'slack-secret-path', 'key=abc', 'ayacucho']) expect(text).not.toContain(secret);
    const { rules } = JSON.parse(text) as { rules: { name: string; match: { regions: string[] }; groupWait: number; channels: Record<string, unknown>[] }[] };
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({ name: 'riots', severity: 'high', groupWait: 200, match: { regions: ['PE-AYA', 'PE-CUS/La Convención'], types: ['riot'] } });
    expect(rules[0]!.channels).toEqual([
      { type: 'webhook', url: `${receiver.url}/riots?•••`, signed: true, headers: { 'X-Team': '•••' } },
      { type: 'telegram', chatId: '-100', apiUrl: receiver.url, token: '•••' },
      { type: 'slack', url: `${receiver.url}/•••` },
    ]);
  });
});
