// The alert rule registry over real HTTP with a real worker alert loop: admin refusals, validation, create → delivered,
// edit (hidden secret kept) → delivered where the edit says, delete → no longer delivered; the alerts file seeding the
// registry against admin edits; and a socket with `auth.incidents: false` that gets alerts but no incidents.
import { createHmac } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import pino from 'pino';
import { Server } from 'socket.io';
import { io as connectClient, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RuleListEntry } from '../../lib/admin/alerts';
import type { Notification, RuleDoc } from '../../lib/alerts/types';
import { attachAlerts } from '../../lib/realtime/alerts';
import { attachRealtime } from '../../lib/realtime/server';
import { Store } from '../../lib/store';
import { seedAlertRules } from '../../lib/store/alert-rules';
import { AlertStore } from '../../lib/store/alerts';
import { keys } from '../../lib/store/keys';
import type { Incident, Report } from '../../lib/types';
import { startAlerts, type AlertsHandle } from '../../worker/alerts';
import { Receiver } from '../helpers/alerts';
import { until } from '../helpers/processes';
import { freshRedis } from '../helpers/redis';
import { report } from '../helpers/reports';
import { startRouteServer } from '../helpers/route-server';

const ADMIN_TOKEN = 'alert-rules-admin-token-0123';
const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
const SECRET = 'rule-secret-never-shown';
const fast = { groupWait: '100ms', groupInterval: '200ms' };

let redis: Redis;
let store: Store;
let receiver: Receiver;
let handle: AlertsHandle;
let web: Awaited<ReturnType<typeof startRouteServer>>;
let io: Server;
let ioBase = '';
const sockets: Socket[] = [];
/** The worker's log lines: "alert rules reloaded" tells when a change has reached the evaluator. */
const logged: { msg: string; rules?: string[] }[] = [];

beforeAll(async () => {
  receiver = await new Receiver().start();
  const file = join(mkdtempSync(join(tmpdir(), 'vigia-rules-')), 'alerts.yml');
  writeFileSync(file, `rules:\n  - { name: from-file, match: { regions: [PE-ICA] }, groupWait: 100ms, channels: [{ type: webhook, url: "${receiver.url}/file" }] }\n`);
  Object.assign(process.env, { VIGIA_ADMIN_TOKEN: ADMIN_TOKEN, VIGIA_ALERTS: file });
  redis = await freshRedis();
  store = new Store(redis);
  web = await startRouteServer();
  const http = createServer();
  io = new Server(http, { serveClient: false });
  const silent = pino({ level: 'silent' });
  attachRealtime(io, store, redis.duplicate(), silent);
  attachAlerts(io, new AlertStore(redis), redis.duplicate(), silent);
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', () => r()));
  const a = http.address();
  ioBase = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
  const log = pino({ level: 'info' }, { write: (line: string) => void logged.push(JSON.parse(line) as (typeof logged)[number]) });
  handle = await startAlerts({ redisUrl: process.env.REDIS_URL!, log, smtp: { url: undefined, from: 'x' } });
});

afterAll(async () => {
  for (const s of sockets) s.close();
  await new Promise<void>((r) => (io ? io.close(() => r()) : r()));
  await handle?.close();
  await web?.close();
  await receiver?.close();
  await store?.close();
});

const call = (method: string, path: string, headers: Record<string, string> = {}, body?: unknown) =>
  fetch(`${web.base}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });

async function listed(): Promise<RuleListEntry[]> {
  return ((await (await call('GET', '/api/alert-rules')).json()) as { rules: RuleListEntry[] }).rules;
}

const reloads = () => logged.filter((l) => l.msg === 'alert rules reloaded');

/** Makes a change through the API and waits until the worker evaluates with the rules it leaves. */
async function changed(method: string, path: string, body: unknown, status: number): Promise<string[]> {
  const before = reloads().length;
  expect((await call(method, path, admin, body)).status).toBe(status);
  await until(`${method} ${path} reached the worker`, () => reloads().length > before);
  return reloads().at(-1)!.rules!;
}

async function ingest(over: Partial<Report>): Promise<Incident> {
  const r = report({ type: 'clash', ...over });
  const w = await store.writer.ingest(`rules-${r.id}`, r);
  if (w.kind !== 'written') throw new Error('not written');
  return w.incident;
}

const delivered = (path: string) => receiver.on(path).flatMap((r) => (JSON.parse(r.body) as Notification).alerts.map((a) => a.incident.id));

/** Ingests `incident`, then a probe only the file rule matches: once the probe is delivered, `incident` was evaluated. */
async function evaluatedWith(incident: Partial<Report>): Promise<Incident> {
  const inc = await ingest(incident);
  const probe = await ingest({ admin1: 'Ica', admin1Code: 'PE-ICA', title: `Sonda ${inc.id}` });
  await until('the probe delivered', () => delivered('/file').includes(probe.id));
  return inc;
}

describe('alert rules admin API', () => {
  it.each([
    ['POST', '/api/alert-rules', { name: 'x', channels: [{ type: 'inapp' }] }],
    ['PUT', '/api/alert-rules/from-file', { channels: [{ type: 'inapp' }] }],
    ['DELETE', '/api/alert-rules/from-file', undefined],
  ])('%s %s: 401 without a credential, 403 with a wrong one', async (method, path, body) => {
    expect((await call(method, path, {}, body)).status).toBe(401);
    expect((await call(method, path, { authorization: `Bearer ${ADMIN_TOKEN}-wrong` }, body)).status).toBe(403);
    expect((await listed()).map((r) => [r.name, r.origin])).toEqual([['from-file', 'file']]);
  });

  it('validates with the rules schema: the error names the rule and the field; names are unique', async () => {
    const bad = async (body: unknown, status = 400) => {
      const res = await call('POST', '/api/alert-rules', admin, body);
      expect(res.status).toBe(status);
      return (await res.json()) as { error: string; field: string };
    };
    const types = await bad({ name: 'picnics', match: { types: ['picnic'] }, channels: [{ type: 'inapp' }] });
    expect(types).toMatchObject({ field: 'match.types.0', error: expect.stringContaining('rule "picnics", field "match.types.0"') });
    expect((await bad({ name: 'no-channels' })).field).toBe('channels');
    expect((await bad({ name: 'where', match: { regions: ['999999'] }, channels: [{ type: 'inapp' }] })).field).toBe('match.regions');
    expect((await bad({ name: 'hidden', channels: [{ type: 'telegram', token: '•••', chatId: 1 }] })).field).toBe('channels.0');
    expect((await bad({ name: 'from-file', channels: [{ type: 'inapp' }] }, 409)).field).toBe('name');
    expect((await call('PUT', '/api/alert-rules/nope', admin, { channels: [{ type: 'inapp' }] })).status).toBe(404);
    expect((await call('PUT', '/api/alert-rules/from-file', admin, { name: 'renamed', channels: [{ type: 'inapp' }] })).status).toBe(400);
    expect((await listed()).map((r) => r.name)).toEqual(['from-file']);
  });

  it('create → listed (secret hidden) and delivered by the worker; edit (secret kept) → delivered where it says; delete → not delivered', async () => {
    const rule = { name: 'puno-clashes', match: { regions: ['PE-PUN'], types: ['clash'] }, ...fast, channels: [{ type: 'webhook', url: `${receiver.url}/admin`, secret: SECRET }] };
    expect(await changed('POST', '/api/alert-rules', rule, 201)).toEqual(['from-file', 'puno-clashes']);
    const text = await (await call('GET', '/api/alert-rules')).text();
    expect(text).not.toContain(SECRET);
    const entry = (JSON.parse(text) as { rules: RuleListEntry[] }).rules.find((r) => r.name === 'puno-clashes')!;
    expect(entry).toMatchObject({ origin: 'admin', enabled: true, channels: [{ type: 'webhook', signed: true }] });
    const puno = await ingest({ title: 'Enfrentamiento en Juliaca' });
    await until('delivered by the new rule', () => delivered('/admin').includes(puno.id));
    const first = receiver.on('/admin')[0]!;
    expect(first.headers['x-vigia-signature']).toBe(`sha256=${createHmac('sha256', SECRET).update(first.body).digest('hex')}`);

    // The admin edits the document as shown (secret hidden) and moves the rule to Cusco.
    const edited = { ...entry.doc, match: { regions: ['PE-CUS'], types: ['clash'] } } as RuleDoc;
    await changed('PUT', '/api/alert-rules/puno-clashes', edited, 200);
    const stillPuno = await evaluatedWith({ title: 'Otro enfrentamiento en Puno' });
    const cusco = await ingest({ admin1: 'Cusco', admin1Code: 'PE-CUS', title: 'Enfrentamiento en Espinar' });
    await until('delivered in Cusco', () => delivered('/admin').includes(cusco.id));
    expect(delivered('/admin')).not.toContain(stillPuno.id);
    expect(await redis.hexists(keys.alertFiring(stillPuno.id), 'puno-clashes')).toBe(0);
    const last = receiver.on('/admin').at(-1)!;
    expect(last.headers['x-vigia-signature']).toBe(`sha256=${createHmac('sha256', SECRET).update(last.body).digest('hex')}`);

    expect(await changed('DELETE', '/api/alert-rules/puno-clashes', undefined, 204)).toEqual(['from-file']);
    expect((await call('DELETE', '/api/alert-rules/puno-clashes', admin)).status).toBe(404);
    const after = await evaluatedWith({ admin1: 'Cusco', admin1Code: 'PE-CUS', title: 'Enfrentamiento en Sicuani' });
    expect(delivered('/admin')).not.toContain(after.id);
    expect(await redis.hexists(keys.alertFiring(after.id), 'puno-clashes')).toBe(0);
  });

  it('the file seeds the registry: file rules follow the file until an admin edits them; an admin removal is remembered', async () => {
    const doc = (name: string, region: string): RuleDoc => ({ name, match: { regions: [region] }, channels: [{ type: 'inapp' }] });
    const origins = async () => Object.fromEntries((await listed()).map((r) => [r.name, [r.origin, (r.doc.match as { regions: string[] }).regions[0]]]));

    expect(await seedAlertRules(redis, [doc('from-file', 'PE-ICA'), doc('a', 'PE-PUN'), doc('b', 'PE-PUN')])).toEqual({ added: ['a', 'b'], updated: ['from-file'], removed: [] });
    expect((await call('PUT', '/api/alert-rules/a', admin, { ...doc('a', 'PE-LIM') })).status).toBe(200);
    expect((await call('DELETE', '/api/alert-rules/b', admin)).status).toBe(204);

    // The file changes a and b and drops from-file: the admin's edit and removal win, the file's own rule goes.
    expect(await seedAlertRules(redis, [doc('a', 'PE-CUS'), doc('b', 'PE-CUS')])).toEqual({ added: [], updated: [], removed: ['from-file'] });
    expect(await origins()).toEqual({ a: ['admin', 'PE-LIM'] });

    // Adding a removed rule again through the API brings it back (as the admin's).
    expect((await call('POST', '/api/alert-rules', admin, doc('b', 'PE-ARE'))).status).toBe(201);
    expect(await seedAlertRules(redis, [doc('a', 'PE-CUS'), doc('b', 'PE-CUS')])).toEqual({ added: [], updated: [], removed: [] });
    expect(await origins()).toEqual({ a: ['admin', 'PE-LIM'], b: ['admin', 'PE-ARE'] });
  });
});

describe('Socket.IO auth.incidents: false', () => {
  it('gets `alert` messages but no `incident` or `incidents`', async () => {
    const rule = { name: 'lima-inapp', match: { regions: ['PE-LIM'] }, ...fast, channels: [{ type: 'inapp' }] };
    expect(await changed('POST', '/api/alert-rules', rule, 201)).toContain('lima-inapp');

    const connect = async (auth: Record<string, unknown>) => {
      const got: { event: string; args: unknown[] }[] = [];
      const socket = connectClient(ioBase, { auth, transports: ['websocket'], reconnection: false });
      socket.onAny((event: string, ...args: unknown[]) => got.push({ event, args }));
      sockets.push(socket);
      await new Promise<void>((r) => socket.once('connect', () => r()));
      return got;
    };
    const alertsOnly = await connect({ incidents: false });
    const everything = await connect({ batch: true });
    const lima = await ingest({ admin1: 'Lima', admin1Code: 'PE-LIM', title: 'Enfrentamiento en el Centro de Lima' });
    const gotAlert = (got: { event: string; args: unknown[] }[]) =>
      got.some((m) => m.event === 'alert' && (m.args[0] as { notification: Notification }).notification.alerts.some((a) => a.incident.id === lima.id));
    await until('the alert on both sockets', () => gotAlert(alertsOnly) && gotAlert(everything));
    expect(everything.some((m) => m.event === 'incidents')).toBe(true);
    expect(alertsOnly.filter((m) => m.event === 'incident' || m.event === 'incidents' || m.event === 'live')).toEqual([]);
  });
});
