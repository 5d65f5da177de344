// Calendar days in a time zone, shared by the extractor (an event's local day) and the store (daily counters).
// Pure: no I/O.

/** Milliseconds in a day. Civil days are counted as whole days since 1970-01-01 (a Thursday). */
export const DAY = 86_400_000;
/** Every zone's offset from UTC is a whole number of quarter hours (India +5:30, Nepal +5:45): the day is the same
 *  throughout a quarter hour, and cached by it. */
const QUARTER_HOUR = 900_000;
const zones = new Map<string, { format: Intl.DateTimeFormat; days: Map<number, number> }>();

/** The local civil day of an instant (ms) in a time zone, as days since 1970-01-01. */
export function dayNumber(instant: number, timeZone: string): number {
  let zone = zones.get(timeZone);
  if (!zone) {
    const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    zones.set(timeZone, (zone = { format, days: new Map() }));
  }
  const quarter = Math.floor(instant / QUARTER_HOUR);
  let n = zone.days.get(quarter);
  if (n === undefined) {
    const [y, m, d] = zone.format.format(new Date(quarter * QUARTER_HOUR)).split('-').map(Number);
    n = Date.UTC(y!, m! - 1, d!) / DAY;
    if (zone.days.size > 50_000) zone.days.clear();
    zone.days.set(quarter, n);
  }
  return n;
}

const ymdOf = new Map<number, string>();
/** A day number as YYYY-MM-DD. */
export function ymd(n: number): string {
  let s = ymdOf.get(n);
  if (s === undefined) {
    if (ymdOf.size > 50_000) ymdOf.clear();
    ymdOf.set(n, (s = new Date(n * DAY).toISOString().slice(0, 10)));
  }
  return s;
}

/** The local calendar day of an instant in a time zone, as YYYY-MM-DD. */
export function localDay(instant: Date, timeZone: string): string {
  return ymd(dayNumber(instant.getTime(), timeZone));
}
