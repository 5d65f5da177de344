import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Dashboard, type DashboardProps } from '../../../components/Dashboard';
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

function render(mode: DashboardProps['info']['mode']): string {
  return renderToString(
    createElement(Dashboard, {
      info: { mode, timezone: 'America/Lima' },
      initial: {
        incidents: [incident],
        streamId: '1673280000000-0',
        today: stats('today', { clash: 2, strike: 1 }, 17),
        last24h: stats('24h', { clash: 3, strike: 4 }, 18),
      },
    }),
  );
}

describe('dashboard server render', () => {
  it('renders the connection state, counters, chart table and incident rows', () => {
    const html = render('live');
    expect(html).toContain('data-testid="connection-state" data-state="connecting"');
    expect(html).not.toContain('demo-banner');
    for (const type of EVENT_TYPES) expect(html).toContain(`data-testid="counter-${type}"`);
    expect(html).toMatch(/data-testid="counter-clash-value">2</);
    expect(html).toMatch(/data-testid="counter-strike-24h">4</);
    expect(html).toMatch(/data-testid="total-killed-today">17</);
    expect(html).toContain('data-testid="region-chart"');
    expect(html).toMatch(/<th scope="row">Puno<\/th>/);

    expect(html).toContain('data-testid="incident" data-incident-id="inc-1"');
    expect(html).toContain('Enfrentamiento');
    expect(html).toContain('Juliaca, Puno, Perú');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toMatch(/<dt>Muertos<\/dt><dd>17<\/dd>/);
    expect(html).toMatch(/<dt>Detenidos<\/dt><dd>0<\/dd>/);
    expect(html).not.toContain('<dt>Heridos</dt>');
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
  });

  it('shows the demo banners', () => {
    expect(render('demo')).toContain('Datos de demostración: noticias ficticias del cable de demostración');
    expect(render('demo-fallback')).toContain(
      'Ninguna fuente configurada está disponible: mostrando el cable de demostración (noticias ficticias)',
    );
  });
});
