// The alert engine: stream entries into groups (evaluate), due groups into notifications (flush). The store holds all
// state; every write is a compare-and-set on the group's version, so several workers can share the work.
import type { Logger } from 'pino';
import type { AlertStore } from '../store/alerts';
import type { IncidentMessage } from '../types';
import { applyMatch, planFlush, type FlushPlan, type GroupWrite } from './grouping';
import { matches, regionOf, severityRank } from './match';
import type { AlertGroup, Notification, Rule } from './types';

const DAY_MS = 24 * 3_600_000;
const MAX_TRIES = 20;
const DROP: GroupWrite = { group: null, due: 0, dueMode: 'DEL' };

export class AlertEngine {
  private rules: Map<string, Rule>;

  constructor(
    private readonly store: AlertStore,
    rules: Rule[],
    private readonly log: Logger,
    /** Called with each committed notification; must queue its deliveries (then clear it from the outbox). */
    private readonly onNotification: (n: Notification) => Promise<void>,
  ) {
    this.rules = new Map(rules.map((r) => [r.name, r]));
  }

  /** Replaces the rules (the registry changed); work in progress finishes with the rules it started with. */
  setRules(rules: Rule[]): void {
    this.rules = new Map(rules.map((r) => [r.name, r]));
  }

  /** Applies one stream entry to the groups of every rule it matches. Idempotent: an entry applied twice changes nothing. */
  async evaluate(m: IncidentMessage, now = Date.now()): Promise<string[]> {
    const hit = [...this.rules.values()].filter((r) => matches(r.match, m.incident));
    // Inhibition looks at every rule firing for the incident, so record them all before any group can flush.
    for (const r of hit) await this.store.markFiring(m.incident.id, r.name, severityRank(r.severity), groupTtl(r));
    for (const r of hit) await this.update(`${r.name}|${regionOf(m.incident)}`, (g) => applyMatch(g, r, m.incident, now));
    return hit.map((r) => r.name);
  }

  /** Flushes every group whose time has come; returns the notifications committed. */
  async flushDue(now = Date.now()): Promise<Notification[]> {
    const out: Notification[] = [];
    const keys = await this.store.dueGroups(now);
    if (keys.length === 0) return out;
    const silences = await this.store.listSilences(now);
    for (const key of keys) {
      const plan = (await this.update(key, async (g) => {
        const rule = g && this.rules.get(g.rule);
        if (!g || !rule) return DROP; // gone, or its rule left the alerts file
        const incidents = Object.values(g.alerts).map((a) => a.incident.id);
        return planFlush(g, rule, now, { silences, firing: await this.store.firing(incidents), rank: severityRank(rule.severity) });
      })) as FlushPlan | null;
      for (const s of plan?.skipped ?? []) {
        await this.store.log([s.alert.id], { at: new Date(now).toISOString(), key: s.key, status: s.status, error: s.reason });
      }
      const n = plan?.notification;
      if (n) {
        this.log.info({ rule: n.rule, group: n.group, key: n.key, alerts: n.alerts.length, kind: n.kind }, 'alert notification');
        await this.onNotification(n);
        out.push(n);
      }
    }
    return out;
  }

  /** Read, plan, compare-and-set; again when another worker wrote the group in between. Returns what was committed. */
  private async update(key: string, plan: (g: AlertGroup | null) => Promise<GroupWrite | null> | GroupWrite | null): Promise<GroupWrite | null> {
    for (let k = 0; k < MAX_TRIES; k++) {
      const g = await this.store.getGroup(key);
      const w = await plan(g);
      if (!w) return null;
      const rule = this.rules.get(w.group?.rule ?? g?.rule ?? '');
      if (await this.store.commitGroup(key, g?.version ?? 0, w, rule ? groupTtl(rule) : DAY_MS)) return w;
    }
    throw new Error(`alert group ${key} kept changing under concurrent writes`);
  }
}

/** How long an idle group is kept: past its alerts' resolution and one more repeat. */
const groupTtl = (r: Rule) => r.resolveAfter + r.repeatInterval + DAY_MS;
