import type { Redis } from 'ioredis';
import { io as connectClient } from 'socket.io-client';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_STREAM_LIST } from '../../lib/incidents';
import { Store } from '../../lib/store';
import { keys } from '../../lib/store/keys';
import { applyRetention } from '../../lib/store/retention';
import type { IncidentMessage } from '../../lib/types';
import { startRealtime } from '../helpers/realtime';
import { freshRedis } from '../helpers/redis';
import { report } from '../helpers/reports';

let redis: Redis;
let store: Store;

beforeEach(async () => {
  redis = await freshRedis();
  store = new Store(redis, { timezone: 'America/Lima' });
});
afterAll(async () => {
  await store?.close();
});

const juliaca = { type: 'repression' as const, admin2: 'San Román', admin3: 'Juliaca', place: 'Juliaca', precision: 1 as const };

describe('incidents through the store', () => {
  it('two outlets and a revised toll reach a live client as one incident: created, then updated 12 -> 17', async () => {
    const rt = await startRealtime(store, redis);
    const client = connectClient(rt.base, { transports: ['websocket'] });
    const got: IncidentMessage[] = [];
    client.on('incident', (m: IncidentMessage) => got.push(m));
    try {
      await new Promise((r) => client.once('live', r));
      const t0 = Date.now();
      const [ta, tb] = [new Date(t0).toISOString(), new Date(t0 + 60_000).toISOString()];
      const a = report({ ...juliaca, outlet: 'La República', killed: 12, published: ta, ingested: ta, title: 'Enfrentamientos en Juliaca dejan 12 muertos' });
      const b = report({ ...juliaca, outlet: 'Andean Monitor', lang: 'en', killed: 17, published: tb, ingested: tb, title: 'Death toll in Juliaca clashes rises to 17' });
      const first = await store.writer.ingest('it-a', a);
      const second = await store.writer.ingest('it-b', b);
      expect(first).toMatchObject({ kind: 'written', change: 'created' });
      expect(second).toMatchObject({ kind: 'written', change: 'updated' });
      for (let k = 0; k < 50 && got.length < 2; k++) await new Promise((r) => setTimeout(r, 100));

      expect(got.map((m) => m.change)).toEqual(['created', 'updated']);
      const live = got[1]!.incident;
      expect(live.id).toBe(got[0]!.incident.id);
      expect(live).toMatchObject({ killed: 17, revision: 2, verification: 'corroborated', outlets: ['La República', 'Andean Monitor'] });
      expect(live.tollHistory!.map((t) => [t.killed, t.outlets])).toEqual([[12, 1], [17, 2]]);
      expect(live.claims.map((c) => c.killed)).toEqual([12, 17]);

      const stats = await store.getStats('24h');
      expect(stats.byType.repression).toBe(1);
      expect(stats.totals).toMatchObject({ incidents: 1, killed: 17 });
    } finally {
      client.close();
      await rt.close();
    }
  });

  it('an indefinite strike stays one running incident beyond ±1 day until it ends', async () => {
    const puno = { type: 'strike' as const, admin2: 'Puno', admin3: 'Puno', place: 'Puno', precision: 1 as const };
    const day = (n: number) => `2023-03-${String(n).padStart(2, '0')}`;
    const start = await store.writer.ingest('run-1', report({ ...puno, date: day(1), title: 'Puno inicia paro indefinido' }));
    if (start.kind !== 'written') throw new Error('not written');
    expect(await redis.zscore(keys.running('PE-PUN'), start.incident.id)).toBe(String(Date.parse(`${day(1)}T00:00:00Z`)));

    const day5 = await store.writer.ingest('run-5', report({ ...puno, date: day(5), outlet: 'B', title: 'Quinto día del paro indefinido en Puno' }));
    expect(day5).toMatchObject({ kind: 'written', change: 'updated', incident: { id: start.incident.id, date: day(1), lastDate: day(5), running: true } });

    const ended = await store.writer.ingest('run-6', report({ ...puno, date: day(6), status: 'ended', outlet: 'C', title: 'Levantan el paro indefinido en Puno' }));
    expect(ended).toMatchObject({ change: 'updated', incident: { id: start.incident.id, status: 'ended' } });
    expect(await redis.zcard(keys.running('PE-PUN'))).toBe(0);
    const again = await store.writer.ingest('run-10', report({ ...puno, date: day(10), title: 'Puno retoma el paro indefinido' }));
    expect(again).toMatchObject({ change: 'created' });
  });

  it('a writer reads a candidate again only when the store has another version of it (another writer, retention)', async () => {
    const other = new Store(redis.duplicate(), { timezone: 'America/Lima' });
    const at = (m: number) => new Date(Date.UTC(2023, 0, 9, 15, m)).toISOString();
    const r = (n: number, outlet: string) => report({ ...juliaca, outlet, ingested: at(n), title: `Enfrentamientos en Juliaca (${n})` });
    const first = await store.writer.ingest('c-1', r(1, 'A'));
    await redis.config('RESETSTAT');
    await store.writer.ingest('c-2', r(2, 'B'));
    const mgets = () => redis.info('commandstats').then((s) => Number(/cmdstat_mget:calls=(\d+)/.exec(s)?.[1] ?? 0));
    expect(await mgets()).toBe(0); // the incident it wrote, kept
    // Another writer adds a report: this one reads the new version, and the incident has all three.
    await other.writer.ingest('c-3', r(3, 'C'));
    const w = await store.writer.ingest('c-4', r(4, 'D'));
    expect(await mgets()).toBe(2); // the other writer's first read of it, and this one's read of the new version
    expect(w).toMatchObject({ kind: 'written', change: 'updated' });
    if (w.kind !== 'written' || first.kind !== 'written') throw new Error('not written');
    expect(w.incident.id).toBe(first.incident.id);
    expect(w.incident.reportIds).toHaveLength(4);
    expect(w.incident.revision).toBe(4);
    // Retention removes it: the next report opens a new incident rather than reviving the kept one.
    expect((await applyRetention(redis, { incidentMaxAgeMs: 0, streamMaxAgeMs: 365 * 86_400_000 })).incidents).toBe(1);
    const after = await store.writer.ingest('c-5', r(5, 'E'));
    expect(after).toMatchObject({ kind: 'written', change: 'created' });
    await other.close();
  });

  it('a stream entry repeats the latest claims and report ids only; the stored incident keeps them all', async () => {
    const N = MAX_STREAM_LIST + 10;
    for (let k = 0; k < N; k++) {
      await store.writer.ingest(`big-${k}`, report({ ...juliaca, outlet: `Outlet ${k % 5}`, title: 'Enfrentamientos en Juliaca', injured: k }));
    }
    const messages = await store.readAfter('0-0', N + 1);
    const last = messages.at(-1)!.incident;
    expect(messages).toHaveLength(N);
    expect(last).toMatchObject({ revision: N, reportCount: N });
    expect(last.claims).toHaveLength(MAX_STREAM_LIST);
    const stored = await store.getIncident(last.id);
    expect(stored!.incident.claims).toHaveLength(N);
    expect(stored!.reports).toHaveLength(N);
  });
});
