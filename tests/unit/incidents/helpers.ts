import type { Report } from '../../../lib/types';

let seq = 0;

/** A report in Puno, Peru; override what the test is about. */
export function report(over: Partial<Report> = {}): Report {
  seq++;
  return {
    id: `r${seq}`,
    source: 'src',
    outlet: 'Outlet',
    scale: 'national',
    title: 'Untitled',
    summary: '',
    link: null,
    lang: 'es',
    published: null,
    ingested: '2023-01-09T12:00:00Z',
    demo: false,
    type: 'clash',
    status: 'ongoing',
    country: 'PE',
    admin1: 'Puno',
    admin1Code: 'PE-PUN',
    admin2: 'San Román',
    admin3: 'Juliaca',
    place: 'Juliaca',
    ubigeo: '211101',
    lat: -15.4997,
    lon: -70.1333,
    precision: 1,
    killed: null,
    injured: null,
    detained: null,
    actors: [],
    date: '2023-01-09',
    confidence: 0.8,
    cues: [],
    ...over,
  };
}
