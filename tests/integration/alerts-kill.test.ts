import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Notification } from '../../lib/alerts/types';
import { Store } from '../../lib/store';
import { keys } from '../../lib/store/keys';
import { Receiver } from '../helpers/alerts';
import { spawnVigia, until, type Child } from '../helpers/processes';
import { freshRedis } from '../helpers/redis';
import { report } from '../helpers/reports';

// kill -9 the worker while a delivery is in flight: another worker redelivers it with the same key, and nothing is lost.
let redis: Redis;
let store: Store;
let receiver: Receiver;
const workers: Child[] = [];
const REGIONS = [
  ['PE-PUN', 'Puno'],
  ['PE-CUS', 'Cusco'],
  ['PE-ARE', 'Arequipa'],
  ['PE-AYA', 'Ayacucho'],
  ['PE-ICA', 'Ica'],
  ['PE-JUN', 'Junín'],
  ['PE-LIM', 'Lima'],
  ['PE-TAC', 'Tacna'],
] as const;

beforeAll(async () => {
  redis = await freshRedis();
  store = new Store(redis);
  receiver = await new Receiver().start();
});

afterAll(async () => {
  for (const w of workers) w.process.kill('SIGKILL');
  await receiver?.close();
  await store?.close();
});

it('redelivers what a killed worker was sending, under the same key, and drops nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigia-alerts-kill-'));
  writeFileSync(join(dir, 'sources.yml'), 'sources: []\n');
  writeFileSync(
    join(dir, 'alerts.yml'),
    [
      'delivery: { attempts: 5, backoff: 200ms, timeout: 30s, stalledAfter: 2s }',
      'rules:',
      '  - name: everything',
      '    groupWait: 300ms',
      `    channels: [{ type: webhook, url: "${receiver.url}/hook", secret: s }]`,
    ].join('\n'),
  );
  const env = { REDIS_URL: process.env.REDIS_URL!, VIGIA_SOURCES: join(dir, 'sources.yml'), VIGIA_ALERTS: join(dir, 'alerts.yml') };
  const first = spawnVigia('worker', env);
  workers.push(first);
  await until('the consumer group', async () => ((await redis.xinfo('GROUPS', keys.events)) as unknown[]).length > 0, 30_000);

  // The first request is never answered: the worker is killed while it waits.
  receiver.answer = (r) => {
    if (receiver.got.length > 1) return 200;
    first.process.kill('SIGKILL');
    return 'hang';
  };
  const ids: string[] = [];
  for (const [code, name] of REGIONS) {
    const w = await store.writer.ingest(`kill-${code}`, report({ admin1Code: code, admin1: name, title: `Paro regional en ${name}` }));
    if (w.kind === 'written') ids.push(w.incident.id);
    await new Promise((r) => setTimeout(r, 60));
  }
  await first.exited;
  const atKill = new Set(receiver.got.flatMap((r) => (JSON.parse(r.body) as Notification).alerts.map((a) => a.incident.id)));
  expect(atKill.size).toBeLessThan(ids.length); // the kill left work to take over

  workers.push(spawnVigia('worker', env));
  const delivered = () => new Set(receiver.got.slice(1).flatMap((r) => (JSON.parse(r.body) as Notification).alerts.map((a) => a.incident.id)));
  await until('every incident delivered', () => ids.every((id) => delivered().has(id)), 45_000);

  // At least once: the delivery in flight at the kill came again, with the same key and body.
  const hung = receiver.got[0]!;
  const again = receiver.got.slice(1).filter((r) => r.headers['x-vigia-delivery'] === hung.headers['x-vigia-delivery']);
  expect(again.length).toBeGreaterThanOrEqual(1);
  expect(again[0]!.body).toBe(hung.body);
  // Never two different keys for one rule, incident and revision.
  const keysByAlert = new Map<string, Set<string>>();
  for (const r of receiver.got) {
    for (const a of (JSON.parse(r.body) as Notification).alerts) {
      const set = keysByAlert.get(a.key) ?? new Set();
      set.add(String(r.headers['x-vigia-delivery']));
      keysByAlert.set(a.key, set);
    }
  }
  expect(keysByAlert.size).toBe(ids.length);
  for (const set of keysByAlert.values()) expect(set.size).toBe(1);
});
