import { describe, expect, it } from 'vitest';
import { candidateKeys, incidentKeys, mergeReport } from '../../../lib/incidents';
import { report } from './helpers';

describe('candidateKeys', () => {
  it('gives the day before, the day and the day after in the region', () => {
    expect(candidateKeys({ country: 'PE', admin1Code: 'PE-PUN', date: '2023-01-09' })).toEqual([
      '2023-01-08|PE-PUN',
      '2023-01-09|PE-PUN',
      '2023-01-10|PE-PUN',
    ]);
  });

  it('crosses month and year ends, leap days included', () => {
    expect(candidateKeys({ country: 'PE', admin1Code: 'PE-LIM', date: '2023-01-01' })[0]).toBe('2022-12-31|PE-LIM');
    expect(candidateKeys({ country: 'PE', admin1Code: 'PE-LIM', date: '2024-02-28' })[2]).toBe('2024-02-29|PE-LIM');
  });

  it('falls back to the country, then to ??, when the region is unknown', () => {
    expect(candidateKeys({ country: 'PE', admin1Code: null, date: '2023-01-09' })[1]).toBe('2023-01-09|PE-?');
    expect(candidateKeys({ country: null, admin1Code: null, date: '2023-01-09' })[1]).toBe('2023-01-09|??');
  });

  it('rejects a day that is not YYYY-MM-DD', () => {
    expect(() => candidateKeys({ country: 'PE', admin1Code: null, date: '2023-02-30' })).toThrow(/invalid day "2023-02-30"/);
    expect(() => candidateKeys({ country: 'PE', admin1Code: null, date: '9 Jan 2023' })).toThrow(/YYYY-MM-DD/);
  });
});

describe('incidentKeys', () => {
  it('is one key per day of the incident in its region', () => {
    const one = mergeReport(null, report({ date: '2023-01-09' }));
    expect(incidentKeys(one)).toEqual(['2023-01-09|PE-PUN']);
    const three = mergeReport(one, report({ date: '2023-01-11' }));
    expect(incidentKeys(three)).toEqual(['2023-01-09|PE-PUN', '2023-01-10|PE-PUN', '2023-01-11|PE-PUN']);
  });

  it('keeps the latest 31 days of a long strike', () => {
    const strike = { ...mergeReport(null, report({ type: 'strike', date: '2023-01-04' })), lastDate: '2023-03-10' };
    const keys = incidentKeys(strike);
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
});
