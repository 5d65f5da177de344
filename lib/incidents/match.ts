import type { EventType, Incident, Report } from '../types';
import { daysBetween } from './keys';
import { placeRelation, type PlaceRelation } from './place';
import { isOpenRunning, isRunningReport, RUNNING_IDLE_DAYS } from './running';
import { contentTokens, jaccard, nameKey, overlap, siteTokens, textNumbers } from './text';

/** `same` type; the same `family` (violent: repression, clash, riot; protest: strike, roadblock, demonstration);
 *  or `cross` (violent against non-violent). */
export type TypeRelation = 'same' | 'family' | 'cross';

/** `inside` the incident's days; `adjacent` one day before or after them; `running` up to RUNNING_IDLE_DAYS after the
 *  days of an open running incident; `far` otherwise. */
export type DateRelation = 'inside' | 'adjacent' | 'running' | 'far';

export interface MatchScore {
  score: number; // points, 0..100; a match needs MATCH_THRESHOLD
  type: TypeRelation;
  place: PlaceRelation;
  date: DateRelation;
  content: number; // 0..1
  /** The report names sites (airport, bridge, square...), the incident's headlines others: SITE_CONFLICT_POINTS off. */
  siteConflict: boolean;
  /** A copy of one of the incident's headlines (syndicated wire story): a match whatever the other points. */
  copy: boolean;
}

const VIOLENT: ReadonlySet<EventType> = new Set(['repression', 'clash', 'riot']);

/**
 * Points out of 100: type + place + date + CONTENT_POINTS x content similarity. The threshold is 70, so that
 * - the same type at the same district or town on the same day merges whatever the wording (25 + 30 + 15): ACLED's
 *   event is one type at one location on one day, and two outlets, above all in two languages, rarely share words;
 * - a day apart, or the same province or nearby coordinates, needs some shared content (0.17 to 0.33);
 * - the same region only needs most of the content shared (0.5), the same country nearly all of it (0.83);
 * - a compatible type of the same family (clash and riot, strike and roadblock) at the same town on the same day
 *   needs 0.43;
 * - violent against non-violent is only considered at the same district or town, and needs 0.83 there;
 * - a report whose text names sites, none of them named in the incident's headlines that name some (the airport, the
 *   bridge), loses SITE_CONFLICT_POINTS, so that two events of one town and day stay apart unless their content agrees;
 * - a report that calls the strike or blockade indefinite scores any day of a running incident of its type, and up to
 *   RUNNING_IDLE_DAYS after an open one, as `inside`; other reports score a multi-day running incident as `adjacent`;
 * - a copy of one of the incident's headlines (COPY_JACCARD of at least COPY_MIN_TOKENS tokens: a syndicated wire
 *   story) matches at once, within a day, whatever the type each copy was read as, unless the places conflict.
 */
export const MATCH_THRESHOLD = 70;
const TYPE_POINTS: Record<TypeRelation, number> = { same: 25, family: 12, cross: 0 };
const PLACE_POINTS: Record<Exclude<PlaceRelation, 'conflict'>, number> = {
  locality: 30,
  near: 25,
  admin2: 20,
  admin1: 15,
  country: 5,
  unknown: 0,
};
const DATE_POINTS: Record<Exclude<DateRelation, 'far'>, number> = { inside: 15, adjacent: 5, running: 5 };
const CONTENT_POINTS = 30;
const SITE_CONFLICT_POINTS = 20;
const COPY_JACCARD = 0.75;
const COPY_MIN_TOKENS = 4;

/** Content similarity: word overlap, plus these for each shared number (at most 2) and shared actor (at most 2). */
const SHARED_NUMBER_BONUS = 0.15;
const SHARED_ACTOR_BONUS = 0.1;

export function typeRelation(a: EventType, b: EventType): TypeRelation {
  if (a === b) return 'same';
  return VIOLENT.has(a) === VIOLENT.has(b) ? 'family' : 'cross';
}

export function dateRelation(
  day: string,
  incident: Pick<Incident, 'date' | 'lastDate'> & Partial<Pick<Incident, 'running' | 'status'>>,
): DateRelation {
  const before = daysBetween(day, incident.date); // > 0 when the report is earlier than the incident
  const after = daysBetween(incident.lastDate, day); // > 0 when the report is later
  if (before <= 0 && after <= 0) return 'inside';
  if (before <= 1 && after <= 1) return 'adjacent';
  const open = isOpenRunning({ running: incident.running, status: incident.status ?? 'ongoing' });
  return open && before <= 0 && after <= RUNNING_IDLE_DAYS ? 'running' : 'far';
}

function locationTokens(p: Report | Incident): string[] {
  return [p.admin1, p.admin2, p.admin3, p.place].flatMap((s) => (s ? [...contentTokens(s)] : []));
}

function countNumbers(c: { killed: number | null; injured: number | null; detained: number | null }): number[] {
  return [c.killed, c.injured, c.detained].filter((n): n is number => n !== null && n > 0);
}

function sharedCount<T>(a: Iterable<T>, b: Set<T>): number {
  let n = 0;
  for (const x of new Set(a)) if (b.has(x)) n++;
  return n;
}

/**
 * How much of what the report says the incident already says (0..1): accent-folded, stemmed title and summary words
 * against the incident's headlines (an incident keeps no summaries), without stop words and without the names of
 * either side's location (the place is scored on its own); plus shared figures and shared actors.
 */
export function contentSimilarity(report: Report, incident: Incident): number {
  return compare(report, incident).content;
}

function compare(
  report: Report,
  incident: Incident,
): Pick<MatchScore, 'content' | 'siteConflict' | 'copy'> & { mine: Set<string>; theirs: Set<string> } {
  const myTitle = contentTokens(report.title);
  const titles = incident.sources.map((s) => contentTokens(s.title));
  const copy =
    myTitle.size >= COPY_MIN_TOKENS &&
    titles.some((t) => t.size >= COPY_MIN_TOKENS && jaccard(myTitle, t) >= COPY_JACCARD);
  const mine = contentTokens(`${report.title}\n${report.summary}`);
  const mySites = siteTokens(mine);
  const theirSites = siteTokens(new Set(titles.flatMap((t) => [...t])));
  const siteConflict = mySites.size > 0 && theirSites.size > 0 && ![...mySites].some((t) => theirSites.has(t));

  const theirs = contentTokens(incident.sources.map((s) => s.title).join('\n'));
  for (const t of [...locationTokens(report), ...locationTokens(incident)]) {
    mine.delete(t);
    theirs.delete(t);
  }
  const text = overlap(mine, theirs);

  const myNumbers = [...textNumbers(`${report.title}\n${report.summary}`), ...countNumbers(report)];
  const theirNumbers = new Set([
    ...incident.sources.flatMap((s) => [...textNumbers(s.title)]),
    ...incident.claims.flatMap(countNumbers),
  ]);
  const numbers = Math.min(2, sharedCount(myNumbers, theirNumbers));

  const actors = Math.min(2, sharedCount(report.actors.map(nameKey), new Set(incident.actors.map(nameKey))));

  const content = Math.min(1, text + SHARED_NUMBER_BONUS * numbers + SHARED_ACTOR_BONUS * actors);
  return { content, siteConflict, copy, mine, theirs };
}

/** A report that calls the strike indefinite continues a running incident of its type on any of its days and after
 *  them (`running`); any other report scores the days of a multi-day running incident as a day apart, so that it needs
 *  shared content, and cannot join it later than a day after its days. */
function datePoints(report: Report, incident: Incident, date: Exclude<DateRelation, 'far'>, type: TypeRelation): number | null {
  if (!incident.running) return DATE_POINTS[date];
  if (type === 'same' && isRunningReport(report)) return DATE_POINTS.inside;
  if (date === 'running') return null;
  return incident.date === incident.lastDate ? DATE_POINTS[date] : DATE_POINTS.adjacent;
}

const VIOLENT_CONCEPTS = ['~death', '~gunfire', '~clash', '~burn', '~teargas', '~loot', '~stone'];

/** Violent by its type, or by its figures or words: the extraction may type a report of deaths as a demonstration. */
function violent(x: Report | Incident, tokens: Set<string>): boolean {
  return VIOLENT.has(x.type) || (x.killed ?? 0) > 0 || (x.injured ?? 0) > 0 || VIOLENT_CONCEPTS.some((c) => tokens.has(c));
}

/** The score of the report against one incident, or null when it cannot be the same event. */
export function scoreMatch(report: Report, incident: Incident): MatchScore | null {
  const date = dateRelation(report.date, incident);
  if (date === 'far') return null;
  if (report.country && incident.country && report.country !== incident.country) return null;
  const place = placeRelation(report, incident);
  if (place === 'conflict') return null;
  const { content, siteConflict, copy, mine, theirs } = compare(report, incident);
  let type = typeRelation(report.type, incident.type);
  if (type === 'cross' && violent(report, mine) && violent(incident, theirs)) type = 'family';
  if (copy) return { score: 100, type, place, date, content, siteConflict, copy };
  if (type === 'cross' && place !== 'locality') return null;
  const datePts = datePoints(report, incident, date, type);
  if (datePts === null) return null;
  const score =
    TYPE_POINTS[type] +
    PLACE_POINTS[place] +
    datePts +
    CONTENT_POINTS * content -
    (siteConflict ? SITE_CONFLICT_POINTS : 0);
  return { score, type, place, date, content, siteConflict, copy };
}

/**
 * The candidate that describes the same event as the report, or null. A candidate that already holds the report is
 * returned as is. Among several matches the highest score wins, then the smaller id (so the choice does not depend on
 * the order the candidates came in).
 */
export function matchIncident(report: Report, candidates: Incident[]): Incident | null {
  const holder = candidates.find((c) => c.reportIds.includes(report.id));
  if (holder) return holder;
  let best: Incident | null = null;
  let bestScore = -1;
  for (const c of candidates) {
    const s = scoreMatch(report, c);
    if (!s || s.score < MATCH_THRESHOLD) continue;
    if (s.score > bestScore || (s.score === bestScore && best !== null && c.id < best.id)) {
      best = c;
      bestScore = s.score;
    }
  }
  return best;
}
