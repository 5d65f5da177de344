import type { Incident, Report } from '../types';
import { fold } from './text';

/** A running incident takes reports up to this many days after its latest day; quieter than that, it is closed. */
export const RUNNING_IDLE_DAYS = 7;

// On folded text: "paro (nacional) indefinido", "huelga indefinida", "bloqueo por tiempo indefinido",
// "indefinite (general) strike", "strike ... indefinitely".
const RUNNING_RE = new RegExp(
  [
    String.raw`\b(?:paro|huelga|bloqueo|bloqueos|plan de lucha)(?: [a-z]+){0,2} (?:por tiempo )?indefinid[oa]s?\b`,
    String.raw`\bindefinite(?: [a-z]+){0,2} (?:strike|walkout|blockade|shutdown|stoppage)s?\b`,
    String.raw`\b(?:strike|strikes|blockade|blockades|walkout)\b(?: [a-z]+){0,4} indefinitely\b`,
  ].join('|'),
);

/** A strike or roadblock report that says the action is indefinite ("paro indefinido", "indefinite strike"). */
export function isRunningReport(r: Pick<Report, 'type' | 'title' | 'summary'>): boolean {
  if (r.type !== 'strike' && r.type !== 'roadblock') return false;
  // Asked at each merge and of each running candidate: kept by report (reports are not modified).
  let running = answers.get(r);
  if (running === undefined) {
    running = RUNNING_RE.test(fold(`${r.title}\n${r.summary}`).replace(/[^a-z0-9\n]+/g, ' '));
    answers.set(r, running);
  }
  return running;
}

const answers = new WeakMap<object, boolean>();

/** A running incident that has not ended: it is found by region beyond the usual ±1 day. */
export function isOpenRunning(i: Pick<Incident, 'running' | 'status'>): boolean {
  return i.running === true && i.status !== 'ended';
}
