import { describe, expect, it } from 'vitest';
import { bcubed, prf, sameRegion, samePlace, score, type Gold, type Predicted, type Row } from '../../../lib/eval/score';

const NEG: Gold = { is_event: false, type: null, country: null, region: null, place: null, killed: null, injured: null, detained: null, incident: null };
const gold = (o: Partial<Gold>): Gold => ({ ...NEG, is_event: true, type: 'strike', country: 'PE', ...o });
const pred = (o: Partial<Predicted>): Predicted => ({ type: 'strike', country: 'PE', admin1: null, place: null, killed: null, injured: null, detained: null, ...o });
const row = (g: Gold, e: Predicted | null, incident: string | null = null, id = 'x'): Row => ({ id, gold: g, event: e, incident: e ? incident : null });

describe('prf', () => {
  it('computes precision, recall and F1, and treats an empty class as perfect', () => {
    expect(prf(3, 1, 2)).toMatchObject({ precision: 0.75, recall: 0.6 });
    expect(prf(3, 1, 2).f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
    expect(prf(0, 0, 0)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(prf(0, 2, 0)).toMatchObject({ precision: 0, recall: 1, f1: 0 });
  });
});

describe('name comparison', () => {
  it('ignores accents, case, region words, articles and trailing words', () => {
    expect(sameRegion('Apurimac', 'Apurímac')).toBe(true);
    expect(sameRegion('Region Metropolitana', 'Región Metropolitana de Santiago')).toBe(true);
    expect(sameRegion('Araucania', 'La Araucanía')).toBe(true);
    expect(sameRegion('Buenos Aires', 'Provincia de Buenos Aires')).toBe(true);
    expect(sameRegion('Ciudad Autonoma de Buenos Aires', 'Provincia de Buenos Aires')).toBe(false);
    expect(sameRegion('Rio Grande do Sul', 'Rio Grande do Norte')).toBe(false);
    expect(sameRegion(null, null)).toBe(true);
    expect(sameRegion('Puno', null)).toBe(false);
    expect(samePlace('Machu Picchu', 'Machupicchu')).toBe(true);
    expect(samePlace('Juliaca', 'Puno')).toBe(false);
    expect(samePlace(null, 'Puno')).toBe(false);
  });
});

describe('bcubed', () => {
  it('is perfect when the clusterings agree, whatever the ids', () => {
    expect(bcubed(['a', 'a', 'b'], ['x', 'x', 'y'])).toMatchObject({ precision: 1, recall: 1, f1: 1, items: 3 });
  });
  it('loses recall when a gold cluster is split and precision when clusters are merged', () => {
    // gold {1,2} {3}; predicted {1} {2} {3}: precision 1, recall (1/2 + 1/2 + 1) / 3
    const split = bcubed(['a', 'a', 'b'], ['x', 'y', 'z']);
    expect(split.precision).toBe(1);
    expect(split.recall).toBeCloseTo(2 / 3);
    // gold {1} {2} {3}; predicted {1,2,3}: precision 1/3, recall 1
    const merged = bcubed(['a', 'b', 'c'], ['x', 'x', 'x']);
    expect(merged.precision).toBeCloseTo(1 / 3);
    expect(merged.recall).toBe(1);
    expect(merged.f1).toBeCloseTo(0.5);
  });
  it('counts a missed item as its own singleton and leaves out items without a gold cluster', () => {
    // gold {1,2}, item 3 has no gold cluster; item 2 missed
    const r = bcubed(['a', 'a', null], ['x', null, 'x']);
    expect(r.items).toBe(2);
    expect(r.precision).toBe(1); // item 3 is not counted in item 1's predicted cluster
    expect(r.recall).toBeCloseTo(0.5);
  });
});

describe('score', () => {
  it('computes detection, per-type F1, location accuracy and counts on a tiny set', () => {
    const rows: Row[] = [
      row(gold({ type: 'strike', region: 'Puno', place: 'Juliaca', incident: 'i1' }), pred({ admin1: 'Puno', place: 'Juliaca' }), 'A'),
      row(gold({ type: 'clash', region: 'Cusco', place: 'Cusco', injured: 3, incident: 'i2' }), pred({ type: 'repression', admin1: 'Cusco', place: null, injured: 3, killed: 1 }), 'B'),
      row(gold({ type: 'roadblock', incident: 'i3' }), null),
      row(NEG, pred({ type: 'demonstration' }), 'C'),
      row(NEG, null),
    ];
    const s = score(rows);
    expect(s.events).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(s.events.f1).toBeCloseTo(2 / 3);
    expect(s.perType.strike).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(s.perType.clash).toMatchObject({ tp: 0, fn: 1, f1: 0 });
    expect(s.perType.repression).toMatchObject({ tp: 0, fp: 1 });
    expect(s.perType.riot.f1).toBe(1); // neither in gold nor in output
    // repression 0, clash 0, riot 1, roadblock 0, strike 1, demonstration 0
    expect(s.macroF1).toBeCloseTo(2 / 6);
    expect(s.typeAccuracy).toMatchObject({ hits: 1, total: 2 });
    expect(s.region).toMatchObject({ hits: 2, total: 2 });
    expect(s.place).toMatchObject({ hits: 1, total: 2 });
    expect(s.exactCounts).toMatchObject({ hits: 1, total: 2 });
    // gold-null count fields over the TPs: 3 + 2 = 5; one of them (killed: 1) has a number
    expect(s.inventedCounts).toMatchObject({ hits: 1, total: 5 });
    expect(s.incidents.items).toBe(3);
  });
});

describe('announced events', () => {
  it('scores an announced event as no event: a call or plan reports no protest action yet', () => {
    const s = score([
      row(NEG, pred({ status: 'announced' }), 'i1', 'call'),
      row(gold({ incident: 'g1' }), pred({ status: 'announced' }), 'i2', 'call-labelled-event'),
      row(gold({ incident: 'g2' }), pred({ status: 'ongoing' }), 'i3', 'strike'),
      row(NEG, pred({ status: 'ended' }), 'i4', 'lifted'),
    ]);
    expect(s.events).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(s.perType.strike).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(s.announced).toBe(2);
    expect(s.incidents.items).toBe(2);
    expect(s.incidents.recall).toBe(1);
  });
});
