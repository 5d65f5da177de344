import type { Incident, Report } from '../types';
import { addDays, candidateKeys, incidentKeys, regionKey } from './keys';
import { bestMatch } from './match';
import { mergeReport } from './merge';
import { isOpenRunning, RUNNING_IDLE_DAYS } from './running';

/** Two versions of an incident that are looked up under the same keys (days, region, open running until a day; the
 *  town, or for an incident of no country the names in its headlines: incidentKeys). */
function sameKeys(a: Incident, b: Incident): boolean {
  return a.date === b.date && a.lastDate === b.lastDate && regionKey(a) === regionKey(b) && isOpenRunning(a) === isOpenRunning(b) &&
    a.place === b.place && a.admin3 === b.admin3 && (a.country !== null || a.sources === b.sources);
}

export type IndexChange = 'created' | 'updated' | 'unchanged';

/**
 * Incidents in memory, for the CLI and the benchmarks: the same matching as the Redis store, with candidates looked
 * up by day and region (candidateKeys / incidentKeys), plus the open running incidents of the report's region, so
 * that adding a report costs the same however many incidents are held.
 */
export class MemoryIncidentIndex {
  private readonly incidents = new Map<string, Incident>();
  private readonly byKey = new Map<string, Set<string>>();
  private readonly byReport = new Map<string, string>();
  /** Open running incidents by region: id -> lastDate. */
  private readonly running = new Map<string, Map<string, string>>();
  private examined = 0;

  add(report: Report): { incident: Incident; change: IndexChange } {
    const heldBy = this.byReport.get(report.id);
    if (heldBy !== undefined) return { incident: this.incidents.get(heldBy)!, change: 'unchanged' };

    const candidates = this.candidates(report);
    this.examined += candidates.length;
    const match = bestMatch(report, candidates);
    const incident = mergeReport(match, report);
    this.incidents.set(incident.id, incident);
    if (!match) this.index(incident);
    else if (!sameKeys(match, incident)) this.reindex(match, incident);
    this.byReport.set(report.id, incident.id);
    return { incident, change: match ? 'updated' : 'created' };
  }

  get(id: string): Incident | undefined {
    return this.incidents.get(id);
  }

  get size(): number {
    return this.incidents.size;
  }

  /** How many candidate incidents add() has scored in all, to check that lookups stay narrow. */
  get candidatesExamined(): number {
    return this.examined;
  }

  private candidates(report: Report): Incident[] {
    const ids = new Set<string>();
    for (const key of candidateKeys(report)) for (const id of this.byKey.get(key) ?? []) ids.add(id);
    const since = addDays(report.date, -RUNNING_IDLE_DAYS);
    for (const [id, lastDate] of this.running.get(regionKey(report)) ?? []) if (lastDate >= since) ids.add(id);
    return [...ids].map((id) => this.incidents.get(id)!);
  }

  /** Moves an incident from the keys of its version `from` to those of `to`: only the keys that changed. */
  private reindex(from: Incident, to: Incident): void {
    const next = new Set(incidentKeys(to));
    for (const key of incidentKeys(from)) {
      if (next.delete(key)) continue;
      const ids = this.byKey.get(key);
      ids?.delete(from.id);
      if (ids?.size === 0) this.byKey.delete(key);
    }
    this.running.get(regionKey(from))?.delete(from.id);
    this.index(to, next);
  }

  /** Adds an incident under `keys` (all of its own by default) and to the open running incidents when it is one. */
  private index(incident: Incident, keys: Iterable<string> = incidentKeys(incident)): void {
    for (const key of keys) {
      let ids = this.byKey.get(key);
      if (!ids) this.byKey.set(key, (ids = new Set()));
      ids.add(incident.id);
    }
    if (isOpenRunning(incident)) {
      const region = regionKey(incident);
      let open = this.running.get(region);
      if (!open) this.running.set(region, (open = new Map()));
      open.set(incident.id, incident.lastDate);
    }
  }
}
