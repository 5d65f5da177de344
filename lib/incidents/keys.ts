import type { Incident, Report } from '../types';
import type { EventType } from '../types';
import { distinctiveName, localityKey, MAX_TEXT_NAMES, reportNames, textPlaceNames } from './place';
import { isRunningReport, RUNNING_IDLE_DAYS } from './running';
import { remember } from './text';

/** The most days an incident is indexed under: a longer running strike is indexed by its latest 31 days. */
export const MAX_INDEXED_DAYS = 31;

const DAY_MS = 86_400_000;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

// Days as whole days since 1970-01-01, both ways, kept: matching turns the same few days over and over.
const dayNumbers = new Map<string, number>();
const dayStrings = new Map<number, string>();

function dayNumber(day: string): number {
  let n = dayNumbers.get(day);
  if (n === undefined) {
    if (dayNumbers.size >= 20_000) dayNumbers.clear();
    dayNumbers.set(day, (n = parseDay(day) / DAY_MS));
  }
  return n;
}

function dayString(n: number): string {
  let day = dayStrings.get(n);
  if (day === undefined) {
    if (dayStrings.size >= 20_000) dayStrings.clear();
    dayStrings.set(n, (day = new Date(n * DAY_MS).toISOString().slice(0, 10)));
  }
  return day;
}

function parseDay(day: string): number {
  const m = DAY_RE.exec(day);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  if (!m || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day) {
    throw new RangeError(`invalid day "${day}": expected a calendar date as YYYY-MM-DD`);
  }
  return ms;
}

export function addDays(day: string, n: number): string {
  return dayString(dayNumber(day) + n);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** The region part of a lookup key: the ISO 3166-2 code, else `<country>-?`, else `??`. */
export function regionKey(r: { country: string | null; admin1Code: string | null }): string {
  if (r.admin1Code) return r.admin1Code;
  return r.country ? `${r.country}-?` : '??';
}

/** What candidateKeys reads of a report: its day and region, and, to find incidents by the name of their town across
 *  a missing country, its town and title. */
export interface KeyedReport {
  country: string | null;
  admin1Code: string | null;
  date: string;
  place?: string | null;
  /** With the title and summary: a report that says its strike or blockade goes on also looks back. */
  admin3?: string | null;
  title?: string;
  summary?: string;
  type?: EventType;
}

/**
 * Lookup keys of the incidents a report could belong to, on the day before, the day and the day after: its region's,
 * and across granularity its country's: a report that knows its region also looks up the incidents that know only
 * the country (`<country>-?`), and a report that knows only its country looks up every incident of the country
 * (`<country>-*`). The cost stays that of one country's incidents on three days.
 *
 * Across a missing country, by the name of the town: a report the extraction placed in no country looks up the
 * incidents of each town its title names (`@<town>`, at most MAX_TEXT_NAMES names), and a report that knows its town
 * the incidents of no country whose headlines name it (`?@<town>`).
 *
 * A strike or blockade report also looks back RUNNING_IDLE_DAYS days: one that says the action goes on
 * (isRunningReport: "tercer día de paro") at its region's incidents, as it may continue a strike no report called
 * indefinite; one that does not at its town's (`@<town>`), as it may still be a later day of a strike there
 * (laterStoppage in match.ts).
 */
export function candidateKeys(r: KeyedReport): string[] {
  const region = regionKey(r);
  const wider = r.country ? (r.admin1Code ? `${r.country}-?` : `${r.country}-*`) : null;
  // Every report looks up the towns its title and summary name: the extraction may have placed it in no country, or in
  // the wrong region or country (namesTownAcross in match.ts).
  // (A report of no country by every name its title gives, as before; others by the distinctive ones alone.)
  const inTitle = r.title === undefined ? [] : textPlaceNames(r.title);
  const allNames = r.title === undefined || r.summary === undefined ? inTitle : reportNames(r as { title: string; summary: string });
  const names = allNames.filter((n) => distinctiveName(n) || (!r.country && inTitle.includes(n))).slice(0, r.country ? MAX_LOOKUP_NAMES : MAX_TEXT_NAMES);
  const town = r.country ? localityKey({ place: r.place ?? null, admin3: r.admin3 ?? null }) : null;
  // A report of a country also looks up the incidents of no country whose headlines give a name its title gives.
  const titleNames = r.country ? inTitle.filter(distinctiveName) : [];
  const out: string[] = [];
  for (const n of [-1, 0, 1]) {
    const day = addDays(r.date, n);
    out.push(`${day}|${region}`);
    if (wider) out.push(`${day}|${wider}`);
    for (const name of names) out.push(`${day}|@${name}`);
    if (town) out.push(`${day}|?@${town}`);
    for (const name of titleNames) if (name !== town) out.push(`${day}|?@${name}`);
  }
  if (r.type === 'strike' || r.type === 'roadblock') {
    const running = r.title !== undefined && r.summary !== undefined && isRunningReport(r as Pick<Report, 'type' | 'title' | 'summary'>);
    for (let n = 2; n <= RUNNING_IDLE_DAYS; n++) {
      const day = addDays(r.date, -n);
      if (running) {
        out.push(`${day}|${region}`);
        if (wider) out.push(`${day}|${wider}`);
      } else if (town) out.push(`${day}|@${town}`);
    }
  }
  return out;
}

/**
 * Keys an incident is stored under: each of its days (date..lastDate, at most the latest MAX_INDEXED_DAYS) in its
 * region, and in its country's `<country>-*` when it knows its region. A report dated d finds it through candidateKeys
 * exactly when d is within one day of that range and the two are in one country (or share the region key).
 * Besides, by town (see candidateKeys): an incident of a country that knows its town under `@<town>`; one of a
 * country that knows none under `@<name>` for the distinctive names its headlines give (at most MAX_HEADLINE_NAMES);
 * an incident of no country under `?@<name>` for the names its headlines give (at most MAX_TEXT_NAMES).
 */
export function incidentKeys(i: Incident, names = townNames(i)): string[] {
  // A running strike is re-indexed under the same days at each of its reports: the lists are kept (and copied out).
  const keys = [...remember(keyLists, `${i.date}|${i.lastDate}|${regionKey(i)}`, () => keysOf(i))];
  if (names.length === 0) return keys;
  const span = Math.max(0, daysBetween(i.date, i.lastDate));
  for (let n = Math.max(0, span - (MAX_INDEXED_DAYS - 1)); n <= span; n++) {
    const day = addDays(i.date, n);
    for (const name of names) keys.push(`${day}|${name}`);
  }
  return keys;
}

/** The town and headline-name parts of incidentKeys (`@<town>`, `@<name>`, `?@<name>`), one each. */
export function townNames(i: Incident): string[] {
  const town = i.country ? localityKey(i) : null;
  if (town) return [`@${town}`];
  // An incident of no town: by the names its headlines give (`@<name>` in a country, `?@<name>` in none), so that a
  // report of no country ("Trescientas mil personas en Río") finds the country's incident ("Rio police fire tear gas").
  const prefix = i.country ? '@' : '?@';
  const max = i.country ? MAX_HEADLINE_NAMES : MAX_TEXT_NAMES;
  const out: string[] = [];
  for (const s of i.sources) {
    for (const name of textPlaceNames(s.title)) {
      if (i.country && !distinctiveName(name)) continue;
      if (!out.includes(`${prefix}${name}`)) out.push(`${prefix}${name}`);
    }
    if (out.length >= max) break;
  }
  return out.slice(0, max);
}

const keyLists = new Map<string, string[]>();
/** The most names a report of a country looks up (its title's first, then its summary's). */
const MAX_LOOKUP_NAMES = 8;
/** The most names an incident of a country that knows no town is stored under (its first headlines' first names). */
const MAX_HEADLINE_NAMES = 8;

function keysOf(i: Incident): string[] {
  const region = regionKey(i);
  const country = i.admin1Code && i.country ? `${i.country}-*` : null;
  const span = Math.max(0, daysBetween(i.date, i.lastDate));
  const first = Math.max(0, span - (MAX_INDEXED_DAYS - 1));
  const out: string[] = [];
  for (let n = first; n <= span; n++) {
    const day = addDays(i.date, n);
    out.push(`${day}|${region}`);
    if (country) out.push(`${day}|${country}`);
  }
  return out;
}
