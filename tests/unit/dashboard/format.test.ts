import { describe, expect, it } from 'vitest';
import { formatDateTime, incidentTimeZone, placeLabel, safeHttpUrl } from '../../../components/format';
import { sourceLinks } from '../../../components/IncidentRow';
import { chartRows } from '../../../components/RegionChart';
import { dictionaries, LANGS } from '../../../components/i18n';
import { EVENT_TYPES } from '../../../lib/types';
import type { RegionCount } from '../../../lib/store/types';

describe('safeHttpUrl', () => {
  it('keeps absolute http(s) links only', () => {
    expect(safeHttpUrl('https://larepublica.pe/a?b=1')).toBe('https://larepublica.pe/a?b=1');
    expect(safeHttpUrl('http://example.org')).toBe('http://example.org/');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl(' JavaScript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(safeHttpUrl('/relative/path')).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
  });
});

describe('incident times', () => {
  it("shows incidents in their country's zone, unknown ones in the browser zone once hydrated", () => {
    expect(incidentTimeZone({ country: 'PE' }, false)).toBe('America/Lima');
    expect(incidentTimeZone({ country: 'PE' }, true)).toBe('America/Lima');
    expect(incidentTimeZone({ country: 'BO' }, false)).toBe('America/La_Paz');
    expect(incidentTimeZone({ country: 'ZZ' }, false)).toBe('UTC');
    expect(incidentTimeZone({ country: null }, true)).toBeUndefined();
  });

  it('formats in the given zone', () => {
    // 2023-01-09 20:30 UTC is 15:30 in Lima (UTC-5, no daylight saving).
    const lima = formatDateTime('2023-01-09T20:30:00Z', 'en-GB', 'America/Lima');
    expect(lima).toMatch(/\b15:30\b/);
    expect(lima).toMatch(/9 Jan/);
    expect(formatDateTime('2023-01-09T20:30:00Z', 'en-GB', 'UTC')).toMatch(/\b20:30\b/);
    expect(formatDateTime('2023-01-10T03:30:00Z', 'es-PE', 'America/Lima')).toMatch(/^9 ene.*10:30/);
    expect(formatDateTime('not a date', 'es-PE', 'UTC')).toBe('not a date');
  });
});

describe('placeLabel', () => {
  it('joins place, region and country without repeating a name', () => {
    expect(placeLabel({ place: 'Juliaca', admin1: 'Puno', country: 'PE' }, 'es-PE')).toBe('Juliaca, Puno, Perú');
    expect(placeLabel({ place: 'Lima', admin1: 'Lima', country: 'PE' }, 'es-PE')).toBe('Lima, Perú');
    expect(placeLabel({ place: null, admin1: null, country: null }, 'es-PE')).toBe('');
  });
});

describe('sourceLinks', () => {
  it('numbers an outlet that appears twice and drops unsafe links', () => {
    const links = sourceLinks([
      { outlet: 'RPP', link: 'https://rpp.pe/1', title: 'a', reportId: 'r1' },
      { outlet: 'Correo', link: 'javascript:alert(1)', title: 'b', reportId: 'r2' },
      { outlet: 'RPP', link: 'https://rpp.pe/2', title: 'c', reportId: 'r3' },
    ]);
    expect(links.map((l) => [l.label, l.href])).toEqual([
      ['RPP (1)', 'https://rpp.pe/1'],
      ['Correo', null],
      ['RPP (2)', 'https://rpp.pe/2'],
    ]);
  });
});

describe('chartRows', () => {
  const region = (code: string, total: number): RegionCount => ({
    code,
    name: code,
    country: 'PE',
    total,
    byType: { repression: 0, clash: 0, riot: 0, roadblock: total, strike: 0, demonstration: 0 },
  });

  it('draws the largest regions and sums the rest into one bar', () => {
    const rows = chartRows([region('A', 5), region('B', 4), region('C', 3), region('D', 2), region('E', 0)], 'Otras', 3);
    expect(rows.map((r) => [r.name, r.roadblock])).toEqual([
      ['A', 5],
      ['B', 4],
      ['Otras', 5],
    ]);
  });
});

describe('dictionaries', () => {
  it('label every event type in every language', () => {
    for (const lang of LANGS) for (const type of EVENT_TYPES) expect(dictionaries[lang].types[type]).toBeTruthy();
    expect(dictionaries.es.types).toEqual({
      repression: 'Represión',
      clash: 'Enfrentamiento',
      riot: 'Disturbios',
      roadblock: 'Bloqueo',
      strike: 'Paro/Huelga',
      demonstration: 'Manifestación',
    });
  });
});
