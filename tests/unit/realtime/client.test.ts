import { describe, expect, it } from 'vitest';
import {
  appendPage,
  compareStreamIds,
  initIncidentList,
  isIncidentMessage,
  isStats,
  parseIncidentPage,
  reduceIncidentMessages,
  type IncidentListState,
} from '../../../lib/realtime/client';
import type { Incident, IncidentMessage } from '../../../lib/types';
import type { Stats } from '../../../lib/store/types';

function incident(id: string, lastSeen: string, extra: Partial<Incident> = {}): Incident {
  return {
    id,
    type: 'roadblock',
    status: 'ongoing',
    country: 'PE',
    admin1: 'Puno',
    admin1Code: 'PE-PUN',
    admin2: null,
    admin3: null,
    place: 'Juliaca',
    lat: null,
    lon: null,
    precision: null,
    date: '2023-01-09',
    lastDate: '2023-01-09',
    title: `Incident ${id}`,
    killed: null,
    injured: null,
    detained: null,
    actors: [],
    cues: [],
    confidence: 0.8,
    firstSeen: lastSeen,
    lastSeen,
    outlets: ['La República'],
    sources: [{ outlet: 'La República', link: 'https://example.org/a', title: 't', reportId: `r-${id}` }],
    claims: [],
    reportIds: [`r-${id}`],
    verification: 'single-source',
    revision: 1,
    demo: false,
    ...extra,
  };
}

const at = (minute: number) => new Date(Date.UTC(2023, 0, 9, 12, minute)).toISOString();

function msg(id: string, inc: Incident, change: IncidentMessage['change'] = 'created'): IncidentMessage {
  return { id, change, incident: inc };
}

const ids = (s: IncidentListState) => s.incidents.map((i) => i.id);

describe('compareStreamIds', () => {
  it('orders by milliseconds, then by sequence, numerically', () => {
    expect(compareStreamIds('1700000000000-0', '1700000000001-0')).toBeLessThan(0);
    expect(compareStreamIds('1700000000001-0', '1700000000000-5')).toBeGreaterThan(0);
    expect(compareStreamIds('1700000000000-2', '1700000000000-10')).toBeLessThan(0);
    expect(compareStreamIds('1700000000000-10', '1700000000000-10')).toBe(0);
    // Lexicographic order would get these wrong.
    expect(compareStreamIds('9-0', '10-0')).toBeLessThan(0);
    expect(compareStreamIds('99-9', '100-0')).toBeLessThan(0);
  });

  it('treats a missing sequence as 0 and ignores leading zeros', () => {
    expect(compareStreamIds('5', '5-0')).toBe(0);
    expect(compareStreamIds('5', '5-1')).toBeLessThan(0);
    expect(compareStreamIds('0005-01', '5-1')).toBe(0);
    expect(compareStreamIds('0-0', '0-1')).toBeLessThan(0);
  });

  it('is exact beyond Number precision', () => {
    expect(compareStreamIds('1-9007199254740993', '1-9007199254740992')).toBeGreaterThan(0);
  });

  it('sorts malformed ids before every valid id', () => {
    expect(compareStreamIds('garbage', '0-0')).toBeLessThan(0);
    expect(compareStreamIds('0-0', '')).toBeGreaterThan(0);
    expect(compareStreamIds('1-2-3', '0-0')).toBeLessThan(0);
  });
});

describe('initIncidentList', () => {
  it('sorts newest first by lastSeen, drops repeated ids and bounds the length', () => {
    const state = initIncidentList(
      [incident('a', at(1)), incident('b', at(3)), incident('a', at(9)), incident('c', at(2))],
      '10-0',
      2,
    );
    expect(ids(state)).toEqual(['b', 'c']);
    expect(state.lastId).toBe('10-0');
  });
});

describe('reduceIncidentMessages', () => {
  const start = () => initIncidentList([incident('a', at(5)), incident('b', at(3))], '100-0');

  it('puts a created incident in lastSeen order and records its stream id', () => {
    const next = reduceIncidentMessages(start(), [msg('100-1', incident('c', at(10)))]);
    expect(ids(next)).toEqual(['c', 'a', 'b']);
    expect(next.lastId).toBe('100-1');

    const older = reduceIncidentMessages(next, [msg('100-2', incident('d', at(4)))]);
    expect(ids(older)).toEqual(['c', 'a', 'd', 'b']);
  });

  it('ignores ids at or below the last applied one and returns the same state', () => {
    const state = start();
    expect(reduceIncidentMessages(state, [msg('100-0', incident('x', at(30)))])).toBe(state);
    expect(reduceIncidentMessages(state, [msg('99-7', incident('x', at(30)))])).toBe(state);
  });

  it('applies a replayed batch once, even when it is delivered twice', () => {
    const batch = [msg('101-0', incident('c', at(10))), msg('102-0', incident('d', at(11)))];
    const once = reduceIncidentMessages(start(), batch);
    const twice = reduceIncidentMessages(once, batch);
    expect(twice).toBe(once);
    expect(ids(twice)).toEqual(['d', 'c', 'a', 'b']);
    // Duplicates inside one batch are dropped too.
    const dup = reduceIncidentMessages(start(), [...batch, batch[0]!]);
    expect(ids(dup)).toEqual(['d', 'c', 'a', 'b']);
    expect(dup.lastId).toBe('102-0');
  });

  it('replaces the row of an updated incident and moves it up', () => {
    const updated = incident('b', at(20), { killed: 3, revision: 2, verification: 'corroborated' });
    const next = reduceIncidentMessages(start(), [msg('100-1', updated, 'updated')]);
    expect(ids(next)).toEqual(['b', 'a']);
    expect(next.incidents[0]).toBe(updated);
    expect(next.incidents.filter((i) => i.id === 'b')).toHaveLength(1);
  });

  it('places an incident ahead of rows with the same lastSeen', () => {
    const next = reduceIncidentMessages(start(), [msg('100-1', incident('c', at(5)))]);
    expect(ids(next)).toEqual(['c', 'a', 'b']);
  });

  it('keeps at most `limit` rows, dropping the oldest', () => {
    let state = initIncidentList([], '0-0', 3);
    for (let k = 1; k <= 10; k++) state = reduceIncidentMessages(state, [msg(`${k}-0`, incident(`i${k}`, at(k)))], 3);
    expect(ids(state)).toEqual(['i10', 'i9', 'i8']);
    expect(state.lastId).toBe('10-0');
  });

  it('drops incidents the view does not accept and removes their rows when an update takes them out', () => {
    const onlyClash = (i: Incident) => i.type === 'clash';
    const state = initIncidentList([incident('a', at(5), { type: 'clash' })], '100-0');
    const next = reduceIncidentMessages(
      state,
      [msg('100-1', incident('b', at(6), { type: 'strike' })), msg('100-2', incident('c', at(7), { type: 'clash' }))],
      10,
      onlyClash,
    );
    expect(ids(next)).toEqual(['c', 'a']);
    expect(next.lastId).toBe('100-2');
    const moved = reduceIncidentMessages(next, [msg('100-3', incident('a', at(8), { type: 'riot' }), 'updated')], 10, onlyClash);
    expect(ids(moved)).toEqual(['c']);
  });

  it('appends an older page below the live rows without repeating ids', () => {
    const state = start();
    const next = appendPage(state, [incident('b', at(3)), incident('z', at(1))]);
    expect(ids(next)).toEqual(['a', 'b', 'z']);
    expect(appendPage(next, [incident('z', at(1))])).toBe(next);
  });

  it('does not mutate the previous state', () => {
    const state = start();
    const before = ids(state);
    reduceIncidentMessages(state, [msg('100-1', incident('c', at(10))), msg('100-2', incident('a', at(11)))]);
    expect(ids(state)).toEqual(before);
  });
});

function stats(window: Stats['window'], streamId: string, strike: number): Stats {
  return {
    window,
    from: at(0),
    to: at(59),
    byType: { repression: 0, clash: 0, riot: 0, roadblock: 0, strike, demonstration: 0 },
    previousByType: { repression: 0, clash: 0, riot: 0, roadblock: 0, strike: 0, demonstration: 0 },
    byRegion: [],
    totals: { incidents: strike, killed: 0, injured: 0, detained: 0 },
    streamId,
  };
}

describe('message guards', () => {
  it('accepts well-formed messages and rejects others', () => {
    expect(isIncidentMessage(msg('1-0', incident('a', at(1))))).toBe(true);
    expect(isIncidentMessage({ id: '1-0', change: 'deleted', incident: incident('a', at(1)) })).toBe(false);
    expect(isIncidentMessage({ id: 1, change: 'created', incident: incident('a', at(1)) })).toBe(false);
    expect(isIncidentMessage({ id: '1-0', change: 'created', incident: { ...incident('a', at(1)), type: 'x' } })).toBe(
      false,
    );
    expect(isStats(stats('today', '1-0', 2))).toBe(true);
    expect(isStats({ ...stats('today', '1-0', 2), totals: { incidents: 1 } })).toBe(false);
    expect(isStats(null)).toBe(false);
  });
});

describe('parseIncidentPage', () => {
  it('accepts an /api/incidents body and rejects anything else', () => {
    const page = { incidents: [incident('a', at(1))], nextCursor: null, streamId: '5-0' };
    expect(parseIncidentPage(page)).toEqual({ incidents: page.incidents, streamId: '5-0', nextCursor: null });
    expect(parseIncidentPage({ ...page, nextCursor: '9:x' })?.nextCursor).toBe('9:x');
    expect(parseIncidentPage({ incidents: [{ id: 'a' }], streamId: '5-0' })).toBeUndefined();
    expect(parseIncidentPage({ incidents: [] })).toBeUndefined();
    expect(parseIncidentPage({ error: 'Redis unavailable' })).toBeUndefined();
  });
});
