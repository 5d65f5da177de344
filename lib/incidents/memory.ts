import type { Incident, Report } from '../types';
import { addDays, candidateParts, incidentParts, regionKey } from './keys';
import { bestMatch } from './match';
import { mergeReport } from './merge';
import { isOpenRunning, RUNNING_IDLE_DAYS } from './running';

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
  /** The keys it is held under (incidentParts): each of `parts` on each day from `first` to `last`. */
  parts: string[];
  first: number;
  last: number;
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
  /** The key `<day>|<part>` of candidateKeys and incidentKeys, as part, then day (dayNumber): no key string is made.
   *  (A key holds few incidents: a list.) */
  private readonly byKey = new Map<string, Map<number, Held[]>>();
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
    let held = match ? this.incidents.get(incident.id)! : undefined;
    if (held) held.incident = incident;
    else this.incidents.set(incident.id, (held = { incident, parts: [], first: 0, last: -1, runningIn: null, mark: 0 }));
    this.reindex(held);
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
    const { day, near, back } = candidateParts(report);
    for (const part of near) this.collect(part, day - 1, day + 1, mark, out);
    for (const part of back) this.collect(part, day - RUNNING_IDLE_DAYS, day - 2, mark, out);
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

  /** Adds to `out` the incidents held under `part` on the days from `first` to `last` not marked yet. */
  private collect(part: string, first: number, last: number, mark: number, out: Incident[]): void {
    const days = this.byKey.get(part);
    if (!days) return;
    for (let day = first; day <= last; day++) {
      const list = days.get(day);
      if (!list) continue;
      for (const h of list) {
        if (h.mark === mark) continue;
        h.mark = mark;
        out.push(h.incident);
      }
    }
  }

  /** Moves an incident to the keys of its latest version: when its parts are the same, only the days that changed
   *  (mostly a new last day, and the first one going past MAX_INDEXED_DAYS). */
  private reindex(held: Held): void {
    const next = incidentParts(held.incident);
    if (sameList(held.parts, next.parts)) {
      for (let day = held.first; day <= held.last; day++) {
        if (day < next.first || day > next.last) for (const part of held.parts) this.unindex(held, part, day);
      }
      for (let day = next.first; day <= next.last; day++) {
        if (day < held.first || day > held.last) for (const part of next.parts) this.indexKey(held, part, day);
      }
    } else {
      for (let day = held.first; day <= held.last; day++) for (const part of held.parts) this.unindex(held, part, day);
      for (let day = next.first; day <= next.last; day++) for (const part of next.parts) this.indexKey(held, part, day);
    }
    held.parts = next.parts;
    held.first = next.first;
    held.last = next.last;

    const region = isOpenRunning(held.incident) ? regionKey(held.incident) : null;
    if (region === held.runningIn) return;
    if (held.runningIn !== null) this.running.get(held.runningIn)?.delete(held);
    if (region !== null) {
      let open = this.running.get(region);
      if (!open) this.running.set(region, (open = new Set()));
      open.add(held);
    }
    held.runningIn = region;
  }

  private indexKey(held: Held, part: string, day: number): void {
    let days = this.byKey.get(part);
    if (!days) this.byKey.set(part, (days = new Map()));
    const list = days.get(day);
    if (!list) days.set(day, [held]);
    else if (!list.includes(held)) list.push(held);
  }

  private unindex(held: Held, part: string, day: number): void {
    const days = this.byKey.get(part);
    const list = days?.get(day);
    const k = list ? list.indexOf(held) : -1;
    if (!days || !list || k < 0) return;
    // (The order of a key's incidents does not matter: the last one takes the place of the one that goes.)
    list[k] = list[list.length - 1]!;
    list.pop();
    if (list.length > 0) return;
    days.delete(day);
    if (days.size === 0) this.byKey.delete(part);
  }
}
