import { DAY, ymd } from '../time';
import type { Incident, Report } from '../types';
import type { EventType } from '../types';
import { distinctiveName, localityKey, MAX_TEXT_NAMES, reportNames, textPlaceNames } from './place';
import { isRunningReport, RUNNING_IDLE_DAYS } from './running';

/** The most days an incident is indexed under: a longer running strike is indexed by its latest 31 days. */
export const MAX_INDEXED_DAYS = 31;

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

// Days as whole days since 1970-01-01, kept: matching turns the same few days over and over (ymd keeps the other way).
const dayNumbers = new Map<string, number>();

/** Whole days since 1970-01-01. */
export function dayNumber(day: string): number {
  let n = dayNumbers.get(day);
  if (n === undefined) {
    if (dayNumbers.size >= 20_000) dayNumbers.clear();
    dayNumbers.set(day, (n = parseDay(day) / DAY));
  }
  return n;
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
  return ymd(dayNumber(day) + n);
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
  const { near, back } = candidateParts(r);
  const out: string[] = [];
  for (const n of [-1, 0, 1]) {
    const day = addDays(r.date, n);
    for (const part of near) out.push(`${day}|${part}`);
  }
  for (let n = 2; n <= RUNNING_IDLE_DAYS; n++) {
    const day = addDays(r.date, -n);
    for (const part of back) out.push(`${day}|${part}`);
  }
  return out;
}

/** candidateKeys as the in-memory index looks them up: each key is `<day>|<part>`, `near` the parts of the day before,
 *  the day and the day after, `back` those of the 2..RUNNING_IDLE_DAYS days before; `day` is the report's (dayNumber). */
export function candidateParts(r: KeyedReport): { day: number; near: string[]; back: string[] } {
  const region = regionKey(r);
  const wider = r.country ? (r.admin1Code ? `${r.country}-?` : `${r.country}-*`) : null;
  // Every report looks up the towns its title and summary name: the extraction may have placed it in no country, or in
  // the wrong region or country (namesTownAcross in match.ts).
  // (A report of no country by every name its title gives, as before; others by the distinctive ones alone.)
  const inTitle = r.title === undefined ? [] : textPlaceNames(r.title);
  const allNames = r.title === undefined || r.summary === undefined ? inTitle : reportNames(r as { title: string; summary: string });
  const names = allNames.filter((n) => distinctiveName(n) || (!r.country && inTitle.includes(n))).slice(0, r.country ? MAX_LOOKUP_NAMES : MAX_TEXT_NAMES);
  const town = r.country ? localityKey({ place: r.place ?? null, admin3: r.admin3 ?? null }) : null;
  const near = [region];
  if (wider) near.push(wider);
  for (const name of names) near.push(`@${name}`);
  if (town) near.push(`?@${town}`);
  // A report of a country also looks up the incidents of no country whose headlines give a name its title gives.
  if (r.country) for (const name of inTitle) if (name !== town && distinctiveName(name)) near.push(`?@${name}`);
  const back: string[] = [];
  if (r.type === 'strike' || r.type === 'roadblock') {
    const running = r.title !== undefined && r.summary !== undefined && isRunningReport(r as Pick<Report, 'type' | 'title' | 'summary'>);
    if (running) {
      back.push(region);
      if (wider) back.push(wider);
    } else if (town) back.push(`@${town}`);
  }
  return { day: dayNumber(r.date), near, back };
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
  const { first, last, parts } = incidentParts(i, names);
  const out: string[] = [];
  // Region and country keys first, then the town's or the headlines' names.
  for (const group of [parts.slice(0, parts.length - names.length), names]) {
    for (let day = first; day <= last; day++) for (const part of group) out.push(`${ymd(day)}|${part}`);
  }
  return out;
}

/** incidentKeys as the in-memory index holds them: `<day>|<part>` for each of `parts` on each day from `first` to
 *  `last` (dayNumber). */
export function incidentParts(i: Incident, names = townNames(i)): { first: number; last: number; parts: string[] } {
  const date = dayNumber(i.date);
  const span = Math.max(0, daysBetween(i.date, i.lastDate));
  const parts = [regionKey(i)];
  if (i.admin1Code && i.country) parts.push(`${i.country}-*`);
  for (const name of names) parts.push(name);
  return { first: date + Math.max(0, span - (MAX_INDEXED_DAYS - 1)), last: date + span, parts };
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

/** The most names a report of a country looks up (its title's first, then its summary's). */
const MAX_LOOKUP_NAMES = 8;
/** The most names an incident of a country that knows no town is stored under (its first headlines' first names). */
const MAX_HEADLINE_NAMES = 8;
