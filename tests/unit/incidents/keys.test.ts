import { describe, expect, it } from 'vitest';
import { candidateKeys, incidentKeys, mergeReport } from '../../../lib/incidents';
import { report } from './helpers';

describe('candidateKeys', () => {
  it("gives the day before, the day and the day after in the region, and the country's incidents of no region", () => {
    expect(candidateKeys({ country: 'PE', admin1Code: 'PE-PUN', date: '2023-01-09' })).toEqual([
      '2023-01-08|PE-PUN',
      '2023-01-08|PE-?',
      '2023-01-09|PE-PUN',
      '2023-01-09|PE-?',
      '2023-01-10|PE-PUN',
      '2023-01-10|PE-?',
    ]);
  });

  it('crosses month and year ends, leap days included', () => {
    expect(candidateKeys({ country: 'PE', admin1Code: 'PE-LIM', date: '2023-01-01' })[0]).toBe('2022-12-31|PE-LIM');
    expect(candidateKeys({ country: 'PE', admin1Code: 'PE-LIM', date: '2024-02-28' })[4]).toBe('2024-02-29|PE-LIM');
  });

  it("falls back to the country (and every incident of the country's regions), then to ??, when the region is unknown", () => {
    expect(candidateKeys({ country: 'PE', admin1Code: null, date: '2023-01-09' }).slice(2, 4)).toEqual(['2023-01-09|PE-?', '2023-01-09|PE-*']);
    expect(candidateKeys({ country: null, admin1Code: null, date: '2023-01-09' })).toEqual(['2023-01-08|??', '2023-01-09|??', '2023-01-10|??']);
  });

  it("looks back RUNNING_IDLE_DAYS days in the region for a strike or blockade report", () => {
    const r = { country: 'PE', admin1Code: 'PE-LAL', date: '2020-12-09', type: 'roadblock' as const, summary: '' };
    const keys = candidateKeys({ ...r, title: 'Tercer día de bloqueo en Virú' });
    expect(keys).toContain('2020-12-02|PE-LAL');
    expect(keys).toContain('2020-12-07|PE-?');
    expect(keys).not.toContain('2020-12-01|PE-LAL');
    // One that does not say it goes on looks back at its town's incidents alone (a later day of a strike there:
    // laterStoppage); other types do not look back.
    const town = candidateKeys({ ...r, place: 'Virú', title: 'Bloquean la Panamericana en Virú' });
    expect(town).not.toContain('2020-12-07|PE-LAL');
    expect(town).toContain('2020-12-07|@viru');
    expect(town).toContain('2020-12-03|@viru');
    expect(candidateKeys({ ...r, place: 'Virú', type: 'clash', title: 'Enfrentamientos en la Panamericana en Virú' })).not.toContain('2020-12-07|@viru');
  });

  it('looks up the towns the title and summary of a placed report name (the extraction may have placed it wrong)', () => {
    const keys = candidateKeys({ country: 'PE', admin1Code: 'PE-LIM', date: '2022-12-12', title: 'Farmers block the highway south of Lima', summary: 'Trucks stranded near Chincha.' });
    expect(keys).toContain('2022-12-12|@chincha');
    expect(keys).toContain('2022-12-11|@lima');
  });

  it('looks up the incidents of no country whose headlines give a name the title of a placed report gives', () => {
    const keys = candidateKeys({ country: 'BR', admin1Code: null, date: '2013-06-20', title: 'Rio police fire tear gas at marchers', summary: '' });
    expect(keys).toContain('2013-06-20|?@rio');
  });

  it('rejects a day that is not YYYY-MM-DD', () => {
    expect(() => candidateKeys({ country: 'PE', admin1Code: null, date: '2023-02-30' })).toThrow(/invalid day "2023-02-30"/);
    expect(() => candidateKeys({ country: 'PE', admin1Code: null, date: '9 Jan 2023' })).toThrow(/YYYY-MM-DD/);
  });
});

describe('incidentKeys', () => {
  it('is one key per day of the incident in its region, one in its country, and one by its town', () => {
    const one = mergeReport(null, report({ date: '2023-01-09' }));
    expect(incidentKeys(one)).toEqual(['2023-01-09|PE-PUN', '2023-01-09|PE-*', '2023-01-09|@juliaca']);
    const three = mergeReport(one, report({ date: '2023-01-11' }));
    expect(incidentKeys(three).filter((k) => k.endsWith('PE-PUN'))).toEqual(['2023-01-09|PE-PUN', '2023-01-10|PE-PUN', '2023-01-11|PE-PUN']);
    const national = mergeReport(null, report({ date: '2023-01-09', admin1: null, admin1Code: null, admin2: null, admin3: null, place: null }));
    // An incident of no town is also stored under the names its headlines give (the helper's title is "Untitled").
    expect(incidentKeys(national)).toEqual(['2023-01-09|PE-?', '2023-01-09|@untitled']);
  });

  it('meets a report of no country by a town its title names, and an incident of no country by a town its headlines name', () => {
    const santiago = { country: 'CL', admin1: 'Región Metropolitana', admin1Code: 'CL-RM', admin2: null, admin3: null, place: 'Santiago' };
    const nowhere = { country: null, admin1: null, admin1Code: null, admin2: null, admin3: null, place: null };
    const metro = mergeReport(null, report({ ...santiago, date: '2019-10-18', title: 'Incendian estaciones del Metro en Santiago' }));
    const stored = new Set(incidentKeys(metro));
    const en = { ...nowhere, date: '2019-10-19', title: 'Santiago metro stations set ablaze as fare protests escalate' };
    expect(candidateKeys(en)).toContain('2019-10-18|@santiago');
    expect(candidateKeys(en).some((k) => stored.has(k))).toBe(true);
    expect(candidateKeys({ ...en, title: 'Metro stations set ablaze as fare protests escalate' }).some((k) => stored.has(k))).toBe(false);
    // The other way round: the incident of no country, the report of the town.
    const first = new Set(incidentKeys(mergeReport(null, report({ ...nowhere, date: '2019-10-19', title: en.title }))));
    expect(candidateKeys({ ...santiago, date: '2019-10-18' }).some((k) => first.has(k))).toBe(true);
    expect(candidateKeys({ ...santiago, place: 'Valparaíso', date: '2019-10-18' }).some((k) => first.has(k))).toBe(false);
  });

  it('keeps the latest 31 days of a long strike', () => {
    const strike = { ...mergeReport(null, report({ type: 'strike', date: '2023-01-04' })), lastDate: '2023-03-10' };
    const keys = incidentKeys(strike).filter((k) => k.endsWith('PE-PUN'));
    expect(keys).toHaveLength(31);
    expect(keys[0]).toBe('2023-02-08|PE-PUN');
    expect(keys[30]).toBe('2023-03-10|PE-PUN');
  });

  it('meets candidateKeys exactly for reports within one day of the incident', () => {
    const inc = mergeReport(mergeReport(null, report({ date: '2023-01-09' })), report({ date: '2023-01-10' }));
    const stored = new Set(incidentKeys(inc));
    const finds = (date: string) => candidateKeys({ country: 'PE', admin1Code: 'PE-PUN', date }).some((k) => stored.has(k));
    expect(['2023-01-07', '2023-01-08', '2023-01-09', '2023-01-10', '2023-01-11', '2023-01-12'].map(finds)).toEqual([
      false,
      true,
      true,
      true,
      true,
      false,
    ]);
    expect(candidateKeys({ country: 'PE', admin1Code: 'PE-CUS', date: '2023-01-09' }).some((k) => stored.has(k))).toBe(false);
  });

  it('meets reports that know only the country, and incidents that know only the country meet reports of a region', () => {
    const regional = new Set(incidentKeys(mergeReport(null, report({ date: '2023-01-09' }))));
    expect(candidateKeys({ country: 'PE', admin1Code: null, date: '2023-01-10' }).some((k) => regional.has(k))).toBe(true);
    expect(candidateKeys({ country: 'BO', admin1Code: null, date: '2023-01-09' }).some((k) => regional.has(k))).toBe(false);
    const national = new Set(incidentKeys(mergeReport(null, report({ date: '2023-01-09', admin1: null, admin1Code: null, admin2: null, admin3: null, place: null }))));
    expect(candidateKeys({ country: 'PE', admin1Code: 'PE-CUS', date: '2023-01-09' }).some((k) => national.has(k))).toBe(true);
    expect(candidateKeys({ country: 'PE', admin1Code: null, date: '2023-01-09' }).some((k) => national.has(k))).toBe(true);
  });
});
