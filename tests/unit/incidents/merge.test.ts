import { describe, expect, it } from 'vitest';
import {
  headlineFigure,
  MAX_LIST,
  MAX_SOURCES,
  MAX_STREAM_LIST,
  MAX_TOLL_HISTORY,
  mergeReport,
  newIncidentId,
  streamIncident,
} from '../../../lib/incidents';
import type { Claim, Incident, Report } from '../../../lib/types';
import { report } from './helpers';

function mergeAll(reports: Report[]): Incident {
  return reports.reduce<Incident | null>((inc, r) => mergeReport(inc, r), null)!;
}

describe('newIncidentId', () => {
  it('is derived from the report id only', () => {
    const a = report({ id: 'src:guid-1' });
    expect(newIncidentId(a)).toMatch(/^inc_[0-9a-f]{16}$/);
    expect(newIncidentId(report({ id: 'src:guid-1', title: 'other' }))).toBe(newIncidentId(a));
    expect(newIncidentId(report({ id: 'src:guid-2' }))).not.toBe(newIncidentId(a));
  });
});

describe('mergeReport: a new incident', () => {
  it('takes everything from the report', () => {
    const r = report({
      id: 'x1',
      outlet: 'La República',
      link: 'https://example.pe/1',
      title: 'Enfrentamientos en Juliaca',
      killed: 2,
      injured: null,
      actors: ['Policía Nacional'],
      cues: ['enfrentamientos'],
      ingested: '2023-01-09T15:00:00Z',
    });
    const inc = mergeReport(null, r);
    expect(inc).toMatchObject({
      id: newIncidentId(r),
      type: 'clash',
      status: 'ongoing',
      admin1Code: 'PE-PUN',
      place: 'Juliaca',
      precision: 1,
      date: '2023-01-09',
      lastDate: '2023-01-09',
      title: 'Enfrentamientos en Juliaca',
      killed: 2,
      injured: null,
      detained: null,
      firstSeen: '2023-01-09T15:00:00Z',
      lastSeen: '2023-01-09T15:00:00Z',
      outlets: ['La República'],
      sources: [{ outlet: 'La República', link: 'https://example.pe/1', title: 'Enfrentamientos en Juliaca', reportId: 'x1' }],
      claims: [{ reportId: 'x1', outlet: 'La República', at: '2023-01-09T15:00:00Z', killed: 2, injured: null, detained: null }],
      reportIds: ['x1'],
      verification: 'single-source',
      revision: 1,
      demo: false,
    });
    expect(inc).not.toHaveProperty('ubigeo');
    expect(mergeReport(null, r, 'inc_given').id).toBe('inc_given');
  });
});

describe('mergeReport: adding a report', () => {
  it('keeps every report, source, claim and distinct outlet, and counts revisions', () => {
    const inc = mergeAll([
      report({ id: 'a', outlet: 'A', injured: 3 }),
      report({ id: 'b', outlet: 'A', title: 'A again', detained: 4 }),
      report({ id: 'c', outlet: 'B', link: 'https://b.example/c', killed: 1 }),
    ]);
    expect(inc.reportIds).toEqual(['a', 'b', 'c']);
    expect(inc.outlets).toEqual(['A', 'B']);
    expect(inc.sources.map((s) => s.reportId)).toEqual(['a', 'b', 'c']);
    expect(inc.sources[2]).toEqual({ outlet: 'B', link: 'https://b.example/c', title: 'Untitled', reportId: 'c' });
    expect(inc.claims.map((c) => c.outlet)).toEqual(['A', 'A', 'B']);
    expect(inc.revision).toBe(3);
  });

  it('lists a claim only for a report that states a count', () => {
    const inc = mergeAll([report({ id: 'a' }), report({ id: 'b', killed: 0 }), report({ id: 'c' })]);
    expect(inc.reportIds).toEqual(['a', 'b', 'c']);
    expect(inc.claims.map((c) => c.reportId)).toEqual(['b']);
    expect(mergeReport(null, report({ id: 'd' })).claims).toEqual([]);
  });

  it('becomes corroborated at the second outlet, not at the second report of one outlet', () => {
    const one = mergeReport(null, report({ outlet: 'A' }));
    const sameOutlet = mergeReport(one, report({ outlet: 'A' }));
    expect(sameOutlet.verification).toBe('single-source');
    expect(mergeReport(sameOutlet, report({ outlet: 'B' })).verification).toBe('corroborated');
  });

  it('takes the most severe type among its reports', () => {
    const demo = mergeReport(null, report({ type: 'demonstration' }));
    const strike = mergeReport(demo, report({ type: 'strike' }));
    expect(strike.type).toBe('strike');
    const clash = mergeReport(strike, report({ type: 'clash' }));
    expect(clash.type).toBe('clash');
    expect(mergeReport(clash, report({ type: 'riot' })).type).toBe('clash');
    expect(mergeReport(clash, report({ type: 'repression' })).type).toBe('repression');
  });

  it('takes the status of the latest report by publication, also when a backlog is read out of order', () => {
    // Read within a second after an outage: "lifted" (published 18:00) first, then an older "ongoing" (10:00).
    const lifted = mergeReport(null, report({ status: 'ended', published: '2023-01-09T18:00:00Z', ingested: '2023-01-09T20:00:00.100Z' }));
    const both = mergeReport(lifted, report({ status: 'ongoing', published: '2023-01-09T10:00:00Z', ingested: '2023-01-09T20:00:00.200Z' }));
    expect(both.status).toBe('ended');
    expect(both.statusAt).toBe('2023-01-09T18:00:00Z');
    expect(both.lastSeen).toBe('2023-01-09T20:00:00.200Z');
  });

  it('takes the status of the latest report by ingestion time when reports give no earlier publication time', () => {
    const inc = mergeReport(null, report({ status: 'ongoing', ingested: '2023-01-09T12:00:00Z' }));
    expect(mergeReport(inc, report({ status: 'ended', ingested: '2023-01-09T18:00:00Z' })).status).toBe('ended');
    // A late-arriving older report does not undo the newer status.
    const older = mergeReport(inc, report({ status: 'announced', ingested: '2023-01-09T08:00:00Z' }));
    expect(older.status).toBe('ongoing');
    expect(older.firstSeen).toBe('2023-01-09T08:00:00Z');
    expect(older.lastSeen).toBe('2023-01-09T12:00:00Z');
  });

  it('spans first/last seen and date/lastDate', () => {
    const inc = mergeAll([
      report({ date: '2023-01-10', ingested: '2023-01-10T10:00:00Z' }),
      report({ date: '2023-01-11', ingested: '2023-01-11T09:00:00-05:00' }),
      report({ date: '2023-01-09', ingested: '2023-01-10T09:00:00Z' }),
    ]);
    expect(inc).toMatchObject({
      date: '2023-01-09',
      lastDate: '2023-01-11',
      firstSeen: '2023-01-10T09:00:00Z',
      lastSeen: '2023-01-11T09:00:00-05:00',
    });
  });

  it('keeps the most precise location', () => {
    const region = { admin2: null, admin3: null, place: null, ubigeo: null, lat: -15, lon: -70, precision: 3 as const };
    const inc = mergeReport(null, report(region));
    const town = mergeReport(inc, report({ place: 'Juliaca', admin3: 'Juliaca', admin2: 'San Román', lat: -15.5, lon: -70.13, precision: 1 }));
    expect(town).toMatchObject({ place: 'Juliaca', admin2: 'San Román', lat: -15.5, precision: 1 });
    const vaguer = mergeReport(town, report({ ...region, admin1: 'Puno' }));
    expect(vaguer).toMatchObject({ place: 'Juliaca', precision: 1 });
    const unknown = mergeReport(null, report({ ...region, lat: null, lon: null, precision: null }));
    expect(mergeReport(unknown, report(region)).precision).toBe(3);
  });

  it('unites actors and cues without duplicates, up to the cap; demo if any; highest confidence', () => {
    const inc = mergeAll([
      report({ actors: ['Policía Nacional', 'comuneros'], cues: ['enfrentamientos'], confidence: 0.6 }),
      report({ actors: ['policia nacional', 'estudiantes'], cues: ['Enfrentamientos', 'gases'], confidence: 0.9, demo: true }),
      report({ actors: [], confidence: 0.7 }),
    ]);
    expect(inc.actors).toEqual(['Policía Nacional', 'comuneros', 'estudiantes']);
    expect(inc.cues).toEqual(['enfrentamientos', 'gases']);
    expect(inc.demo).toBe(true);
    expect(inc.confidence).toBe(0.9);
    const many = Array.from({ length: 30 }, (_, i) => `actor ${i}`);
    expect(mergeAll([report({ actors: many.slice(0, 15) }), report({ actors: many.slice(10) })]).actors).toEqual(
      many.slice(0, MAX_LIST),
    );
  });

  it('is idempotent: the same report again changes nothing', () => {
    const r = report({ outlet: 'B', killed: 3 });
    const once = mergeReport(mergeReport(null, report({ outlet: 'A' })), r);
    const twice = mergeReport(once, r);
    expect(twice).toEqual(once);
    expect(twice.revision).toBe(2);
    expect(mergeReport(mergeReport(null, r), r).revision).toBe(1);
  });

  it('does not modify its inputs', () => {
    const inc = mergeReport(null, report({ actors: ['a'] }));
    const snapshot = structuredClone(inc);
    const r = report({ outlet: 'Other', actors: ['b'], type: 'repression', killed: 4 });
    const rSnapshot = structuredClone(r);
    mergeReport(inc, r);
    expect(inc).toEqual(snapshot);
    expect(r).toEqual(rSnapshot);
  });
});

describe('headline figures', () => {
  const at = (h: number) => `2023-01-09T${String(h).padStart(2, '0')}:00:00Z`;

  it('a later report that revises the toll upwards replaces it: 12 then 17 gives 17', () => {
    const first = mergeReport(null, report({ outlet: 'A', killed: 12, ingested: at(10) }));
    expect(first.killed).toBe(12);
    expect(mergeReport(first, report({ outlet: 'B', killed: 17, ingested: at(14) })).killed).toBe(17);
    expect(mergeReport(first, report({ outlet: 'A', killed: 17, ingested: at(14) })).killed).toBe(17);
  });

  it('orders claims by publication: a backlog read in one burst keeps a revision that was polled first', () => {
    // After an outage both reports are read within a second, the revision (published at 14:00) before the older 12.
    const revision = mergeReport(null, report({ outlet: 'B', killed: 17, published: at(14), ingested: '2023-01-09T20:00:00.100Z' }));
    const both = mergeReport(revision, report({ outlet: 'A', killed: 12, published: at(10), ingested: '2023-01-09T20:00:00.200Z' }));
    expect(both.killed).toBe(17);
    expect(both.claims.map((c) => c.at)).toEqual([at(14), at(10)]);
    // A publication time after the report was read (a feed's clock ahead) is not believed: the ingestion time is.
    const ahead = mergeReport(null, report({ killed: 3, published: at(23), ingested: at(20) }));
    expect(ahead.claims[0]!.at).toBe(at(20));
  });

  it('two reports added to one version give two versions that know nothing of each other', () => {
    const first = mergeReport(null, report({ outlet: 'A', killed: 5, ingested: at(10) }));
    const withB = mergeReport(first, report({ outlet: 'B', killed: 7, ingested: at(12) }));
    const withC = mergeReport(first, report({ outlet: 'C', killed: 6, ingested: at(14) }));
    expect(withB.killed).toBe(7);
    // C is the newest and larger than A: a revision. (With B's 7 it would not be, and the lowest, 5, would stand.)
    expect(withC.killed).toBe(6);
    expect(headlineFigure(first.claims, 'killed')).toBe(5);
    expect(headlineFigure(withB.claims, 'killed')).toBe(7);
    expect(mergeReport(withB, report({ outlet: 'C', killed: 6, ingested: at(14) })).killed).toBe(5);
  });

  it('two outlets disagreeing at the same time give the lower figure', () => {
    const inc = mergeAll([
      report({ outlet: 'A', killed: 17, ingested: at(10) }),
      report({ outlet: 'B', killed: 12, ingested: at(10) }),
    ]);
    expect(inc.killed).toBe(12);
  });

  it('a later lower figure from another outlet gives the lower one', () => {
    const inc = mergeAll([
      report({ outlet: 'A', killed: 17, ingested: at(10) }),
      report({ outlet: 'B', killed: 12, ingested: at(12) }),
    ]);
    expect(inc.killed).toBe(12);
  });

  it('an outlet correcting itself downwards replaces its own figure', () => {
    const inc = mergeAll([
      report({ outlet: 'A', injured: 30, ingested: at(10) }),
      report({ outlet: 'A', injured: 20, ingested: at(12) }),
    ]);
    expect(inc.injured).toBe(20);
  });

  it('a newest figure that is not above every other one is no revision: the lowest stands', () => {
    const inc = mergeAll([
      report({ outlet: 'A', killed: 12, ingested: at(10) }),
      report({ outlet: 'B', killed: 20, ingested: at(10) }),
      report({ outlet: 'C', killed: 15, ingested: at(12) }),
    ]);
    expect(inc.killed).toBe(12);
  });

  it('a revision that other outlets repeat still stands: the early outlets\' lower figure does not come back', () => {
    const inc = mergeAll([
      report({ outlet: 'A', killed: 12, ingested: at(10) }),
      report({ outlet: 'B', killed: 17, ingested: at(12) }),
      report({ outlet: 'C', killed: 17, ingested: at(14) }),
    ]);
    expect(inc.killed).toBe(17);
    expect(inc.tollHistory?.map((p) => p.killed)).toEqual([12, 17]);
  });

  it('ignores reports that do not state the figure, and each figure stands alone', () => {
    const inc = mergeAll([
      report({ outlet: 'A', killed: 2, injured: null, detained: 5, ingested: at(10) }),
      report({ outlet: 'B', killed: null, injured: 8, detained: 3, ingested: at(12) }),
      report({ outlet: 'A', killed: null, injured: null, detained: null, ingested: at(13) }),
    ]);
    expect([inc.killed, inc.injured, inc.detained]).toEqual([2, 8, 3]);
    expect(mergeReport(null, report({ killed: null })).killed).toBeNull();
  });

  it('keeps an explicit zero', () => {
    expect(mergeAll([report({ outlet: 'A', injured: 0, ingested: at(10) }), report({ outlet: 'B', injured: 3, ingested: at(10) })]).injured).toBe(0);
  });

  it('does not depend on the order the claims are listed in', () => {
    const claims: Claim[] = [
      { reportId: '1', outlet: 'A', at: at(14), killed: 17, injured: null, detained: null },
      { reportId: '2', outlet: 'B', at: at(10), killed: 12, injured: null, detained: null },
    ];
    expect(headlineFigure(claims, 'killed')).toBe(17);
    expect(headlineFigure([...claims].reverse(), 'killed')).toBe(17);
  });
});

describe('tollHistory', () => {
  const at = (h: number) => `2023-01-09T${String(h).padStart(2, '0')}:00:00Z`;

  it('gets one entry each time a headline figure changes, with the outlets at that moment', () => {
    const inc = mergeAll([
      report({ outlet: 'A', ingested: at(8) }),
      report({ outlet: 'A', killed: 12, injured: 30, ingested: at(10) }),
      report({ outlet: 'B', killed: 12, ingested: at(11) }),
      report({ outlet: 'C', killed: 17, ingested: at(14) }),
      report({ outlet: 'B', ingested: at(15) }),
    ]);
    expect(inc.tollHistory).toEqual([
      { at: at(10), killed: 12, injured: 30, detained: null, outlets: 1 },
      { at: at(14), killed: 17, injured: 30, detained: null, outlets: 3 },
    ]);
  });

  it('keeps the first entry and the latest ones up to MAX_TOLL_HISTORY', () => {
    const reports = Array.from({ length: MAX_TOLL_HISTORY + 5 }, (_, k) =>
      report({ outlet: 'A', detained: k + 1, ingested: new Date(Date.UTC(2023, 0, 9, 0, k)).toISOString() }),
    );
    const history = mergeAll(reports).tollHistory!;
    expect(history).toHaveLength(MAX_TOLL_HISTORY);
    expect(history[0]!.detained).toBe(1);
    expect(history.at(-1)!.detained).toBe(MAX_TOLL_HISTORY + 5);
    expect(history[1]!.detained).toBe(7);
  });
});

describe('a large incident', () => {
  // Every other report states a count: 60 claims.
  const reports = Array.from({ length: 120 }, (_, k) => report({ id: `big${k}`, outlet: `O${k % 7}`, scale: k % 2 ? 'local' : 'wire', title: `t${k}`, detained: k % 2 ? null : k }));
  const inc = mergeAll(reports);

  it('keeps every report and claim, lists the first and latest sources, and counts them all', () => {
    expect(inc.reportIds).toHaveLength(120);
    expect(inc.claims).toHaveLength(60);
    expect(inc.reportCount).toBe(120);
    expect(inc.sources).toHaveLength(MAX_SOURCES);
    expect(inc.sources[0]!.title).toBe('t0');
    expect(inc.sources.at(-1)!.title).toBe('t119');
    expect(inc.outlets).toHaveLength(7);
    expect(inc.scales).toEqual(['wire', 'local']);
  });

  it('goes on the stream with the latest claims and report ids only', () => {
    const s = streamIncident(inc);
    expect(s.claims).toHaveLength(MAX_STREAM_LIST);
    expect(s.reportIds.at(-1)).toBe('big119');
    expect(s).toMatchObject({ reportCount: 120, killed: inc.killed, revision: inc.revision });
    const small = mergeAll(reports.slice(0, 3));
    expect(streamIncident(small)).toBe(small);
  });
});
