import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Dashboard, type DashboardProps } from '../../../components/Dashboard';
import type { Lang } from '../../../components/i18n';
import { peruMap } from '../../../components/map/shapes';
import { EMPTY_QUERY } from '../../../components/query';
import type { WindowStats } from '../../../lib/store/timeline';
import { EVENT_TYPES, type EventType, type Incident } from '../../../lib/types';
import type { Stats } from '../../../lib/store/types';

const zero = (): Record<EventType, number> =>
  Object.fromEntries(EVENT_TYPES.map((t) => [t, 0])) as Record<EventType, number>;

function stats(window: Stats['window'], byType: Partial<Record<EventType, number>>, killed = 0): Stats {
  const counts = { ...zero(), ...byType };
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return {
    window,
    from: '2023-01-09T05:00:00.000Z',
    to: '2023-01-09T23:00:00.000Z',
    byType: counts,
    previousByType: zero(),
    byRegion: [{ code: 'PE-PUN', name: 'Puno', country: 'PE', total, byType: counts }],
    totals: { incidents: total, killed, injured: 0, detained: 0 },
    streamId: '1673280000000-0',
  };
}

const incident: Incident = {
  id: 'inc-1',
  type: 'clash',
  status: 'ongoing',
  country: 'PE',
  admin1: 'Puno',
  admin1Code: 'PE-PUN',
  admin2: 'San Román',
  admin3: null,
  place: 'Juliaca',
  lat: -15.5,
  lon: -70.13,
  precision: 1,
  date: '2023-01-09',
  lastDate: '2023-01-09',
  title: 'Enfrentamientos en el aeropuerto de Juliaca <script>',
  killed: 17,
  injured: null,
  detained: 0,
  actors: [],
  cues: [],
  confidence: 0.9,
  firstSeen: '2023-01-09T20:30:00.000Z',
  lastSeen: '2023-01-09T22:00:00.000Z',
  outlets: ['La República', 'RPP'],
  sources: [
    { outlet: 'La República', link: 'https://larepublica.pe/x', title: 'a', reportId: 'r1' },
    { outlet: 'RPP', link: 'javascript:alert(1)', title: 'b', reportId: 'r2' },
  ],
  claims: [],
  reportIds: ['r1', 'r2'],
  verification: 'corroborated',
  revision: 3,
  demo: true,
};

const map = peruMap();

function windowStats(window: Stats['window'], byType: Partial<Record<EventType, number>>, killed = 0): WindowStats {
  const base = stats(window, byType, killed);
  return {
    ...base,
    previousByType: { ...zero(), clash: 5 },
    by: 'hour',
    filter: {},
    timeline: [
      { start: '2023-01-09T20:00:00.000Z', byType: { ...zero(), clash: 1 }, total: 1 },
      { start: '2023-01-09T21:00:00.000Z', byType: { ...zero(), clash: 1, strike: 1 }, total: 2 },
    ],
  };
}

function render(mode: DashboardProps['info']['mode'], lang: Lang = 'es', extra: Partial<Incident> = {}): string {
  return renderToString(
    createElement(Dashboard, {
      lang,
      info: { mode, timezone: 'America/Lima' },
      query: EMPTY_QUERY,
      since: '2023-01-08T22:00:00.000Z',
      map,
      initial: {
        incidents: [{ ...incident, ...extra }],
        streamId: '1673280000000-0',
        nextCursor: null,
        stats: windowStats('24h', { clash: 2, strike: 1 }, 17),
      },
    }),
  );
}

describe('dashboard server render', () => {
  it('renders the connection state, counters, charts, map and incident rows', () => {
    const html = render('live');
    expect(html).toContain('data-testid="connection-state" data-state="connecting"');
    expect(html).not.toContain('demo-banner');
    for (const type of EVENT_TYPES) expect(html).toContain(`data-testid="counter-${type}"`);
    expect(html).toMatch(/data-testid="counter-clash-value">2</);
    // 2 against 5 in the window before.
    expect(html).toMatch(/data-testid="counter-clash-change" data-delta="-3">-3 frente a las 24 h anteriores</);
    expect(html).toMatch(/data-testid="total-killed">17</);
    expect(html).toMatch(/<th scope="row">Puno<\/th>/);
    expect(html).toContain('data-testid="timeline-table"');
    expect(html).toMatch(/<th scope="row">16:00<\/th>/); // 21:00Z in Lima

    const regions = [...html.matchAll(/<path[^>]*data-region="(PE-[A-Z]{3})"/g)].map((m) => m[1]);
    expect(regions).toHaveLength(25);
    expect(regions).toContain('PE-LIM');
    expect(regions).toContain('PE-CAL');
    expect(html).toMatch(/data-region="PE-PUN" data-count="3" data-shade="5"/);
    expect(html).toContain('data-testid="filter-type"');
    expect(html).toContain('data-testid="filter-region"');
    expect(html).toContain('data-testid="lang-switch"');

    expect(html).toContain('data-testid="incident" data-incident-id="inc-1"');
    expect(html).toContain('href="/incidents/inc-1"');
    expect(html).toContain('Enfrentamiento');
    expect(html).toContain('Juliaca, Puno, Perú');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toMatch(/<dt>Muertos<\/dt><dd>17<\/dd>/);
    expect(html).toMatch(/<dt>Detenidos<\/dt><dd>0<\/dd>/);
    expect(html).not.toContain('data-count="injured"');
    expect(html).toContain('2 medios');
    expect(html).toContain('Corroborado');
    expect(html).toContain('data-testid="demo-badge"');
    // Lima time: 20:30Z is 3:30 p. m.
    expect(html).toMatch(/3:30/);
    expect(html).toContain(
      '<a href="https://larepublica.pe/x" target="_blank" rel="noopener noreferrer nofollow" title="a">La República</a>',
    );
    expect(html).not.toContain('javascript:');
    expect(html).toContain('aria-live="polite"');
    expect(html).not.toContain('data-testid="incident-revision"');
  });

  it('renders English when asked', () => {
    const html = render('live', 'en');
    expect(html).toContain('Latest incidents');
    expect(html).toContain('Clash');
    expect(html).toMatch(/-3 against the 24 h before/);
  });

  it('shows the latest revision of the headline figures when the incident has a toll history', () => {
    const tollHistory = [
      { at: '2023-01-09T20:30:00.000Z', killed: 17, injured: null, detained: null, outlets: 1 },
      { at: '2023-01-09T22:00:00.000Z', killed: 18, injured: null, detained: null, outlets: 3 },
    ];
    const html = render('live', 'es', { tollHistory } as Partial<Incident>);
    expect(html).toMatch(/data-testid="incident-revision">17 → 18 muertos · 3 medios</);
  });

  it('shows the demo banners', () => {
    expect(render('demo')).toContain('Datos de demostración: noticias ficticias del cable de demostración');
    expect(render('demo-fallback')).toContain(
      'Ninguna fuente configurada está disponible: mostrando el cable de demostración (noticias ficticias)',
    );
  });
});
