// The local day of the event: the published day in the event's time zone, moved by "ayer"/"yesterday", a weekday
// name ("el lunes", "on Monday") or a near explicit date ("el 9 de enero", "January 9") when the text gives one.
import { TZDate } from '@date-fns/tz';
import { addDays, format } from 'date-fns';

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

/** The local calendar day of an instant in a time zone, as YYYY-MM-DD. */
export function localDay(instant: Date, timeZone: string): string {
  return format(new TZDate(instant.getTime(), timeZone), 'yyyy-MM-dd');
}

/**
 * The local day of the event. `folded` is the folded item text; the reference instant is the publication time,
 * or `now` when the item has none (or an unreadable one).
 */
export function eventDay(
  folded: string,
  published: string | null | undefined,
  timeZone: string,
  now: Date,
  announced: boolean,
): EventDay {
  const parsed = published ? new Date(published) : null;
  const ref = parsed && !Number.isNaN(parsed.getTime()) ? parsed : now;
  const day = new TZDate(ref.getTime(), timeZone);
  const fmt = (d: Date) => format(d, 'yyyy-MM-dd');

  CUES.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CUES.exec(folded))) {
    const g = m.groups ?? {};
    const cue = { start: m.index, end: m.index + m[0].length };
    if (g.before2) return { date: fmt(addDays(day, -2)), cue };
    if (g.before1) return { date: fmt(addDays(day, -1)), cue };
    if (g.today) return { date: fmt(day), cue };
    const wdName = g.nextday ?? g.wd ?? g.wd2;
    if (wdName) {
      const wd = WEEKDAYS[wdName]!;
      const diff = (day.getDay() - wd + 7) % 7;
      const forward = (wd - day.getDay() + 7) % 7;
      if (g.nextday || announced) return { date: fmt(addDays(day, forward)), cue };
      return { date: fmt(addDays(day, -diff)), cue };
    }
    const dd = Number(g.d1 ?? g.d2);
    const mm = MONTHS[g.m1 ?? g.m2 ?? ''];
    if (mm && dd >= 1 && dd <= 31) {
      // The nearest such date; kept only when close: a week back, or up to 90 days ahead for an announced event.
      for (const year of [day.getFullYear() - 1, day.getFullYear(), day.getFullYear() + 1]) {
        const cand = new TZDate(year, mm - 1, dd, 12, 0, 0, timeZone);
        if (cand.getMonth() !== mm - 1) continue;
        const days = Math.round((cand.getTime() - day.getTime()) / 86_400_000);
        if ((days <= 0 && days >= -7) || (announced && days > 0 && days <= 90)) {
          return { date: fmt(cand), cue };
        }
      }
    }
  }
  return { date: fmt(day), cue: null };
}
