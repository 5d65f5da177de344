import type { Incident, Report } from '../types';
import { fold } from './text';

/** A running incident takes reports up to this many days after its latest day; quieter than that, it is closed. */
export const RUNNING_IDLE_DAYS = 7;

// On folded text: "paro (nacional) indefinido", "huelga indefinida", "bloqueo por tiempo indefinido", "bloquean por
// tiempo indefinido", "indefinite (general) strike", "strike ... indefinitely".
const RUNNING_RE = new RegExp(
  [
    String.raw`\b(?:paro|huelga|bloqueo|bloqueos|plan de lucha|bloquean|paralizan|paran)(?: [a-z]+){0,2} (?:por tiempo )?indefinid[oa]s?\b`,
    String.raw`\bindefinite(?: [a-z]+){0,2} (?:strike|walkout|blockade|shutdown|stoppage)s?\b`,
    String.raw`\b(?:strike|strikes|blockade|blockades|walkout)\b(?: [a-z]+){0,4} indefinitely\b`,
  ].join('|'),
);

const ORDINAL_ES = 'segundo|segunda|tercer|tercero|tercera|cuarto|cuarta|quinto|quinta|sexto|sexta|septimo|setimo|septima|octavo|noveno|decimo';
const ORDINAL_EN = 'second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th)';
const COUNT = 'dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|una|two|three|four|five|six|seven|eight|nine|ten|a|\\d+';
const ACTION_ES = 'paro|paros|huelga|bloqueo|bloqueos|paralizacion|medida|protesta|protestas';
const ACTION_EN = 'strike|blockade|blockades|roadblock|roadblocks|stoppage|shutdown|walkout|protest|protests';

// A report that counts the days of the action, or says it goes on: "sexto día de bloqueo", "cumple una semana el
// paro", "tres días de paro", "sigue el paro", "strike enters its second week", "for a fourth day", "day 5 of the
// blockade", "blockade drags on".
const CONTINUING_RE = new RegExp(
  [
    String.raw`\b(?:${ORDINAL_ES}) (?:dia|jornada|semana)\b`,
    String.raw`\b(?:cumplen?|completan?|lleva|llevan) (?:${COUNT}) (?:dias|semanas?)\b`,
    String.raw`\b(?:${COUNT}) (?:dias|semanas) (?:de|del) (?:${ACTION_ES})\b`,
    String.raw`\b(?:sigue|siguen|continua|continuan|persiste|persisten|se mantiene|se prolonga) (?:el|la|los|las) (?:${ACTION_ES})\b`,
    String.raw`\b(?:${ORDINAL_EN}) (?:straight |consecutive )?(?:day|week)\b`,
    String.raw`\bday (?:\d+|two|three|four|five|six|seven|eight|nine|ten) of\b`,
    String.raw`\b(?:${COUNT}) (?:days|weeks) (?:of|into) (?:the |a |an )?(?:[a-z]+ )?(?:${ACTION_EN})\b`,
    String.raw`\b(?:${ACTION_EN}) (?:drags|drag|dragged|grinds|grind) on\b`,
  ].join('|'),
);

/** A strike or roadblock report that says the action is indefinite ("paro indefinido", "indefinite strike"), or that
 *  it goes on: it counts its days ("sexto día de bloqueo", "strike enters second week") or says it continues ("sigue
 *  el paro"). Either makes a running incident: a strike or blockade of several days in one place is one incident. */
export function isRunningReport(r: Pick<Report, 'type' | 'title' | 'summary'>): boolean {
  if (r.type !== 'strike' && r.type !== 'roadblock') return false;
  // Asked at each merge and of each running candidate: kept by report (reports are not modified).
  let running = answers.get(r);
  if (running === undefined) {
    const text = fold(`${r.title}\n${r.summary}`).replace(/[^a-z0-9\n]+/g, ' ');
    running = RUNNING_RE.test(text) || CONTINUING_RE.test(text);
    answers.set(r, running);
  }
  return running;
}

const answers = new WeakMap<object, boolean>();

/** A running incident that has not ended: it is found by region beyond the usual ±1 day. */
export function isOpenRunning(i: Pick<Incident, 'running' | 'status'>): boolean {
  return i.running === true && i.status !== 'ended';
}
