import { describe, expect, it } from 'vitest';
import { acceptsIncident, parseViewQuery, viewSearch, windowStart } from '../../../components/query';
import { markersOf, shadeStep } from '../../../components/map/PeruMap';
import { project } from '../../../components/map/projection';
import { DEPARTMENTS, peruMap } from '../../../components/map/shapes';
import { tollRevisions } from '../../../components/format';
import { getDictionary } from '../../../components/i18n';
import { aggregate, bucketStarts, type TimedMeta } from '../../../lib/store/timeline';
import type { MetaEntry } from '../../../lib/store/write';
import type { Incident } from '../../../lib/types';
import { geoMercator } from 'd3-geo';

const meta = (over: Partial<MetaEntry>): MetaEntry => ({
  t: 'clash', s: 'ongoing', c: 'PE', r: 'PE-PUN', rn: 'Puno', k: null, i: null, d: null, demo: false, ...over,
});
const at = (iso: string) => Date.parse(iso);

describe('timeline buckets', () => {
  it('cuts a window into local hours and local days (Lima is UTC-5)', () => {
    const hours = bucketStarts(new Date('2023-01-09T10:30:00Z'), new Date('2023-01-09T13:10:00Z'), 'hour', 'America/Lima');
    expect(hours.map((h) => new Date(h).toISOString())).toEqual([
      '2023-01-09T10:00:00.000Z', '2023-01-09T11:00:00.000Z', '2023-01-09T12:00:00.000Z', '2023-01-09T13:00:00.000Z',
    ]);
    const days = bucketStarts(new Date('2023-01-02T12:00:00Z'), new Date('2023-01-09T12:00:00Z'), 'day', 'America/Lima');
    expect(days).toHaveLength(8);
    expect(new Date(days[0]!).toISOString()).toBe('2023-01-02T05:00:00.000Z');
    expect(new Date(days[7]!).toISOString()).toBe('2023-01-09T05:00:00.000Z');
  });

  it('counts filtered incidents per bucket, type and region, with totals and the previous window', () => {
    const current: TimedMeta[] = [
      { at: at('2023-01-09T10:05:00Z'), meta: meta({ k: 2 }) },
      { at: at('2023-01-09T12:59:59Z'), meta: meta({ t: 'strike', d: 4 }) },
      { at: at('2023-01-09T12:10:00Z'), meta: meta({ r: 'PE-CUS', rn: 'Cusco' }) },
      { at: at('2023-01-09T12:20:00Z'), meta: meta({ c: 'BO', r: 'BO-L', rn: 'La Paz' }) },
    ];
    const previous: TimedMeta[] = [{ at: at('2023-01-09T07:00:00Z'), meta: meta({}) }];
    const opts = { window: '24h' as const, from: new Date('2023-01-09T10:00:00Z'), to: new Date('2023-01-09T13:00:00Z'), by: 'hour' as const, timezone: 'America/Lima', streamId: '1-0' };
    const all = aggregate(current, previous, { ...opts, filter: {} });
    expect(all.totals).toEqual({ incidents: 4, killed: 2, injured: 0, detained: 4 });
    expect(all.timeline!.map((b) => b.total)).toEqual([1, 0, 3, 0]);
    expect(all.timeline![2]!.byType.strike).toBe(1);
    expect(all.byRegion[0]).toMatchObject({ code: 'PE-PUN', total: 2 });
    expect(all.previousByType.clash).toBe(1);

    const puno = aggregate(current, previous, { ...opts, filter: { region: ['PE-PUN'], type: ['clash'] } });
    expect(puno.totals.incidents).toBe(1);
    expect(puno.byRegion.map((r) => r.code)).toEqual(['PE-PUN']);
    const peru = aggregate(current, previous, { ...opts, filter: { country: ['PE'] } });
    expect(peru.totals.incidents).toBe(3);
    expect(aggregate(current, previous, { ...opts, by: 'type', filter: {} }).timeline).toBeNull();
  });
});

describe('view query', () => {
  it('reads filters from the URL, ignores bad values and writes them back without defaults', () => {
    const q = parseViewQuery({ region: 'pe-pun', type: 'clash', window: '7d', status: 'nope', q: ' juliaca ' });
    expect(q).toEqual({ window: '7d', type: 'clash', status: null, country: null, region: 'PE-PUN', q: 'juliaca' });
    expect(viewSearch(q)).toBe('type=clash&region=PE-PUN&window=7d&q=juliaca');
    expect(viewSearch(parseViewQuery({}))).toBe('');
  });

  it('accepts live incidents by the same rules as the server', () => {
    const q = parseViewQuery({ region: 'PE-PUN', q: 'juliaca' });
    const since = windowStart('today', new Date('2023-01-09T20:00:00Z'), 'America/Lima');
    expect(since.toISOString()).toBe('2023-01-09T05:00:00.000Z');
    const inc = { type: 'clash', status: 'ongoing', country: 'PE', admin1Code: 'PE-PUN', lastSeen: '2023-01-09T19:00:00Z', title: 'Choques en Juliaca', place: null, admin1: 'Puno', admin2: null, admin3: null, outlets: [], actors: [] } as unknown as Incident;
    expect(acceptsIncident(q, since, inc)).toBe(true);
    expect(acceptsIncident(q, since, { ...inc, admin1Code: 'PE-CUS' })).toBe(false);
    expect(acceptsIncident(q, since, { ...inc, lastSeen: '2023-01-09T04:00:00Z' })).toBe(false);
    expect(acceptsIncident(q, since, { ...inc, title: 'Paro en Puno' })).toBe(false);
  });
});

describe('map', () => {
  it('has the 25 departments with ISO codes, Lima and Callao apart', () => {
    const map = peruMap();
    expect(map.departments).toHaveLength(25);
    expect(new Set(map.departments.map((d) => d.code)).size).toBe(25);
    expect(DEPARTMENTS.LIMA!.code).toBe('PE-LIM');
    expect(DEPARTMENTS.CALLAO!.code).toBe('PE-CAL');
    for (const d of map.departments) expect(d.d).toMatch(/^M[\d.,LMZ-]+$/);
  });

  it('places markers with the same projection as d3-geo', () => {
    const { frame } = peruMap();
    const d3 = geoMercator().scale(frame.scale).translate(frame.translate);
    const [x, y] = project(frame, -70.13, -15.5);
    const [dx, dy] = d3([-70.13, -15.5])!;
    expect(x).toBeCloseTo(dx, 6);
    expect(y).toBeCloseTo(dy, 6);
    const base = { country: 'PE', lat: -15.5, lon: -70.13, type: 'clash' } as Incident;
    expect(markersOf([{ ...base, id: 'a' }, { ...base, id: 'b', lat: null }, { ...base, id: 'c', country: 'BO' }], frame).map((m) => m.id)).toEqual(['a']);
  });

  it('shades on a square-root scale with 0 for none', () => {
    expect([0, 1, 4, 25, 100].map((n) => shadeStep(n, 100))).toEqual([0, 1, 1, 3, 5]);
    expect(shadeStep(3, 0)).toBe(0);
  });
});

describe('toll revisions', () => {
  it('describes each change of a headline figure with the outlets behind it', () => {
    const t = getDictionary('es');
    const history = [
      { at: '1', killed: null, injured: 3, detained: null, outlets: 1 },
      { at: '2', killed: 17, injured: 3, detained: null, outlets: 2 },
      { at: '3', killed: 18, injured: 5, detained: null, outlets: 3 },
      { at: '4', killed: 18, injured: 5, detained: null, outlets: 4 },
    ];
    expect(tollRevisions(history, t)).toEqual([
      { at: '2', text: '17 muertos · 2 medios' },
      { at: '3', text: '17 → 18 muertos, 3 → 5 heridos · 3 medios' },
    ]);
    expect(tollRevisions([], t)).toEqual([]);
  });
});
