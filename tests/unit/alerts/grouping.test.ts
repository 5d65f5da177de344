import { describe, expect, it } from 'vitest';
import { applyMatch, planFlush, type FlushContext } from '../../../lib/alerts/grouping';
import { matches, tollRose } from '../../../lib/alerts/match';
import { validateAlerts } from '../../../lib/alerts/rules';
import type { AlertGroup, Rule } from '../../../lib/alerts/types';
import { mergeReport } from '../../../lib/incidents';
import type { Incident } from '../../../lib/types';
import { report } from '../../helpers/reports';

const T0 = Date.parse('2026-01-10T12:00:00Z');
const at = (ms: number) => new Date(T0 + ms).toISOString();

function mkRule(over: Record<string, unknown> = {}): Rule {
  return validateAlerts({ rules: [{ name: 'r', groupWait: '300ms', groupInterval: '1s', repeatInterval: '1h', channels: [{ type: 'inapp' }], ...over }] }).rules[0]!;
}
const incident = (over: Parameters<typeof report>[0] = {}) => mergeReport(null, report({ ingested: at(0), ...over }));
const update = (i: Incident, over: Parameters<typeof report>[0]) =>
  mergeReport(i, report({ outlet: 'Other', source: 'o', ingested: at(1000), ...over }));
const ctx = (over: Partial<FlushContext> = {}): FlushContext => ({ silences: [], firing: new Map(), rank: 1, ...over });

function apply(g: AlertGroup | null, r: Rule, i: Incident, now: number): AlertGroup {
  return applyMatch(g, r, i, now)!.group!;
}

describe('matching', () => {
  it('holds every given condition', () => {
    const i = incident({ type: 'clash', killed: 2, injured: 5, admin2: 'San Román', admin3: 'Juliaca', title: 'Enfrentamiento en el aeropuerto' });
    const m = (match: Record<string, unknown>) => matches(mkRule({ match }).match, i);
    expect(m({})).toBe(true);
    expect(m({ countries: ['PE'], regions: ['PE-PUN'], types: ['clash'], statuses: ['ongoing'], minKilled: 2, minInjured: 5 })).toBe(true);
    expect(m({ regions: ['PE-PUN/San Román/Juliaca'] })).toBe(true);
    expect(m({ regions: ['211101'] })).toBe(true);
    expect(m({ regions: ['PE-PUN/Puno'] })).toBe(false);
    expect(m({ regions: ['PE-CUS'] })).toBe(false);
    expect(m({ minKilled: 3 })).toBe(false);
    expect(m({ minDetained: 1 })).toBe(false);
    expect(m({ keywords: ['AEROPUERTO'] })).toBe(true);
    expect(m({ keywords: ['hospital'] })).toBe(false);
    expect(m({ minOutlets: 2 })).toBe(false);
    expect(matches(mkRule({ match: { minOutlets: 2 } }).match, update(i, { killed: 2 }))).toBe(true);
  });

  it('tollRose: only when the latest report raised a headline figure', () => {
    const i = incident({ killed: 2 });
    expect(tollRose(i)).toBe(false);
    expect(tollRose(update(i, { killed: 2 }))).toBe(false);
    expect(tollRose(update(i, { killed: 5 }))).toBe(true);
    expect(tollRose(update(incident(), { injured: 3 }))).toBe(true);
  });

  it('tollRose of an incident stored before tollHistory: a latest report with no count raised nothing', () => {
    const { tollHistory: _, ...old } = update(incident({ killed: 2 }), {});
    expect(old.claims).toHaveLength(1); // the second report states no count: no claim of its own
    expect(tollRose(old as Incident)).toBe(false);
    const { tollHistory: __, ...raised } = update(incident({ killed: 2 }), { killed: 5 });
    expect(tollRose(raised as Incident)).toBe(true);
  });
});

describe('grouping like Alertmanager', () => {
  it('waits groupWait, then sends the incidents of one region in one notification', () => {
    const r = mkRule();
    const first = applyMatch(null, r, incident(), T0)!;
    expect(first).toMatchObject({ due: T0 + 300, dueMode: 'NX' });
    const g = apply(first.group, r, incident({ title: 'Otro bloqueo en Juliaca' }), T0 + 100);
    const plan = planFlush(g, r, T0 + 300, ctx());
    expect(plan.notification!.alerts.map((a) => a.change)).toEqual(['new', 'new']);
    expect(plan.notification!.region).toBe('PE-PUN');
    expect(plan).toMatchObject({ due: T0 + 300 + 3_600_000, dueMode: 'SET' });
  });

  it('an update to an incident updates its alert after groupInterval; silent revisions send nothing', () => {
    const r = mkRule();
    const i1 = incident({ killed: 1 });
    const sent = planFlush(apply(null, r, i1, T0), r, T0 + 300, ctx()).group!;
    const same = applyMatch(sent, r, update(i1, { killed: 1 }), T0 + 400)!;
    expect(same.dueMode).toBe('KEEP'); // one more outlet, same figures: no notification
    const rose = applyMatch(same.group, r, update(update(i1, { killed: 1 }), { killed: 4, outlet: 'Third', source: 't', ingested: at(2000) }), T0 + 500)!;
    expect(rose).toMatchObject({ due: T0 + 300 + 1000, dueMode: 'LT' });
    const plan = planFlush(rose.group!, r, T0 + 1300, ctx());
    expect(plan.notification!.alerts).toHaveLength(1);
    expect(plan.notification!.alerts[0]).toMatchObject({ id: `r|${i1.id}`, change: 'updated', incident: { killed: 4, revision: 3 } });
    expect(Object.keys(plan.group!.alerts)).toHaveLength(1);
    expect(applyMatch(plan.group, r, update(i1, { killed: 1 }), T0 + 2000)).toBeNull(); // an older revision redelivered
  });

  it('onUpdate: new makes a new alert of a changed incident', () => {
    const r = mkRule({ onUpdate: 'new' });
    const i1 = incident({ killed: 1 });
    const g = planFlush(apply(null, r, i1, T0), r, T0 + 300, ctx()).group!;
    const plan = planFlush(apply(g, r, update(i1, { killed: 3 }), T0 + 400), r, T0 + 1300, ctx());
    expect(plan.notification!.alerts[0]).toMatchObject({ id: `r|${i1.id}|r2`, change: 'new' });
  });

  it('the same alerts give the same key; different revisions different keys', () => {
    const r = mkRule();
    const i = incident();
    const a = planFlush(apply(null, r, i, T0), r, T0 + 300, ctx()).notification!;
    const b = planFlush(apply(null, r, i, T0 + 50), r, T0 + 900, ctx()).notification!;
    expect(a.key).toBe(b.key);
    const c = planFlush(apply(null, r, update(i, { killed: 1 }), T0), r, T0 + 300, ctx()).notification!;
    expect(c.key).not.toBe(a.key);
  });

  it('silences drop matching alerts until they expire', () => {
    const r = mkRule();
    const g = apply(null, r, incident(), T0);
    const silence = { id: 's1', matchers: { rule: 'r', region: 'PE-PUN' }, expiresAt: at(200), createdAt: at(0) };
    const silenced = planFlush(g, r, T0 + 100, ctx({ silences: [silence] }));
    expect(silenced.notification).toBeNull();
    expect(silenced.skipped.map((s) => s.status)).toEqual(['silenced']);
    expect(planFlush(g, r, T0 + 300, ctx({ silences: [silence] })).notification).not.toBeNull();
    const other = { ...silence, matchers: { rule: 'r', region: 'PE-CUS' } };
    expect(planFlush(g, r, T0 + 100, ctx({ silences: [other] })).notification).not.toBeNull();
  });

  it('inhibition: a more severe rule firing for the incident suppresses this one', () => {
    const r = mkRule();
    const i = incident();
    const g = apply(null, r, i, T0);
    const plan = planFlush(g, r, T0 + 300, ctx({ firing: new Map([[i.id, { r: 1, worse: 3 }]]) }));
    expect(plan.notification).toBeNull();
    expect(plan.skipped[0]).toMatchObject({ status: 'inhibited' });
    expect(planFlush(g, r, T0 + 300, ctx({ firing: new Map([[i.id, { r: 1, milder: 0 }]]) })).notification).not.toBeNull();
  });

  it('repeats an unchanged firing group after repeatInterval, and resolves quiet incidents', () => {
    const r = mkRule({ resolveAfter: '2h' });
    const flushed = planFlush(apply(null, r, incident(), T0), r, T0 + 300, ctx());
    expect(planFlush(flushed.group!, r, T0 + 1000, ctx()).notification).toBeNull();
    const repeat = planFlush(flushed.group!, r, flushed.due, ctx()).notification!;
    expect(repeat.kind).toBe('repeat');
    expect(repeat.alerts[0]!.change).toBe('repeat');
    expect(repeat.key).not.toBe(flushed.notification!.key);
    expect(planFlush(flushed.group!, r, T0 + 3 * 3_600_000, ctx())).toMatchObject({ group: null, dueMode: 'DEL', notification: null });
  });
});
