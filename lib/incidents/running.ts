import type { Incident, Report } from '../types';
import { foldedWords, lastOf } from './text';

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
// blockade", "blockade drags on". Each pattern is tried only on a text that holds one of its words, which every match
// of it holds.
const CONTINUING: [words: string[], re: RegExp][] = [
  [[' dia', ' jornada', ' semana'], new RegExp(
    [
      String.raw`\b(?:${ORDINAL_ES}) (?:dia|jornada|semana)\b`,
      String.raw`\b(?:cumplen?|completan?|lleva|llevan) (?:${COUNT}) (?:dias|semanas?)\b`,
      String.raw`\b(?:${COUNT}) (?:dias|semanas) (?:de|del) (?:${ACTION_ES})\b`,
    ].join('|'),
  )],
  [['sigue', 'continua', 'persiste', 'mantiene', 'prolonga'],
    new RegExp(String.raw`\b(?:sigue|siguen|continua|continuan|persiste|persisten|se mantiene|se prolonga) (?:el|la|los|las) (?:${ACTION_ES})\b`)],
  [[' day', ' week'], new RegExp(
    [
      String.raw`\b(?:${ORDINAL_EN}) (?:straight |consecutive )?(?:day|week)\b`,
      String.raw`\b(?:${COUNT}) (?:days|weeks) (?:of|into) (?:the |a |an )?(?:[a-z]+ )?(?:${ACTION_EN})\b`,
    ].join('|'),
  )],
  [['day '], /\bday (?:\d+|two|three|four|five|six|seven|eight|nine|ten) of\b/],
  [[' drag', ' grind'], new RegExp(String.raw`\b(?:${ACTION_EN}) (?:drags|drag|dragged|grinds|grind) on\b`)],
];

/** Some word of CONTINUING's, in one pass over the text: most texts hold none. */
const MAY_CONTINUE = new RegExp(CONTINUING.flatMap(([words]) => words).join('|'));

function holdsAny(text: string, words: string[]): boolean {
  for (const w of words) if (text.includes(w)) return true;
  return false;
}

/** A strike or roadblock report that says the action is indefinite ("paro indefinido", "indefinite strike"), or that
 *  it goes on: it counts its days ("sexto día de bloqueo", "strike enters second week") or says it continues ("sigue
 *  el paro"). Either makes a running incident: a strike or blockade of several days in one place is one incident. */
export function isRunningReport(r: Pick<Report, 'type' | 'title' | 'summary'>): boolean {
  if (r.type !== 'strike' && r.type !== 'roadblock') return false;
  return saysRunning(r);
}

// Asked at each merge and of each running candidate, about the report being matched.
const saysRunning = lastOf((r: Pick<Report, 'title' | 'summary'>): boolean => {
  const text = runningText(r);
  // (Each way RUNNING_RE says it, "indefinido", "indefinite", "indefinitely", begins with "indefini".)
  if (text.includes('indefini') && RUNNING_RE.test(text)) return true;
  if (!MAY_CONTINUE.test(text)) return false;
  for (const [words, re] of CONTINUING) if (holdsAny(text, words) && re.test(text)) return true;
  return false;
});

/** The report's title and summary as the patterns here read them: folded, words apart by one space. */
const runningText = lastOf((r: Pick<Report, 'title' | 'summary'>) => foldedWords(`${r.title}\n${r.summary}`));

const ORDINAL_VALUE: Record<string, number> = {
  segundo: 2, segunda: 2, tercer: 3, tercero: 3, tercera: 3, cuarto: 4, cuarta: 4, quinto: 5, quinta: 5, sexto: 6,
  sexta: 6, septimo: 7, setimo: 7, septima: 7, octavo: 8, noveno: 9, decimo: 10, second: 2, third: 3, fourth: 4,
  fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};
const COUNT_VALUE: Record<string, number> = {
  a: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, two: 2, three: 3,
  four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};
const valueOf = (w: string, table: Record<string, number>) => table[w] ?? (/^\d+/.test(w) ? parseInt(w, 10) : NaN);
const STATED_DAY: [RegExp, (m: RegExpExecArray) => number][] = [
  [new RegExp(String.raw`\b(${ORDINAL_ES}|${ORDINAL_EN}) (?:straight |consecutive )?(dia|jornada|day|semana|week)\b`), (m) =>
    /semana|week/.test(m[2]!) ? (valueOf(m[1]!, ORDINAL_VALUE) - 1) * 7 + 1 : valueOf(m[1]!, ORDINAL_VALUE)],
  [new RegExp(String.raw`\b(?:cumplen?|completan?|lleva|llevan) (${COUNT}) (dias|semanas?)\b`), (m) => valueOf(m[1]!, COUNT_VALUE) * (m[2]!.startsWith('semana') ? 7 : 1)],
  [new RegExp(String.raw`\b(${COUNT}) (dias|semanas|days|weeks) (?:de|del|of|into)\b`), (m) => valueOf(m[1]!, COUNT_VALUE) * (/semana|week/.test(m[2]!) ? 7 : 1)],
  [/\bday (\d+) of\b/, (m) => parseInt(m[1]!, 10)],
];

/** Words every match of STATED_DAY holds ("day " for "day 5 of"). */
const STATED_WORDS = [' dia', ' jornada', ' semana', ' day', ' week', 'day '];

/** dayStated, asked of each candidate after a running report's days, about the report being matched. */
export const statedDay = lastOf(dayStated);

/** The day of the action a report says it is on ("tercer día de paro" 3, "enters its second week" 8, "cumple una
 *  semana" 7), or null when it gives none. */
function dayStated(r: Pick<Report, 'title' | 'summary'>): number | null {
  const text = runningText(r);
  if (!holdsAny(text, STATED_WORDS)) return null;
  for (const [re, value] of STATED_DAY) {
    const m = re.exec(text);
    if (!m) continue;
    const n = value(m);
    if (Number.isFinite(n) && n >= 1) return n;
  }
  return null;
}

/** A running incident that has not ended: it is found by region beyond the usual ±1 day. */
export function isOpenRunning(i: Pick<Incident, 'running' | 'status'>): boolean {
  return i.running === true && i.status !== 'ended';
}
