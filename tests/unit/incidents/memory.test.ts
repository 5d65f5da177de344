import { describe, expect, it } from 'vitest';
import { MemoryIncidentIndex, newIncidentId } from '../../../lib/incidents';
import { addDays } from '../../../lib/incidents/keys';
import { report } from './helpers';

describe('MemoryIncidentIndex', () => {
  it('creates, updates, and leaves unchanged a report it already holds', () => {
    const index = new MemoryIncidentIndex();
    const es = report({ outlet: 'Los Andes', title: 'Enfrentamientos en Juliaca', lang: 'es' });
    const en = report({ outlet: 'Andean Monitor', title: 'Protesters clash with police in Juliaca', lang: 'en' });
    const first = index.add(es);
    expect(first.change).toBe('created');
    expect(first.incident.id).toBe(newIncidentId(es));
    const second = index.add(en);
    expect(second.change).toBe('updated');
    expect(second.incident).toMatchObject({ id: first.incident.id, revision: 2, verification: 'corroborated' });
    const again = index.add(es);
    expect(again).toEqual({ incident: second.incident, change: 'unchanged' });
    expect(index.size).toBe(1);
    expect(index.get(first.incident.id)).toBe(second.incident);
    expect(index.get('inc_missing')).toBeUndefined();
  });

  it('keeps events of other days or places as separate incidents', () => {
    const index = new MemoryIncidentIndex();
    const a = index.add(report({ date: '2023-01-09' }));
    const b = index.add(report({ date: '2023-01-12' }));
    const c = index.add(report({ admin1Code: 'PE-CUS', admin1: 'Cusco', admin2: 'Cusco', admin3: 'Cusco', place: 'Cusco' }));
    expect([a.change, b.change, c.change]).toEqual(['created', 'created', 'created']);
    expect(index.size).toBe(3);
  });

  it('follows a strike from day to day and re-indexes it under its new days', () => {
    const index = new MemoryIncidentIndex();
    const days = ['2023-01-04', '2023-01-05', '2023-01-06', '2023-01-07'];
    const results = days.map((date, n) =>
      index.add(report({ type: 'strike', date, title: `Paro indefinido en Juliaca: día ${n + 1}, mercados cerrados` })),
    );
    expect(results.map((r) => r.change)).toEqual(['created', 'updated', 'updated', 'updated']);
    expect(results[3].incident).toMatchObject({ date: '2023-01-04', lastDate: '2023-01-07', revision: 4 });
    expect(index.size).toBe(1);
  });

  it('looks candidates up by day and region: 50,000 incidents do not widen the search', () => {
    const index = new MemoryIncidentIndex();
    const regions = Array.from({ length: 25 }, (_, i) => `PE-R${String(i).padStart(2, '0')}`);
    const perRegion = 2000;
    for (let n = 0; n < perRegion; n++) {
      const date = addDays('2000-01-01', 3 * n); // three days apart: no two share a candidate key
      for (const region of regions) {
        index.add(
          report({ id: `${region}-${n}`, admin1Code: region, admin1: region, date, title: `Evento ${region} ${n}`, ingested: `${date}T12:00:00Z` }),
        );
      }
    }
    expect(index.size).toBe(regions.length * perRegion);
    expect(index.candidatesExamined).toBe(0);

    const target = index.get(newIncidentId(report({ id: 'PE-R07-1234' })))!;
    const follow = index.add(report({ admin1Code: 'PE-R07', admin1: 'PE-R07', date: addDays(target.date, 1), title: `Evento PE-R07 1234`, outlet: 'Other' }));
    expect(follow.change).toBe('updated');
    expect(follow.incident.id).toBe(target.id);
    expect(index.candidatesExamined).toBe(1);
    expect(index.size).toBe(regions.length * perRegion);
  });

  it('re-indexes an incident of no country under the names its new headlines give', () => {
    const nowhere = { country: null, admin1: null, admin1Code: null, admin2: null, admin3: null, place: null, ubigeo: null, lat: null, lon: null, precision: null };
    const index = new MemoryIncidentIndex();
    const first = index.add(report({ ...nowhere, type: 'riot', date: '2019-10-19', title: 'Metro stations set ablaze as fare protests escalate' })).incident;
    // Another report of no country, the same day, whose title names the town (found by its words: a wire copy).
    const second = index.add(report({ ...nowhere, type: 'riot', date: '2019-10-19', outlet: 'B', title: 'Metro stations in Santiago set ablaze as fare protests escalate' }));
    expect(second.incident.id).toBe(first.id);
    // A report of the town the next day finds the incident by the name its second headline gives.
    const santiago = { country: 'CL', admin1: 'Región Metropolitana', admin1Code: 'CL-RM', admin2: null, admin3: null, place: 'Santiago' };
    const late = index.add(report({ ...santiago, type: 'riot', date: '2019-10-20', outlet: 'C', title: 'Queman estaciones del Metro de Santiago', summary: '' }));
    expect(late.incident.id).toBe(first.id);
  });
});

describe('MemoryIncidentIndex: one side placed in no country', () => {
  const nowhere = { country: null, admin1: null, admin1Code: null, admin2: null, admin3: null, place: null, ubigeo: null, lat: null, lon: null, precision: null };
  const brazil = { ...nowhere, country: 'BR' };

  it('joins a report of no country to an incident of no town whose headline gives the same name as its title', () => {
    const index = new MemoryIncidentIndex();
    const first = index.add(report({ ...brazil, type: 'clash', lang: 'en', date: '2013-06-17', title: 'Recife police fire tear gas as marchers reach city hall', summary: '' })).incident;
    const es = report({ ...nowhere, type: 'clash', date: '2013-06-17', outlet: 'B', title: 'Choques frente a la alcaldía de Recife', summary: 'La policía usó gases contra la marcha.' });
    expect(index.add(es).incident.id).toBe(first.id);
    // Without the name, it is another incident.
    const other = report({ ...nowhere, type: 'clash', date: '2013-06-17', outlet: 'C', title: 'Choques frente a la alcaldía', summary: 'La policía usó gases contra la marcha.' });
    expect(index.add(other).change).toBe('created');
  });
});

