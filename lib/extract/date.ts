// The local day of the event: the published day in the event's time zone, moved by "ayer"/"yesterday", a weekday
// name ("el lunes", "on Monday") or a near explicit date ("el 9 de enero", "January 9") when the text gives one.
import { DAY, dayNumber, ymd } from '../time';
import { mayMatch } from './gate';

const WEEKDAYS: Record<string, number> = {
  domingo: 0, lunes: 1, martes: 2, miercoles: 3, jueves: 4, viernes: 5, sabado: 6,
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};
const MONTHS: Record<string, number> = {
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9,
  octubre: 10, noviembre: 11, diciembre: 12, january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7,
  august: 8, september: 9, october: 10, november: 11, december: 12,
};

const WD = Object.keys(WEEKDAYS).join('|');
const MO = Object.keys(MONTHS).join('|');
const CUES = new RegExp(
  [
    String.raw`\b(?<before2>anteayer|antier|day before yesterday)\b`,
    String.raw`\b(?<before1>ayer|yesterday|anoche|last night)\b`,
    String.raw`\b(?<today>hoy|today|esta manana|this morning|esta tarde|this afternoon|esta noche|tonight)\b`,
    String.raw`\b(?<next>proximo|next|this coming|este proximo) (?<nextday>${WD})\b`,
    String.raw`\b(?:el|este|del|la noche del|la madrugada del|la tarde del|el pasado|pasado|on|last|late on|early on|since) (?<wd>${WD})\b`,
    String.raw`\b(?<wd2>${WD})(?:'s| night| morning| afternoon)\b`,
    String.raw`\b(?<d1>\d{1,2}) de (?<m1>${MO})\b`,
    String.raw`\b(?<m2>${MO}) (?<d2>\d{1,2})(?:st|nd|rd|th)?\b`,
  ].join('|'),
  'g',
);

export interface EventDay {
  date: string; // YYYY-MM-DD
  /** Offsets of the words that moved the day from the published one, or null. */
  cue: { start: number; end: number } | null;
}

// Many texts have none of the cues' words: they are not searched (gate.ts).
const mayCue = mayMatch(CUES);

/** 0 for Sunday; day 0 (1970-01-01) was a Thursday. */
const weekday = (n: number) => (((n + 4) % 7) + 7) % 7;

const at = (n: number, cue: EventDay['cue']): EventDay => ({ date: ymd(n), cue });

/**
 * The local day of the event. `folded` is the folded item text (`keys`: its keys, or those of a text holding it); the
 * reference instant is the publication time, or `now` when the item has none (or an unreadable one).
 */
export function eventDay(
  folded: string,
  published: string | null | undefined,
  timeZone: string,
  now: Date,
  announced: boolean,
  keys?: Set<number>,
): EventDay {
  const parsed = published ? Date.parse(published) : NaN;
  const day = dayNumber(Number.isNaN(parsed) ? now.getTime() : parsed, timeZone);

  if (keys && !mayCue(keys)) return at(day, null);
  CUES.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CUES.exec(folded))) {
    const g = m.groups ?? {};
    const cue = { start: m.index, end: m.index + m[0].length };
    if (g.before2) return at(day - 2, cue);
    if (g.before1) return at(day - 1, cue);
    if (g.today) return at(day, cue);
    const wdName = g.nextday ?? g.wd ?? g.wd2;
    if (wdName) {
      const wd = WEEKDAYS[wdName]!;
      const back = (weekday(day) - wd + 7) % 7;
      const forward = (wd - weekday(day) + 7) % 7;
      return at(g.nextday || announced ? day + forward : day - back, cue);
    }
    const dd = Number(g.d1 ?? g.d2);
    const mm = MONTHS[g.m1 ?? g.m2 ?? ''];
    if (mm && dd >= 1 && dd <= 31) {
      // The nearest such date; kept only when close: a week back, or up to 90 days ahead for an announced event.
      const year = new Date(day * DAY).getUTCFullYear();
      for (const y of [year - 1, year, year + 1]) {
        const cand = Date.UTC(y, mm - 1, dd);
        if (new Date(cand).getUTCMonth() !== mm - 1) continue;
        const days = cand / DAY - day;
        if ((days <= 0 && days >= -7) || (announced && days > 0 && days <= 90)) return at(cand / DAY, cue);
      }
    }
  }
  return at(day, null);
}
