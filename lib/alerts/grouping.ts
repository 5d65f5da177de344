// Alertmanager-style grouping, pure: how a matching incident changes its group, and what a group's flush sends.
import { createHash } from 'node:crypto';
import type { Incident } from '../types';
import { labelsOf, materialOf, regionOf, silencedBy, snapshot } from './match';
import type { AlertGroup, AlertState, Notification, NotifiedAlert, Rule, Silence } from './types';

/** How the group's next flush time is written: NX keeps an earlier schedule, LT only brings it forward. */
export type DueMode = 'NX' | 'LT' | 'SET' | 'DEL' | 'KEEP';

export interface GroupWrite {
  group: AlertGroup | null; // null: delete the group
  due: number;
  dueMode: DueMode;
}

export const groupKeyOf = (rule: string, region: string) => `${rule}|${region}`;
export const alertKeyOf = (rule: string, incidentId: string, revision: number) => `${rule}|${incidentId}|${revision}`;

export function newGroup(rule: Rule, i: Incident): AlertGroup {
  const region = regionOf(i);
  return { key: groupKeyOf(rule.name, region), rule: rule.name, region, label: i.admin1 ?? i.country ?? region, version: 0, lastNotified: 0, alerts: {} };
}

/**
 * A matching incident (at some revision) enters its group. A later revision with the same material fields updates
 * the alert silently; a material change marks it pending (an update, or a new alert when the rule has onUpdate: new).
 * Returns null when this revision was already applied (a redelivered stream entry).
 */
export function applyMatch(current: AlertGroup | null, rule: Rule, i: Incident, now: number): GroupWrite | null {
  const g = current ? structuredClone(current) : newGroup(rule, i);
  const snap = snapshot(i);
  const material = materialOf(snap);
  const base = `${rule.name}|${i.id}`;
  const latest = Object.values(g.alerts)
    .filter((a) => a.incident.id === i.id)
    .sort((a, b) => b.incident.revision - a.incident.revision)[0];
  if (latest && latest.incident.revision >= i.revision) return null;
  if (latest && latest.material === material) {
    latest.incident = snap;
    return { group: g, due: 0, dueMode: 'KEEP' };
  }
  if (latest && rule.onUpdate === 'update') {
    Object.assign(latest, { incident: snap, material, pending: true, change: latest.notifiedRevision > 0 ? 'updated' : latest.change });
  } else {
    const id = latest ? `${base}|r${i.revision}` : base;
    g.alerts[id] = { id, incident: snap, material, pending: true, change: 'new', notifiedRevision: 0 };
  }
  if (g.lastNotified === 0) return { group: g, due: now + rule.groupWait, dueMode: 'NX' };
  return { group: g, due: Math.max(now, g.lastNotified + rule.groupInterval), dueMode: 'LT' };
}

export interface FlushContext {
  silences: Silence[];
  /** Incident id -> rule name -> severity rank of the rules firing for it. */
  firing: Map<string, Record<string, number>>;
  rank: number; // this rule's severity rank
}

export interface Skipped {
  alert: AlertState;
  key: string;
  status: 'silenced' | 'inhibited';
  reason: string;
}

export interface FlushPlan extends GroupWrite {
  notification: Notification | null;
  skipped: Skipped[];
}

function inhibitor(ctx: FlushContext, rule: string, incidentId: string): string | null {
  for (const [other, rank] of Object.entries(ctx.firing.get(incidentId) ?? {})) if (other !== rule && rank > ctx.rank) return other;
  return null;
}

/**
 * A group's flush: pending alerts are sent (or dropped when silenced or inhibited) in one notification; with nothing
 * pending, a group that still fires is re-sent once repeatInterval has passed since its last notification. Alerts whose
 * incident had no report for resolveAfter leave the group; an empty group is deleted.
 */
export function planFlush(current: AlertGroup, rule: Rule, now: number, ctx: FlushContext): FlushPlan {
  const g = structuredClone(current);
  for (const [id, a] of Object.entries(g.alerts)) if (Date.parse(a.incident.lastSeen) + rule.resolveAfter < now) delete g.alerts[id];

  const why = (a: AlertState): Omit<Skipped, 'alert' | 'key'> | null => {
    const s = silencedBy(labelsOf(rule, a.incident), ctx.silences, now);
    if (s) return { status: 'silenced', reason: `silence ${s.id} until ${s.expiresAt}` };
    const by = inhibitor(ctx, rule.name, a.incident.id);
    return by ? { status: 'inhibited', reason: `inhibited by the more severe rule "${by}"` } : null;
  };

  const pending = Object.values(g.alerts).filter((a) => a.pending);
  const send: NotifiedAlert[] = [];
  const skipped: Skipped[] = [];
  for (const a of pending) {
    const key = alertKeyOf(rule.name, a.incident.id, a.incident.revision);
    const skip = why(a);
    if (skip) skipped.push({ alert: a, key, ...skip });
    else send.push({ id: a.id, key, change: a.change, incident: a.incident });
    a.pending = false;
    a.notifiedRevision = a.incident.revision;
  }

  let kind: Notification['kind'] = 'firing';
  if (pending.length === 0 && g.lastNotified > 0 && now >= g.lastNotified + rule.repeatInterval) {
    kind = 'repeat';
    for (const a of Object.values(g.alerts)) {
      if (!why(a)) send.push({ id: a.id, key: alertKeyOf(rule.name, a.incident.id, a.incident.revision), change: 'repeat', incident: a.incident });
    }
  }

  let notification: Notification | null = null;
  if (send.length > 0) {
    const keys = send.map((s) => s.key).sort();
    const digest = createHash('sha256')
      .update([g.key, kind, kind === 'repeat' ? String(g.lastNotified) : '', ...keys].join('\n'))
      .digest('hex')
      .slice(0, 32);
    notification = {
      key: `${rule.name}.${digest}`,
      rule: rule.name,
      severity: rule.severity,
      group: g.key,
      region: g.region,
      regionName: g.label,
      kind,
      at: new Date(now).toISOString(),
      alerts: send.sort((a, b) => a.incident.firstSeen.localeCompare(b.incident.firstSeen)),
      firing: Object.keys(g.alerts).length,
    };
  }
  if (notification || pending.length > 0) g.lastNotified = now;

  if (Object.keys(g.alerts).length === 0) return { group: null, due: 0, dueMode: 'DEL', notification, skipped };
  if (g.lastNotified === 0) return { group: g, due: 0, dueMode: 'DEL', notification, skipped };
  return { group: g, due: g.lastNotified + rule.repeatInterval, dueMode: 'SET', notification, skipped };
}
