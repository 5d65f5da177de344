import type { Report } from '../../lib/types';

let n = 0;

/** A report as lib/normalize makes it, for store tests that do not go through extraction. */
export function report(over: Partial<Report> = {}): Report {
  n++;
  const now = new Date().toISOString();
  return {
    id: `rep_t${n}`,
    source: 'test',
    outlet: 'Test Outlet',
    scale: 'national',
    title: `Bloqueo de la carretera ${n}`,
    summary: '',
    link: `https://example.org/${n}`,
    lang: 'es',
    published: now,
    ingested: now,
    demo: false,
    type: 'roadblock',
    status: 'ongoing',
    country: 'PE',
    admin1: 'Puno',
    admin1Code: 'PE-PUN',
    admin2: null,
    admin3: null,
    place: null,
    ubigeo: null,
    lat: null,
    lon: null,
    precision: 3,
    killed: null,
    injured: null,
    detained: null,
    actors: [],
    date: now.slice(0, 10),
    confidence: 0.8,
    cues: ['bloqueo'],
    ...over,
  };
}
