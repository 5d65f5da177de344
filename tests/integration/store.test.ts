import type { Redis } from 'ioredis';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../lib/store';
import { keys } from '../../lib/store/keys';
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

describe('store: one atomic write per report', () => {
  it('writes report, incident, indexes, counters and one stream entry', async () => {
    const r = report({ place: 'Juliaca', admin2: 'San Román', admin3: 'Juliaca', precision: 1 });
    const res = await store.writer.ingest('item-1', r);
    expect(res.kind).toBe('written');
    if (res.kind !== 'written') return;
    expect(res.change).toBe('created');
    expect(await redis.exists(keys.report(r.id), keys.incident(res.incident.id))).toBe(2);
    expect(await redis.xlen(keys.events)).toBe(1);
    const [msg] = await store.readAfter('0-0', 10);
    expect(msg).toMatchObject({ id: res.streamId, change: 'created', incident: { id: res.incident.id, type: 'roadblock' } });
    const stats = await store.getStats('24h');
    expect(stats.byType.roadblock).toBe(1);
    expect(stats.byRegion[0]).toMatchObject({ code: 'PE-PUN', total: 1 });
    const day = Object.values(await redis.hgetall(keys.dayCounts(new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Lima' }).format(new Date()))));
    expect(day).toEqual(['1']);
  });

  it('never writes the same item twice', async () => {
    const r = report();
    expect((await store.writer.ingest('item-dup', r)).kind).toBe('written');
    expect((await store.writer.ingest('item-dup', r)).kind).toBe('duplicate');
    expect(await redis.xlen(keys.events)).toBe(1);
  });

  it('merges a second outlet into the incident and emits an update', async () => {
    const a = report({ title: 'Enfrentamientos en el aeropuerto de Juliaca dejan 12 muertos', type: 'clash', killed: 12, place: 'Juliaca', admin2: 'San Román', admin3: 'Juliaca', precision: 1, outlet: 'Outlet A', source: 'a' });
    const b = report({ title: 'Clashes at Juliaca airport leave 12 dead', lang: 'en', type: 'clash', killed: 12, place: 'Juliaca', admin2: 'San Román', admin3: 'Juliaca', precision: 1, outlet: 'Outlet B', source: 'b' });
    const ra = await store.writer.ingest('item-a', a);
    const rb = await store.writer.ingest('item-b', b);
    expect(ra.kind === 'written' && rb.kind === 'written').toBe(true);
    if (ra.kind !== 'written' || rb.kind !== 'written') return;
    expect(rb.change).toBe('updated');
    expect(rb.incident.id).toBe(ra.incident.id);
    expect(rb.incident.verification).toBe('corroborated');
    expect((await store.getStats('24h')).byType.clash).toBe(1);
    const page = await store.queryIncidents({});
    expect(page.incidents).toHaveLength(1);
    expect(page.incidents[0]!.outlets.sort()).toEqual(['Outlet A', 'Outlet B']);
  });

  it('keeps one incident when two writers race on it (revision check)', async () => {
    const other = new Store(redis.duplicate(), { timezone: 'America/Lima' });
    const base = { type: 'clash' as const, place: 'Juliaca', admin2: 'San Román', admin3: 'Juliaca', precision: 1 as const, killed: 3 };
    await store.writer.ingest('race-0', report({ ...base, title: 'Enfrentamientos en Juliaca dejan tres muertos', outlet: 'O0' }));
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, k) =>
        (k % 2 ? other : store).writer.ingest(`race-${k + 1}`, report({ ...base, title: 'Enfrentamientos en Juliaca dejan tres muertos', outlet: `O${k + 1}` })),
      ),
    );
    expect(results.every((r) => r.kind === 'written' && r.change === 'updated')).toBe(true);
    const page = await store.queryIncidents({});
    expect(page.incidents).toHaveLength(1);
    expect(page.incidents[0]!.outlets).toHaveLength(7);
    expect(page.incidents[0]!.revision).toBe(7);
    await other.close();
  });
});

describe('store: queries', () => {
  it('pages newest first with a cursor and filters by type, region and text', async () => {
    const regions = ['PE-PUN', 'PE-CUS', 'PE-AYA'];
    for (let k = 0; k < 30; k++) {
      const t = new Date(Date.now() - (30 - k) * 60_000).toISOString();
      await store.writer.ingest(
        `q-${k}`,
        report({
          title: `Evento número ${k} ${k % 2 ? 'marcha' : 'paro'} ${'x'.repeat(k)}`,
          type: k % 2 ? 'demonstration' : 'strike',
          admin1Code: regions[k % 3]!,
          admin1: ['Puno', 'Cusco', 'Ayacucho'][k % 3]!,
          ingested: t,
          date: t.slice(0, 10),
          place: `Lugar${k}`,
          admin3: `Lugar${k}`,
          precision: 1,
        }),
      );
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const p = await store.queryIncidents({ limit: 7, cursor });
      seen.push(...p.incidents.map((i) => i.title));
      cursor = p.nextCursor ?? undefined;
      pages++;
    } while (cursor && pages < 10);
    expect(seen).toHaveLength(30);
    expect(new Set(seen).size).toBe(30);
    expect(seen[0]).toMatch(/número 29/);

    const strikesInPuno = await store.queryIncidents({ type: ['strike'], region: ['PE-PUN'], limit: 200 });
    expect(strikesInPuno.incidents.length).toBe(5);
    expect(strikesInPuno.incidents.every((i) => i.type === 'strike' && i.admin1Code === 'PE-PUN')).toBe(true);
    const text = await store.queryIncidents({ q: 'NUMERO 12 paro' });
    expect(text.incidents.map((i) => i.title)).toEqual([expect.stringMatching(/número 12 paro/)]);
  });
});
