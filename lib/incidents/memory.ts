import type { Incident, Report } from '../types';
import { addDays, candidateKeys, incidentKeys, regionKey, townNames } from './keys';
import { bestMatch } from './match';
import { mergeReport } from './merge';
import { isOpenRunning, RUNNING_IDLE_DAYS } from './running';

/** Two versions of an incident that are looked up under the same keys (days, region, open running until a day; the
 *  town, or for an incident of no town the names in its headlines: incidentKeys), given the second one's townNames. */
function sameKeys(a: Held, b: Incident, names: string[]): boolean {
  const i = a.incident;
  return i.date === b.date && i.lastDate === b.lastDate && i.country === b.country && regionKey(i) === regionKey(b) &&
    isOpenRunning(i) === isOpenRunning(b) && sameList(a.names, names);
}

function sameList(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

export type IndexChange = 'created' | 'updated' | 'unchanged';

/** One incident in the index: its latest version and the lookup keys it is held under. A candidate lookup marks
 *  each incident it has found with its own number, so that one found under several keys is listed once. */
interface Held {
  incident: Incident;
  keys: string[];
  /** townNames of the incident (the part of its keys that its headlines may change). */
  names: string[];
  /** The region whose open running incidents it is among, or null. */
  runningIn: string | null;
  mark: number;
}

/**
 * Incidents in memory, for the CLI and the benchmarks: the same matching as the Redis store, with candidates looked
 * up by day and region (candidateKeys / incidentKeys), plus the open running incidents of the report's region, so
 * that adding a report costs the same however many incidents are held.
 */
export class MemoryIncidentIndex {
  private readonly incidents = new Map<string, Held>();
  private readonly byKey = new Map<string, Set<Held>>();
  private readonly byReport = new Map<string, string>();
  /** Open running incidents by region. */
  private readonly running = new Map<string, Set<Held>>();
  private examined = 0;
  private lookups = 0;

  add(report: Report): { incident: Incident; change: IndexChange } {
    const heldBy = this.byReport.get(report.id);
    if (heldBy !== undefined) return { incident: this.incidents.get(heldBy)!.incident, change: 'unchanged' };

    const candidates = this.candidates(report);
    this.examined += candidates.length;
    const match = bestMatch(report, candidates);
    const incident = mergeReport(match, report);
    if (!match) {
      const held: Held = { incident, keys: [], names: townNames(incident), runningIn: null, mark: 0 };
      this.incidents.set(incident.id, held);
      this.index(held);
    } else {
      const held = this.incidents.get(incident.id)!;
      const names = townNames(incident);
      const same = sameKeys(held, incident, names);
      held.incident = incident;
      if (!same) {
        held.names = names;
        this.reindex(held);
      }
    }
    this.byReport.set(report.id, incident.id);
    return { incident, change: match ? 'updated' : 'created' };
  }

  get(id: string): Incident | undefined {
    return this.incidents.get(id)?.incident;
  }

  get size(): number {
    return this.incidents.size;
  }

  /** How many candidate incidents add() has scored in all, to check that lookups stay narrow. */
  get candidatesExamined(): number {
    return this.examined;
  }

  private candidates(report: Report): Incident[] {
    const mark = ++this.lookups;
    const out: Incident[] = [];
    for (const key of candidateKeys(report)) {
      const held = this.byKey.get(key);
      if (!held) continue;
      for (const h of held) {
        if (h.mark === mark) continue;
        h.mark = mark;
        out.push(h.incident);
      }
    }
    const open = this.running.get(regionKey(report));
    if (open) {
      const since = addDays(report.date, -RUNNING_IDLE_DAYS);
      for (const h of open) {
        if (h.mark === mark || h.incident.lastDate < since) continue;
        h.mark = mark;
        out.push(h.incident);
      }
    }
    return out;
  }

  /** Moves an incident from the keys it is held under to those of its latest version: only the keys that changed. */
  private reindex(held: Held): void {
    if (held.runningIn !== null) this.running.get(held.runningIn)?.delete(held);
    held.runningIn = null;
    const next = incidentKeys(held.incident, held.names);
    const old = held.keys;
    // Both lists come in one order (by kind of key, then by day), so one walk finds what changed: mostly the first
    // days of each kind go and new last days come. A key met out of that order is taken off and put back.
    let i = 0;
    for (const key of next) {
      const at = old.indexOf(key, i);
      if (at < 0) {
        this.indexKey(held, key);
        continue;
      }
      for (; i < at; i++) this.unindex(held, old[i]!);
      i = at + 1;
    }
    for (; i < old.length; i++) this.unindex(held, old[i]!);
    held.keys = next;
    this.indexRunning(held);
  }

  /** Adds a new incident under its keys. */
  private index(held: Held): void {
    held.keys = incidentKeys(held.incident, held.names);
    for (const key of held.keys) this.indexKey(held, key);
    this.indexRunning(held);
  }

  private indexKey(held: Held, key: string): void {
    let set = this.byKey.get(key);
    if (!set) this.byKey.set(key, (set = new Set()));
    set.add(held);
  }

  private unindex(held: Held, key: string): void {
    const set = this.byKey.get(key);
    set?.delete(held);
    if (set?.size === 0) this.byKey.delete(key);
  }

  /** Adds an incident to the open running incidents of its region when it is one. */
  private indexRunning(held: Held): void {
    if (!isOpenRunning(held.incident)) return;
    const region = regionKey(held.incident);
    let open = this.running.get(region);
    if (!open) this.running.set(region, (open = new Set()));
    open.add(held);
    held.runningIn = region;
  }
}
