// Does a rule match an incident? Pure: no I/O.
import { fold } from '../gazetteer';
import { headlineFigure, regionKey } from '../incidents';
import type { Incident } from '../types';
import type { AlertIncident, RegionMatcher, Rule, RuleMatch, Severity, Silence } from './types';
import { SEVERITIES } from './types';

const FIGURES = ['killed', 'injured', 'detained'] as const;

/** True when the latest report raised a headline figure (killed, injured or detained) of the incident. */
export function tollRose(i: Incident): boolean {
  if (i.revision < 2) return false;
  const h = i.tollHistory;
  if (h) {
    const last = h[h.length - 1];
    const prev = h[h.length - 2];
    return !!last && last.at === i.lastSeen && FIGURES.some((f) => (last[f] ?? 0) > (prev?.[f] ?? 0));
  }
  const latest = i.reportIds[i.reportIds.length - 1];
  const before = i.claims.filter((c) => c.reportId !== latest);
  return FIGURES.some((f) => (i[f] ?? 0) > (headlineFigure(before, f) ?? 0));
}

function inRegion(i: Incident, r: RegionMatcher): boolean {
  if (i.admin1Code !== r.code) return false;
  if (r.admin2 && (!i.admin2 || fold(i.admin2) !== r.admin2)) return false;
  if (r.admin3 && (!i.admin3 || fold(i.admin3) !== r.admin3)) return false;
  return true;
}

function mentions(i: Incident, keywords: string[]): boolean {
  const text = fold([i.title, ...i.sources.map((s) => s.title), ...i.actors, ...i.cues, i.place ?? ''].join('\n'));
  return keywords.some((k) => text.includes(k));
}

/** Every condition given must hold; an empty match matches every incident. */
export function matches(m: RuleMatch, i: Incident): boolean {
  if (m.countries && !(i.country && m.countries.includes(i.country))) return false;
  if (m.regions && !m.regions.some((r) => inRegion(i, r))) return false;
  if (m.types && !m.types.includes(i.type)) return false;
  if (m.statuses && !m.statuses.includes(i.status)) return false;
  if (m.minKilled !== undefined && (i.killed ?? 0) < m.minKilled) return false;
  if (m.minInjured !== undefined && (i.injured ?? 0) < m.minInjured) return false;
  if (m.minDetained !== undefined && (i.detained ?? 0) < m.minDetained) return false;
  if (m.minOutlets !== undefined && i.outlets.length < m.minOutlets) return false;
  if (m.keywords && !mentions(i, m.keywords)) return false;
  if (m.tollRose && !tollRose(i)) return false;
  return true;
}

export const severityRank = (s: Severity) => SEVERITIES.indexOf(s);

/** The region an alert is grouped by: ISO 3166-2, else "<country>-?". */
export const regionOf = regionKey;

export function snapshot(i: Incident): AlertIncident {
  return {
    id: i.id,
    revision: i.revision,
    type: i.type,
    status: i.status,
    title: i.title,
    country: i.country,
    admin1: i.admin1,
    admin1Code: i.admin1Code,
    admin2: i.admin2,
    admin3: i.admin3,
    place: i.place,
    killed: i.killed,
    injured: i.injured,
    detained: i.detained,
    outlets: i.outlets.length,
    verification: i.verification,
    firstSeen: i.firstSeen,
    lastSeen: i.lastSeen,
    link: i.sources[0]?.link ?? null,
    demo: i.demo,
  };
}

/** The fields whose change is worth telling people about; other revisions (one more outlet, corroboration) update silently. */
export function materialOf(i: AlertIncident): string {
  return [i.type, i.status, i.killed, i.injured, i.detained].join('|');
}

export function labelsOf(rule: Pick<Rule, 'name' | 'severity'>, i: AlertIncident): Record<keyof Silence['matchers'], string> {
  return {
    rule: rule.name,
    region: regionOf(i),
    country: i.country ?? '',
    type: i.type,
    incident: i.id,
    severity: rule.severity,
  };
}

export function silencedBy(labels: Record<string, string>, silences: Silence[], now: number): Silence | null {
  for (const s of silences) {
    if (Date.parse(s.expiresAt) <= now) continue;
    const entries = Object.entries(s.matchers);
    if (entries.length > 0 && entries.every(([k, v]) => labels[k] === v)) return s;
  }
  return null;
}
