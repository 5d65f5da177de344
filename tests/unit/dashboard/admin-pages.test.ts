import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SourcesPanel } from '../../../components/sources/SourcesPanel';
import type { SourceView } from '../../../lib/admin/sources';

const source: SourceView = {
  id: 'rpp',
  name: 'RPP',
  url: 'https://rpp.pe/feed',
  language: 'es',
  country: 'PE',
  scale: 'national',
  interval: 300,
  enabled: true,
  private: false,
  demo: false,
  origin: 'file',
  health: {
    id: 'rpp', name: 'RPP', url: 'https://rpp.pe/feed', enabled: true, demo: false, origin: 'file', status: 'failing',
    lastPoll: '2023-01-09T20:00:00.000Z', lastStatus: 503, lastError: 'HTTP 503', lastItems: 0, errorStreak: 2,
    nextPoll: null, interval: 300, medianDelayMs: null, polls: 4, errors: 2, reports: 0, websub: 'none',
  },
};

const render = (lang: 'es' | 'en', admin: boolean, adminConfigured = true) =>
  renderToString(createElement(SourcesPanel, { lang, initial: [source], admin, adminConfigured, timeZone: 'America/Lima' }));

describe('Sources page in both languages', () => {
  it('Spanish by default wording, English complete: headings, status, actions, login', () => {
    const es = render('es', true);
    expect(es).toContain('Fuentes');
    expect(es).toContain('Con errores');
    expect(es).toContain('Pausar');
    expect(es).toContain('Añadir fuente');
    const en = render('en', true);
    expect(en).toContain('lang="en"');
    for (const s of ['Sources', 'Failing', 'Last poll', 'Errors in a row', 'Pause', 'Remove', 'Add a source', 'Import OPML', 'Export OPML'])
      expect(en).toContain(s);
    for (const s of ['Fuente', 'Pausar', 'Añadir', 'Con errores', 'Último sondeo']) expect(en).not.toContain(s);
    const login = render('en', false);
    expect(login).toContain('Password or token');
    expect(login).toContain('Sign in');
    // Not hydrated yet (server rendering): the login cannot be submitted natively, which would put the credential in the URL.
    expect(login).toMatch(/<button type="submit" disabled="">Sign in<\/button>/);
    expect(login).toContain('method="post"');
    expect(render('en', false, false)).toContain('Administration is off');
  });
});

describe('admin forms before hydration', () => {
  it('render their submit buttons disabled, so that a click before the handlers exist does not reload the page', async () => {
    const { AlertsPanel } = await import('../../../components/alerts/AlertsPanel');
    const html = renderToString(createElement(AlertsPanel, { lang: 'en', alerts: [], silences: [], rules: [], rulesError: null, admin: true, adminConfigured: true, timeZone: 'America/Lima' }));
    const submits = html.match(/<button type="submit"[^>]*>/g) ?? [];
    expect(submits.length).toBeGreaterThan(0);
    for (const b of submits) expect(b).toContain('disabled=""');
    const sources = render('en', true).match(/<button type="submit"[^>]*>/g) ?? [];
    expect(sources).toHaveLength(2);
    for (const b of sources) expect(b).toContain('disabled=""');
  });
});
