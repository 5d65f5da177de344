import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { Redis } from 'ioredis';
import pino from 'pino';
import { Server } from 'socket.io';
import { io as connectClient, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as ack } from '../../app/api/alerts/[id]/ack/route';
import { GET as listAlerts } from '../../app/api/alerts/route';
import { validateAlerts } from '../../lib/alerts/rules';
import { attachAlerts } from '../../lib/realtime/alerts';
import type { Notification } from '../../lib/alerts/types';
import { getStore, Store } from '../../lib/store';
import { AlertStore, type AlertMessage } from '../../lib/store/alerts';
import type { Incident, Report } from '../../lib/types';
import { startAlerts, type AlertsHandle } from '../../worker/alerts';
import { Receiver, startSmtp, type Received } from '../helpers/alerts';
import { until } from '../helpers/processes';
import { freshRedis } from '../helpers/redis';
import { report } from '../helpers/reports';

// Stream entries written by the real store -> the alert consumer group -> groups -> queue "deliver" -> real receivers.
let redis: Redis;
let store: Store;
let alerts: AlertStore;
let receiver: Receiver;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let handle: AlertsHandle;
let io: Server;
let ioBase = '';
const sockets: Socket[] = [];
const SECRET = 'a shared secret';
const ADMIN_TOKEN = 'alerts-admin-token-0123';

const notificationOf = (r: Received) => JSON.parse(r.body) as Notification;
const idsIn = (path: string) => receiver.on(path).flatMap((r) => notificationOf(r).alerts.map((a) => a.incident.id));

async function ingest(over: Partial<Report>): Promise<Incident> {
  const r = report(over);
  const w = await store.writer.ingest(`alerts-${r.id}`, r);
  if (w.kind !== 'written') throw new Error('not written');
  return w.incident;
}

beforeAll(async () => {
  process.env.VIGIA_ADMIN_TOKEN = ADMIN_TOKEN;
  redis = await freshRedis();
  store = new Store(redis);
  alerts = new AlertStore(redis.duplicate());
  receiver = await new Receiver().start();
  smtp = await startSmtp();
  const hook = (path: string) => ({ type: 'webhook', url: `${receiver.url}${path}`, secret: SECRET });
  const fast = { groupWait: '300ms', groupInterval: '500ms', repeatInterval: '1h' };
  const file = validateAlerts({
    delivery: { attempts: 5, backoff: '200ms', timeout: '2s', stalledAfter: '2s' },
    rules: [
      {
        name: 'puno-deaths',
        severity: 'critical',
        match: { countries: ['PE'], regions: ['PE-PUN'], types: ['repression', 'clash'], minKilled: 1 },
        ...fast,
        channels: [
          hook('/puno'),
          { type: 'email', to: ['monitor@example.org'] },
          { type: 'telegram', token: 'T0K', chatId: 42, apiUrl: receiver.url },
          { type: 'slack', url: `${receiver.url}/slack` },
          { type: 'discord', url: `${receiver.url}/discord` },
          { type: 'inapp' },
        ],
      },
      { name: 'cusco-roadblocks', match: { regions: ['PE-CUS'], types: ['roadblock'] }, ...fast, channels: [hook('/cusco')] },
      { name: 'arequipa', match: { regions: ['PE-ARE'] }, ...fast, channels: [hook('/flaky'), hook('/steady')] },
      { name: 'riots', match: { regions: ['PE-AYA', 'PE-ICA'], types: ['riot'] }, ...fast, channels: [hook('/riots')] },
      { name: 'junin-deaths', severity: 'critical', match: { regions: ['PE-JUN'], minKilled: 1 }, ...fast, channels: [hook('/junin-deaths')] },
      { name: 'junin-all', severity: 'warning', match: { regions: ['PE-JUN'] }, ...fast, channels: [hook('/junin-all')] },
    ],
  });
  const http = createServer();
  io = new Server(http, { serveClient: false });
  attachAlerts(io, alerts, redis.duplicate(), pino({ level: 'silent' }));
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', () => r()));
  const a = http.address();
  ioBase = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
  handle = await startAlerts({ redisUrl: process.env.REDIS_URL!, log: pino({ level: 'silent' }), file, smtp: { url: smtp.url, from: 'Vigía <vigia@test>' } });
});

async function client(auth: Record<string, string> = {}): Promise<AlertMessage[]> {
  const got: AlertMessage[] = [];
  const socket = connectClient(ioBase, { auth, transports: ['websocket'], reconnection: false });
  socket.on('alert', (m: AlertMessage) => got.push(m));
  sockets.push(socket);
  await new Promise<void>((r) => socket.once('connect', () => r()));
  return got;
}

afterAll(async () => {
  for (const s of sockets) s.close();
  await new Promise<void>((r) => (io ? io.close(() => r()) : r()));
  await handle?.close();
  await receiver?.close();
  await smtp?.close();
  await alerts?.redis.quit();
  await store?.close();
});

describe('alerts on real parts', () => {
  it('a matching incident reaches every channel of its rule after groupWait, signed, with one delivery key', async () => {
    const live = await client();
    const quiet = await ingest({ type: 'roadblock', title: 'Bloqueo pacífico en la vía a Puno', place: 'Ilave', admin3: 'Ilave' });
    const t0 = Date.now();
    const hit = await ingest({ type: 'clash', killed: 2, injured: 9, title: 'Enfrentamiento en Juliaca deja dos muertos', place: 'Juliaca', admin2: 'San Román', admin3: 'Juliaca', precision: 1 });
    await until('the webhook', () => receiver.on('/puno').length === 1);
    const [req] = receiver.on('/puno');
    expect(req!.at - t0).toBeGreaterThanOrEqual(300); // groupWait
    const n = notificationOf(req!);
    expect(n.alerts.map((a) => a.incident.id)).toEqual([hit.id]);
    expect(n.alerts[0]).toMatchObject({ key: `puno-deaths|${hit.id}|1`, change: 'new', incident: { killed: 2, injured: 9 } });
    expect(idsIn('/puno')).not.toContain(quiet.id);
    expect(req!.headers['x-vigia-delivery']).toBe(n.key);
    expect(req!.headers['x-vigia-signature']).toBe(`sha256=${createHmac('sha256', SECRET).update(req!.body).digest('hex')}`);

    await until('email, Telegram, Slack, Discord', () => smtp.mails.length === 1 && receiver.got.length >= 4);
    const mail = smtp.mails[0]!;
    expect(mail).toMatch(/^Subject: =\?UTF-8\?Q\?=5BVig=C3=ADa_critical=5D_puno-deaths/m);
    expect(mail).toContain(`Message-ID: <${n.key}@vigia.alerts>`);
    expect(mail).toContain(`X-Vigia-Delivery: ${n.key}`);
    expect(mail).toMatch(/Content-Type: text\/plain/);
    expect(mail).toMatch(/Content-Type: text\/html/);
    const tg = receiver.on('/botT0K/sendMessage');
    expect(tg).toHaveLength(1);
    expect(JSON.parse(tg[0]!.body)).toMatchObject({ chat_id: '42', parse_mode: 'HTML' });
    expect(JSON.parse(tg[0]!.body).text).toContain('2 muertos, 9 heridos');
    expect(JSON.parse(receiver.on('/slack')[0]!.body).text).toContain('Enfrentamiento en Juliaca deja dos muertos');
    expect(JSON.parse(receiver.on('/discord?wait=true')[0]!.body).content).toContain('Juliaca');
    const inapp = await until('the in-app stream', async () => (await alerts.alertsAfter('0-0', 10)).find((m) => m.notification.key === n.key));
    expect(inapp.notification.alerts[0]!.incident.id).toBe(hit.id);
    // Every web process emits the in-app stream as `alert`; a client that comes later replays from its last id.
    await until('the live alert message', () => live.some((m) => m.notification.key === n.key));
    const late = await client({ alertsSince: '0-0' });
    await until('the replayed alert message', () => late.some((m) => m.id === inapp.id));

    const alertId = n.alerts[0]!.id;
    await until('six channels logged as sent', async () => (await alerts.getLog(alertId)).filter((e) => e.status === 'sent').length === 6);
    // The HTTP API: the alert list with delivery logs, and acknowledging.
    await getStore(); // the routes' store, on the test Redis
    const listed = async () => ((await (await listAlerts(new Request('http://x/api/alerts'))).json()) as { alerts: { alert: { id: string }; ack: unknown; log: unknown[] }[] }).alerts.find((a) => a.alert.id === alertId)!;
    expect(await listed()).toMatchObject({ rule: 'puno-deaths', ack: null });
    expect((await listed()).log.length).toBeGreaterThanOrEqual(7); // queued + six sent
    const post = (id: string) => ack(new Request('http://x', { method: 'POST', headers: { authorization: `Bearer ${ADMIN_TOKEN}` }, body: JSON.stringify({ by: 'monitor-1' }) }), { params: Promise.resolve({ id }) });
    expect((await post(alertId)).status).toBe(200);
    expect((await listed()).ack).toMatchObject({ by: 'monitor-1' });
    expect((await post('no|such')).status).toBe(404);
    expect((await listAlerts(new Request('http://x/api/alerts?limit=0'))).status).toBe(400);
  });

  it('groups incidents of one region in one notification; a toll that rises updates the alert', async () => {
    const places = [
      { place: 'Sicuani', admin2: 'Canchis', admin3: 'Sicuani', title: 'Comuneros bloquean la carretera en Sicuani' },
      { place: 'Espinar', admin2: 'Espinar', admin3: 'Espinar', title: 'Paro en Espinar: bloquean accesos a la mina' },
      { place: 'Quillabamba', admin2: 'La Convención', admin3: 'Santa Ana', title: 'Agricultores cierran el puente de Quillabamba' },
    ];
    const incidents: Incident[] = [];
    for (const p of places) incidents.push(await ingest({ admin1: 'Cusco', admin1Code: 'PE-CUS', type: 'roadblock', precision: 1, ...p }));
    expect(new Set(incidents.map((i) => i.id)).size).toBe(3);
    await until('the grouped notification', () => receiver.on('/cusco').length === 1);
    const first = notificationOf(receiver.on('/cusco')[0]!);
    expect(first.alerts.map((a) => a.incident.id).sort()).toEqual(incidents.map((i) => i.id).sort());

    const target = incidents[0]!;
    const again = { admin1: 'Cusco', admin1Code: 'PE-CUS', type: 'roadblock' as const, precision: 1 as const, ...places[0]! };
    // Another outlet with the same figures (no notification), then one with a toll.
    await ingest({ ...again, outlet: 'Radio B', source: 'b' });
    const updated = await ingest({ ...again, outlet: 'Radio C', source: 'c', injured: 4, ingested: new Date(Date.now() + 1000).toISOString() });
    expect(updated.id).toBe(target.id);
    expect(updated.injured).toBe(4);
    await until('the update', () => receiver.on('/cusco').length === 2);
    const second = notificationOf(receiver.on('/cusco')[1]!);
    expect(second.alerts).toHaveLength(1);
    expect(second.alerts[0]).toMatchObject({ id: first.alerts.find((a) => a.incident.id === target.id)!.id, change: 'updated', incident: { injured: 4, revision: 3 } });
    expect(second.key).not.toBe(first.key);
  });

  it('retries a receiver that answers 500 with the same delivery, and a dead channel does not hold up the other', async () => {
    receiver.answer = (r) => (r.path === '/flaky' && receiver.on('/flaky').length === 1 ? 500 : 200);
    const i = await ingest({ admin1: 'Arequipa', admin1Code: 'PE-ARE', title: 'Paro regional en Arequipa', type: 'strike' });
    await until('the retry', () => receiver.on('/flaky').length === 2);
    const [a, b] = receiver.on('/flaky');
    const [steady] = receiver.on('/steady');
    expect(a!.headers['x-vigia-delivery']).toBe(b!.headers['x-vigia-delivery']);
    expect(a!.body).toBe(b!.body);
    expect(a!.headers['x-vigia-signature']).toBe(b!.headers['x-vigia-signature']);
    expect(steady!.headers['x-vigia-delivery']).toBe(a!.headers['x-vigia-delivery']);
    expect(steady!.at).toBeLessThan(b!.at);
    const log = await until('the log', async () => {
      const l = await alerts.getLog(`arequipa|${i.id}`);
      return l.filter((e) => e.status === 'sent').length === 2 ? l : undefined;
    });
    expect(log).toContainEqual(expect.objectContaining({ status: 'failed', channel: 'webhook#0', attempt: 1, error: expect.stringContaining('HTTP 500') }));
    expect(log).toContainEqual(expect.objectContaining({ status: 'sent', channel: 'webhook#0', attempt: 2 }));
    receiver.answer = () => 200;
  });

  it('a silence drops matching alerts, and only those, until it expires', async () => {
    await alerts.addSilence({ matchers: { rule: 'riots', region: 'PE-AYA' }, expiresAt: new Date(Date.now() + 60_000).toISOString(), comment: 'test' });
    const silenced = await ingest({ admin1: 'Ayacucho', admin1Code: 'PE-AYA', type: 'riot', title: 'Saqueos en Huamanga' });
    const loud = await ingest({ admin1: 'Ica', admin1Code: 'PE-ICA', type: 'riot', title: 'Disturbios en Ica' });
    await until('the other region', () => idsIn('/riots').includes(loud.id));
    const log = await until('the silence logged', async () => {
      const l = await alerts.getLog(`riots|${silenced.id}`);
      return l.length ? l : undefined;
    });
    expect(log[0]).toMatchObject({ status: 'silenced', error: expect.stringContaining('silence') });
    expect(idsIn('/riots')).not.toContain(silenced.id);
    expect(await alerts.listSilences()).toHaveLength(1);
    expect(await alerts.listSilences(Date.now() + 61_000)).toHaveLength(0);
  });

  it('inhibits a milder rule for an incident a more severe rule fired for', async () => {
    const i = await ingest({ admin1: 'Junín', admin1Code: 'PE-JUN', type: 'clash', killed: 1, title: 'Un muerto en enfrentamiento en Pichanaqui' });
    await until('the severe rule', () => idsIn('/junin-deaths').includes(i.id));
    const log = await until('the inhibition', async () => {
      const l = await alerts.getLog(`junin-all|${i.id}`);
      return l.length ? l : undefined;
    });
    expect(log[0]).toMatchObject({ status: 'inhibited', error: expect.stringContaining('junin-deaths') });
    expect(receiver.on('/junin-all')).toHaveLength(0);
  });
});
