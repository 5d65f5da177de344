import { parse } from 'csv-parse/sync';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as csv } from '../../app/api/export.csv/route';
import { GET as geojson } from '../../app/api/export.geojson/route';
import { EXPORT_COLUMNS } from '../../lib/export/acled';
import { getStore } from '../../lib/store';
import { freshRedis } from '../helpers/redis';
import { report } from '../helpers/reports';

// The export routes as Next calls them, against the real Redis: 3 hand-made incidents and 3,000 generated ones.
let redis: Redis;
const BULK = 3_000;
const get = (path: string) => new Request(`http://localhost${path}`);

/** The body as the chunks the stream delivered. */
async function chunks(res: Response): Promise<string[]> {
  const out: string[] = [];
  const decoder = new TextDecoder();
  const reader = res.body!.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) out.push(decoder.decode(r.value, { stream: true }));
  return out;
}

const rows = async (path: string) => parse((await chunks(await csv(get(path)))).join(''), { columns: true }) as Record<string, string>[];

beforeAll(async () => {
  redis = await freshRedis();
  const store = await getStore();
  const old = new Date(Date.now() - 30 * 86400e3).toISOString();
  await store.writer.ingest('x-1', report({
    type: 'repression', outlet: 'Diario, "El Sur"', scale: 'local', title: 'Juliaca: "17 muertos",\nsegún la Defensoría', killed: 17, injured: 40,
    admin1: 'Puno', admin1Code: 'PE-PUN', admin2: 'San Román', admin3: 'Juliaca', place: 'Juliaca', lat: -15.5, lon: -70.13, precision: 1,
    actors: ['Policía Nacional', 'Ejército'], date: old.slice(0, 10), ingested: old, published: old,
  }));
  await store.writer.ingest('x-2', report({ type: 'strike', title: 'Paro regional en Cusco', admin1: 'Cusco', admin1Code: 'PE-CUS' }));
  await store.writer.ingest('x-3', report({ type: 'roadblock', country: 'BO', admin1: 'La Paz', admin1Code: 'BO-L', title: 'Bloqueo en El Alto', lat: null, lon: null }));
  // Towns at least 30 km apart, so that nothing merges, over 100 days, so that each day has few candidates.
  const t0 = Date.now() - 3600e3;
  const batch: Promise<unknown>[] = [];
  for (let k = 0; k < BULK; k++) {
    const at = new Date(t0 + k).toISOString();
    batch.push(store.writer.ingest(`bulk-${k}`, report({ type: 'demonstration', title: `Marcha ${k}`, admin3: `T${k}`, place: `T${k}`, precision: 1, lat: -5 - (k % 100) * 0.3, lon: -70 - Math.floor(k / 100) * 0.3, admin1: 'Lima', admin1Code: 'PE-LIM', ingested: at, date: new Date(t0 - (k % 100) * 86400e3).toISOString().slice(0, 10) })));
    if (batch.length === 100) await Promise.all(batch.splice(0));
  }
  await Promise.all(batch);
});

afterAll(async () => {
  await (await getStore()).close();
  await redis.quit();
});

describe('GET /api/export.csv', () => {
  it("has ACLED's column names then Vigía's, and escapes commas, quotes and newlines", async () => {
    const res = await csv(get('/api/export.csv?type=repression'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = (await chunks(res)).join('');
    expect(text.split('\n')[0]).toBe(EXPORT_COLUMNS.join(','));
    const [row, ...more] = parse(text, { columns: true }) as Record<string, string>[];
    expect(more).toHaveLength(0);
    expect(row).toMatchObject({
      notes: 'Juliaca: "17 muertos",\nsegún la Defensoría',
      source: 'Diario, "El Sur"',
      source_scale: 'Subnational',
      disorder_type: 'Political violence; Demonstrations',
      event_type: 'Protests',
      sub_event_type: 'Excessive force against protesters',
      actor1: 'Police Forces of Peru',
      assoc_actor_1: 'Policía Nacional; Ejército',
      country: 'Peru',
      admin1: 'Puno',
      location: 'Juliaca',
      latitude: '-15.5',
      geo_precision: '1',
      fatalities: '17',
      injured: '40',
      detained: '',
      outlets: '1',
      verification: 'single-source',
      vigia_type: 'repression',
      cameo_code: '175',
    });
    expect(Number(row!.timestamp)).toBeGreaterThan(1.6e9);
  });

  it('takes the filters of /api/incidents and refuses paging and bad values', async () => {
    expect((await rows('/api/export.csv?region=PE-CUS')).map((r) => r.notes)).toEqual(['Paro regional en Cusco']);
    expect((await rows('/api/export.csv?country=BO')).map((r) => [r.country, r.fatalities, r.cameo_code])).toEqual([['Bolivia', '0', '144']]);
    expect((await rows('/api/export.csv?q=juliaca')).map((r) => r.vigia_type)).toEqual(['repression']);
    const since = new Date(Date.now() - 7 * 86400e3).toISOString();
    expect((await rows(`/api/export.csv?since=${since}&type=repression,strike`)).map((r) => r.vigia_type)).toEqual(['strike']);
    for (const q of ['limit=10', 'cursor=1:x', 'type=earthquake']) {
      const res = await csv(get(`/api/export.csv?${q}`));
      expect(res.status, q).toBe(400);
      expect(((await res.json()) as { error: string }).error).toContain(q.split('=')[0]);
    }
  });

  it('streams a large export page by page: every incident once, in many chunks', async () => {
    const parts = await chunks(await csv(get('/api/export.csv')));
    const all = parse(parts.join(''), { columns: true }) as Record<string, string>[];
    expect(all).toHaveLength(BULK + 3);
    expect(new Set(all.map((r) => r.event_id_cnty)).size).toBe(BULK + 3);
    expect(parts.length).toBeGreaterThanOrEqual(BULK / 200);
  });
});

describe('GET /api/export.geojson', () => {
  it('is a FeatureCollection of Point features (null geometry without coordinates) with the same properties', async () => {
    const res = await geojson(get('/api/export.geojson'));
    expect(res.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
    const parts = await chunks(res);
    expect(parts.length).toBeGreaterThan(BULK / 200);
    const fc = JSON.parse(parts.join('')) as {
      type: string;
      features: { type: string; id: string; geometry: { type: string; coordinates: number[] } | null; properties: Record<string, unknown> }[];
    };
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(BULK + 3);
    for (const f of fc.features) {
      expect(f.type).toBe('Feature');
      expect(Object.keys(f.properties)).toEqual([...EXPORT_COLUMNS]);
      if (f.geometry) {
        expect(f.geometry.type).toBe('Point');
        expect(f.geometry.coordinates).toEqual([f.properties.longitude, f.properties.latitude]);
      }
    }
    expect(fc.features.filter((f) => f.geometry === null).map((f) => f.properties.location)).toEqual(['La Paz', 'Cusco']);
    const empty = JSON.parse((await chunks(await geojson(get('/api/export.geojson?country=CL')))).join(''));
    expect(empty).toEqual({ type: 'FeatureCollection', features: [] });
  });
});
