import type { EventType, Incident, Report } from '../types';
import { addDays, daysBetween } from './keys';
import { claimedNumbers, latestVersion } from './merge';
import { distinctiveName, localityKey, placeRelation, reportNames, textPlaceNames, type PlaceRelation } from './place';
import { isOpenRunning, isRunningReport, RUNNING_IDLE_DAYS, statedDay } from './running';
import { guessLanguage } from '../extract/lang';
import { contentTokenNumbers, fold, isConcept, jaccard, MOURNING_CONCEPTS, nameKey, remember, SECTOR_CONCEPTS, SITE_CONCEPTS, textFeatures, tokenNumber } from './text';

/** `same` type; `close` (clash and repression); the same `family` (violent: repression, clash, riot; protest: strike,
 *  roadblock, demonstration); or `cross` (violent against non-violent). */
export type TypeRelation = 'same' | 'close' | 'family' | 'cross';

/** `inside` the incident's days; `adjacent` one day before or after them; `running` up to RUNNING_IDLE_DAYS after the
 *  days of an open running incident; `later` (scoreMatch only) a strike or blockade report 2 to RUNNING_IDLE_DAYS days
 *  after a strike or blockade of its type at its town that does not say it goes on (laterStoppage); `far` otherwise. */
export type DateRelation = 'inside' | 'adjacent' | 'running' | 'later' | 'far';

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
  /** One side mourns (a funeral, a vigil, coffins), the other does not: MOURNING_CONFLICT_POINTS off. */
  mourningConflict: boolean;
  /** Two strikes or blockades whose texts name different trades (teachers, transport workers), none in common:
   *  SECTOR_CONFLICT_POINTS off. */
  sectorConflict: boolean;
  /** One side knows no region (or no country) and its title names the other's town: scored as the same province. */
  placeNamed: boolean;
  /** The places conflict (another region or country), but the report's title or summary names the incident's town
   *  (namesTownAcross): scored ACROSS_POINTS for the place, `place` is then `unknown`. */
  across: boolean;
}

const VIOLENT: ReadonlySet<EventType> = new Set(['repression', 'clash', 'riot']);
/** Protesters against security forces: one outlet's clash is another's repression (who used force first, and how). */
const CONFRONTATION: ReadonlySet<EventType> = new Set(['repression', 'clash']);
const RIOT_CLASH: ReadonlySet<EventType> = new Set(['riot', 'clash']);

/**
 * Points out of 100: type + place + date + CONTENT_POINTS x content similarity, plus or minus the few rules below.
 * The threshold is 70, so that
 * - the same type at the same district or town on the same day merges whatever the wording (25 + 30 + 15): ACLED's
 *   event is one type at one location on one day, and two outlets, above all in two languages, rarely share words;
 * - a day apart (DAY_APART_POINTS: late reports are dated by their publication), nearby coordinates, or a town
 *   against its province need a little shared content (0.17); two reports that name only the province, 0.33;
 * - a town's event told by an outlet that names only its province or region scores NESTED_POINTS more than two
 *   reports that both name only the region (0.33 shared at the same region), unless the report gives a lower death
 *   toll that no report of the incident gave (another event of the region);
 * - the same region where neither names a town needs half the content (0.5); two reports that name only the same
 *   country (a nationwide strike) a third of it (0.33), and the same country where one side names no region 0.67, or
 *   0.5 when that side's text tells no nationwide event (COUNTRY_LOCAL_POINTS);
 * - the same death toll (two or more) as the incident or one of its reports adds SAME_TOLL_POINTS;
 * - a report of the day after that raises the incident's toll counts as of its day (revisesToll);
 * - clash against repression (one outlet's clash is another's repression), or a peaceful type that states dead or
 *   wounded (figures or words) against either, is `close` and needs 0.17 at the same town and day; any other pair of one family
 *   (riot and clash, strike and roadblock) needs 0.43;
 * - violent against non-violent is only considered at the same district or town, and needs 0.83 there;
 * - a report whose text names sites, none of them named in the incident's headlines that name some (the airport, the
 *   bridge), loses SITE_CONFLICT_POINTS, so that two events of one town and day stay apart unless their content agrees;
 *   so does a blockade that names sites against a strike that names none of them (either way round);
 * - a funeral, a vigil or coffins on one side only (MOURNING_CONCEPTS) loses MOURNING_CONFLICT_POINTS: the mourning
 *   of the dead is an event of its own, after the deaths;
 * - a report that calls the strike or blockade indefinite scores any day of a running incident of its type, and up to
 *   RUNNING_IDLE_DAYS after an open one, as `inside`; other reports score a multi-day running incident as `adjacent`
 *   (5, not DAY_APART_POINTS);
 * - a copy of one of the incident's headlines (COPY_JACCARD of at least COPY_MIN_TOKENS tokens: a syndicated wire
 *   story) matches at once, within a day, whatever the type each copy was read as, unless the places conflict;
 * - a strike or blockade report that counts the action's days or says it goes on is a running report too (running.ts);
 *   it resumes, up to RUNNING_IDLE_DAYS later, an incident of its type no report called indefinite, and after the
 *   incident's days joins only if the day it states (statedDay) puts the start by the day after the incident's last;
 * - two strikes or blockades naming different trades (SECTOR_CONCEPTS), none in common, lose SECTOR_CONFLICT_POINTS;
 * - the same count of wounded or arrests (SAME_COUNT_MIN or more) adds SAME_TOLL_POINTS like the same death toll;
 * - a side with no region whose title (or a headline) names the other's town scores as the same province (placeNamed);
 * - riot against clash is `close` when the riot's text tells a fight or the clash's burning or looting;
 * - a report in another language than every headline also takes its overlap over the concepts and the words both
 *   languages spell alike, floored at CROSS_LANGUAGE_FLOOR (4), and the larger overlap counts;
 * - a report the extraction placed in another region or country whose title or summary names the incident's town
 *   (namesTownAcross) scores ACROSS_POINTS for the place, the same type on the same day, with ACROSS_MIN_SHARED tokens
 *   shared (0.67 of the content);
 * - when one side knows no country, the report's title and a headline giving the same distinctive name count as
 *   placeNamed;
 * - a strike or blockade report 2 to RUNNING_IDLE_DAYS days after one of its type at its town that has not ended is
 *   `later` (no day points: half the content), though it does not say the action goes on (laterStoppage).
 */
export const MATCH_THRESHOLD = 70;
const TYPE_POINTS: Record<TypeRelation, number> = { same: 25, close: 20, family: 12, cross: 0 };
const PLACE_POINTS: Record<Exclude<PlaceRelation, 'conflict'>, number> = {
  locality: 30,
  near: 25,
  admin2: 20,
  admin1: 15,
  national: 20,
  country: 10,
  unknown: 0,
};
const DATE_POINTS: Record<Exclude<DateRelation, 'far'>, number> = { inside: 15, adjacent: 5, running: 5, later: 0 };
/** A day before or after an incident that is not a running strike: late reports of an event are dated by their
 *  publication, the next day, as often as not. */
const DAY_APART_POINTS = 10;
const CONTENT_POINTS = 30;
const NESTED_POINTS = 5;
const SAME_TOLL_POINTS = 10;

/** The place points of `country` (one side knows only the country) when that side's text does not tell a nationwide
 *  event (notNationwide): it is then as likely the other side's local event, placed no further by the extraction. */
const COUNTRY_LOCAL_POINTS = 15;
/** Words of an event across a country: "nationwide", "across Brazil", "en todo el país", "in 200 cities". */
const NATIONWIDE_RE = /\b(?:nationwide|national|nacional|nacionales|across|todo el pais|en todo|ciudades|cities|regiones|regions|provincias|provinces|departamentos|estados|states)\b/;

/** The place points of a report whose text names the town of an incident the extraction placed elsewhere. */
const ACROSS_POINTS = 10;
/** ... and the content tokens it must share with the incident's headlines (besides figures and actors). */
const ACROSS_MIN_SHARED = 3;

const hasLocality = (p: Report | Incident) => Boolean(p.admin3 || p.place);
const knowsRegion = (p: Report | Incident) => Boolean(p.admin1Code || p.admin1);

/** One side knows no region (the extraction could not place it, or placed it only in the country) and its title, or
 *  one of its headlines, names the town of the other; or one side knows no country and the report's title and a
 *  headline give the same distinctive name: "Santiago metro stations set ablaze" against the incident of
 *  Santiago. (Not the summary: a nationwide story lists the cities it reached.) */
function placeNamed(report: Report, incident: Incident, place: PlaceRelation): boolean {
  if (place !== 'unknown' && place !== 'country') return false;
  if (!knowsRegion(report) && !hasLocality(report)) {
    const town = localityKey(incident);
    if (town && textPlaceNames(report.title).includes(town)) return true;
  }
  if (!knowsRegion(incident) && !hasLocality(incident)) {
    const town = localityKey(report);
    if (town) for (const s of incident.sources) if (textPlaceNames(s.title).includes(town)) return true;
  }
  // One side of no country: the report's title and one of the headlines give the same name, one that is no word of
  // the bilingual table nor a generic word ("Trescientas mil personas en Río" and "Rio police fire tear gas").
  if (place === 'unknown' && (!report.country || !incident.country)) {
    const mine = textPlaceNames(report.title).filter(distinctiveName);
    if (mine.length > 0) for (const s of incident.sources) for (const n of textPlaceNames(s.title)) if (mine.includes(n)) return true;
  }
  return false;
}

/** The report states as many deaths as the incident, or as one of its reports did: two or more (one death is too
 *  common a figure to tell two events of a country apart). */
function sameToll(report: Report, incident: Incident, claimed: ReadonlySet<number>): boolean {
  const k = report.killed;
  if (k !== null && k >= 2 && incident.killed !== null && (k === incident.killed || claimed.has(k))) return true;
  // The same count of wounded or of arrests, of SAME_COUNT_MIN or more: "14 policías heridos", "fourteen officers hurt".
  return sameCount(report.injured, incident.injured, claimed) || sameCount(report.detained, incident.detained, claimed);
}
function sameCount(mine: number | null, theirs: number | null, claimed: ReadonlySet<number>): boolean {
  return mine !== null && mine >= SAME_COUNT_MIN && theirs !== null && (mine === theirs || claimed.has(mine));
}
const SAME_COUNT_MIN = 5;

/** The report states fewer deaths than the incident, a figure none of its reports gave: another event of the region. */
function unknownLowerToll(report: Report, incident: Incident, claimed: ReadonlySet<number>): boolean {
  const k = report.killed;
  return k !== null && k > 0 && incident.killed !== null && k < incident.killed && !claimed.has(k);
}

/** The side that knows only the country (place `country`) tells no nationwide event: the report's title and summary,
 *  or the incident's headlines. */
function notNationwide(report: Report, incident: Incident): boolean {
  if (!knowsRegion(report)) return !nationwideText(`${report.title}\n${report.summary}`);
  for (const s of incident.sources) if (nationwideText(s.title)) return false;
  return true;
}
const nationwideTexts = new Map<string, boolean>();
const nationwideText = (text: string) => remember(nationwideTexts, text, (t) => NATIONWIDE_RE.test(fold(t)));

/** One side names a district or town and the other only its province or region. (Not only its country: a report
 *  that names no region is as often about a nationwide event, of which the town's is a part.) */
function nestedPlace(report: Report, incident: Incident, place: PlaceRelation): boolean {
  return (place === 'admin2' || place === 'admin1') && hasLocality(report) !== hasLocality(incident);
}
const SITE_CONFLICT_POINTS = 20;
const MOURNING_CONFLICT_POINTS = 20;
const SECTOR_CONFLICT_POINTS = 20;
/** Work stoppages and blockades: who holds them (SECTOR_CONCEPTS) tells two of one town apart. */
const STOPPAGE: ReadonlySet<EventType> = new Set(['strike', 'roadblock']);
const COPY_JACCARD = 0.75;
const COPY_MIN_TOKENS = 4;

/** Content similarity: word overlap, plus these for each shared number (at most 2) and shared actor (at most 2). */
const SHARED_NUMBER_BONUS = 0.15;
const SHARED_ACTOR_BONUS = 0.1;
/** A report in another language than every headline of the incident: its overlap is also measured over the tokens
 *  both languages can share (concepts of the bilingual table, names and cognates spelt alike), floored at this many. */
const CROSS_LANGUAGE_FLOOR = 4;

export function typeRelation(a: EventType, b: EventType): TypeRelation {
  if (a === b) return 'same';
  if (CONFRONTATION.has(a) && CONFRONTATION.has(b)) return 'close';
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

const nameTokens = new Map<string, number[]>();
const actorKeys = new Map<string, string>();

/** The distinct content tokens of the location's names (region, province, district, town). */
function locationTokens(p: Report | Incident): number[] {
  const out: number[] = [];
  for (const s of [p.admin1, p.admin2, p.admin3, p.place]) {
    if (!s) continue;
    for (const t of remember(nameTokens, s, contentTokenNumbers)) if (!out.includes(t)) out.push(t);
  }
  return out;
}

const actorKey = (name: string) => remember(actorKeys, name, nameKey);

function countNumbers(c: { killed: number | null; injured: number | null; detained: number | null }): number[] {
  return [c.killed, c.injured, c.detained].filter((n): n is number => n !== null && n > 0);
}

type TextFeatures = ReturnType<typeof textFeatures>;
type Source = Incident['sources'][number];

/** What compare() needs of a report, computed once per matchIncident call. */
interface ReportFeatures {
  title: Int32Array;
  /** Content tokens of the title and summary (as tokenNumber), and those of them that are sites and violent words. */
  tokens: Set<number>;
  sites: number[];
  violent: number[];
  /** Whether the title, and the title or summary, name a funeral, a vigil or coffins. */
  mourningTitle: boolean;
  mourning: boolean;
  /** The trades the report names (SECTOR_CONCEPTS). */
  sectors: number[];
  location: number[];
  numbers: Set<number>;
  actors: Set<string>;
  /** The report's language ("es" or "en"). */
  lang: string;
}

/** What compare() needs of an incident, kept per version and carried to the next one (see incidentFeatures). */
interface IncidentFeatures {
  /** The tokens and figures of each headline, by its entry in `sources`. */
  headlines: Map<Source, TextFeatures>;
  /** How many headlines hold each content token; and each figure. */
  tokens: Map<number, number>;
  numbers: Map<number, number>;
  /** How many of `tokens` are site concepts. */
  sites: number;
  claimed: ReadonlySet<number>;
  location: number[];
  actors: Set<string>;
  /** How many headlines are in each language (guessed from each headline's function words). */
  langs: Map<string, number>;
  /** The fields these were computed from, checked in case a caller rebuilt one in place. */
  from: unknown[];
}

// The features of a headline are kept by its text (the store reads a new copy of each incident from Redis at every
// report, with the same headlines), and by its entry in `sources` in the features of the incident that holds it.
const headlineCache = new Map<string, TextFeatures>();

function reportFeatures(report: Report, known?: TextFeatures): ReportFeatures {
  const title = known ?? textFeatures(report.title);
  // The report's title is the headline it adds to its incident.
  if (headlineCache.size >= 20_000) headlineCache.clear();
  headlineCache.set(report.title, title);
  const summary = textFeatures(report.summary);
  const tokens = new Set<number>(title.tokens);
  for (const t of summary.tokens) tokens.add(t);
  const numbers = new Set<number>(title.numbers);
  for (const n of summary.numbers) numbers.add(n);
  for (const n of countNumbers(report)) numbers.add(n);
  const sites: number[] = [];
  for (const t of tokens) if (SITE_CONCEPTS.has(t)) sites.push(t);
  return {
    title: title.tokens,
    tokens,
    sites,
    violent: VIOLENT_CONCEPTS.filter((t) => tokens.has(t)),
    mourningTitle: MOURNING_CONCEPTS.some((t) => title.tokens.includes(t)),
    mourning: MOURNING_CONCEPTS.some((t) => tokens.has(t)),
    sectors: SECTOR_CONCEPTS.filter((t) => tokens.has(t)),
    location: locationTokens(report),
    numbers,
    actors: new Set(report.actors.map(actorKey)),
    lang: reportLanguage(report),
  };
}

const headlineLangs = new Map<string, 'es' | 'en'>();
const headlineLanguage = (title: string) => remember(headlineLangs, title, (t) => guessLanguage(fold(t)));
/** The report's language as its feed gives it, or guessed from its text. */
function reportLanguage(report: Report): string {
  const l = (report.lang ?? '').toLowerCase();
  return l.startsWith('en') ? 'en' : l.startsWith('es') ? 'es' : guessLanguage(fold(`${report.title} ${report.summary}`));
}

const count = <K>(m: Map<K, number>, k: K, by: number) => {
  const n = (m.get(k) ?? 0) + by;
  if (n === 0) m.delete(k);
  else m.set(k, n);
};

function addHeadline(f: IncidentFeatures, source: Source, by: 1 | -1): void {
  let h: TextFeatures;
  if (by === 1) f.headlines.set(source, (h = remember(headlineCache, source.title, textFeatures)));
  else {
    h = f.headlines.get(source)!;
    f.headlines.delete(source);
  }
  for (const t of h.tokens) {
    const had = f.tokens.has(t);
    count(f.tokens, t, by);
    if (SITE_CONCEPTS.has(t) && had !== f.tokens.has(t)) f.sites += by;
  }
  for (const n of h.numbers) count(f.numbers, n, by);
  count(f.langs, headlineLanguage(source.title), by);
}

const fromOf = (i: Incident): unknown[] => [i.sources, i.claims, i.actors, i.admin1, i.admin2, i.admin3, i.place];
const samePlace = (f: IncidentFeatures, i: Incident) =>
  f.from[3] === i.admin1 && f.from[4] === i.admin2 && f.from[5] === i.admin3 && f.from[6] === i.place;
/** Whether `f` was computed from the incident's present fields. */
const isFor = (f: IncidentFeatures, i: Incident) =>
  f.from[0] === i.sources && f.from[1] === i.claims && f.from[2] === i.actors && samePlace(f, i);

/** Incidents are never modified (mergeReport returns a new one), so their features are kept by object: those of the
 *  latest version mergeReport made with that version (latestVersion), others' (the store's copies) here. */
const incidentCache = new WeakMap<Incident, IncidentFeatures>();

/**
 * A new version's features are its previous version's, moved over and changed by the headlines that came and went
 * (the previous version then computes its own again if it is ever asked); other incidents' are computed in full.
 */
function incidentFeatures(incident: Incident): IncidentFeatures {
  const latest = latestVersion(incident);
  const cached = latest ? (latest.matching as IncidentFeatures | undefined) : incidentCache.get(incident);
  if (cached && isFor(cached, incident)) return cached;

  // An earlier version's features: carried to the latest version by mergeReport (`cached`), or kept by the previous
  // version (a copy read from the store).
  let f = latest ? cached : undefined;
  const previous = latest?.previous;
  if (latest) latest.previous = undefined;
  if (!f && previous) {
    f = incidentCache.get(previous);
    if (f && !isFor(f, previous)) f = undefined;
    if (f) incidentCache.delete(previous);
  }
  if (f) {
    moveHeadlines(f, incident.sources);
    f.location = samePlace(f, incident) ? f.location : locationTokens(incident);
    f.actors = f.from[2] === incident.actors ? f.actors : new Set(incident.actors.map(actorKey));
  } else {
    f = { headlines: new Map(), tokens: new Map(), numbers: new Map(), langs: new Map(), sites: 0, claimed: new Set(), location: locationTokens(incident), actors: new Set(incident.actors.map(actorKey)), from: [] };
    for (const s of incident.sources) addHeadline(f, s, 1);
  }
  f.claimed = claimedNumbers(incident.claims);
  f.from = fromOf(incident);
  if (latest) latest.matching = f;
  else incidentCache.set(incident, f);
  return f;
}

/** Changes `f` from its headlines to `sources`'. mergeReport keeps the order of the sources, drops some (MAX_SOURCES)
 *  and adds the new one last: one walk over both in that order finds which went and which came; in any other order,
 *  a set of the sources does. */
function moveHeadlines(f: IncidentFeatures, sources: Source[]): void {
  let j = 0;
  const gone: Source[] = [];
  for (const s of f.headlines.keys()) {
    if (j < sources.length && sources[j] === s) j++;
    else gone.push(s);
  }
  let inOrder = true;
  for (let k = j; k < sources.length && inOrder; k++) if (f.headlines.has(sources[k]!)) inOrder = false;
  if (inOrder) {
    for (const s of gone) addHeadline(f, s, -1);
    for (let k = j; k < sources.length; k++) addHeadline(f, sources[k]!, 1);
    return;
  }
  const added = sources.filter((s) => !f.headlines.has(s));
  if (f.headlines.size + added.length > sources.length) {
    const kept = new Set(sources);
    for (const s of [...f.headlines.keys()]) if (!kept.has(s)) addHeadline(f, s, -1);
  }
  for (const s of added) addHeadline(f, s, 1);
}

/**
 * How much of what the report says the incident already says (0..1): accent-folded, stemmed title and summary words
 * against the incident's headlines (an incident keeps no summaries), without stop words and without the names of
 * either side's location (the place is scored on its own); plus shared figures and shared actors.
 */
export function contentSimilarity(report: Report, incident: Incident): number {
  return compare(reportFeatures(report), incidentFeatures(incident)).content;
}

interface Comparison extends Pick<MatchScore, 'content' | 'siteConflict' | 'copy' | 'mourningConflict'> {
  /** The report and the headlines name trades (SECTOR_CONCEPTS), none in common. */
  sectorsApart: boolean;
  /** How many content tokens (without either side's location words) the report shares with the headlines. */
  shared: number;
  /** Whether each side's tokens, without either side's location words, hold a violent concept. */
  mineViolent: boolean;
  theirsViolent: boolean;
  /** Whether each side's words state dead or wounded. */
  mineCasualties: boolean;
  theirsCasualties: boolean;
  /** Whether each side's words tell a confrontation with the police (clashes, tear gas, stones), and an attack on
   *  property (burning, looting, destroying). */
  mineConfront: boolean;
  theirsConfront: boolean;
  mineProperty: boolean;
  theirsProperty: boolean;
  /** The report names sites, none of them in the headlines (which may name none); the headlines name sites, none of
   *  them in the report. */
  mySitesAlone: boolean;
  theirSitesAlone: boolean;
}

/** Whether `set` holds one of `list`. */
function hasAny(set: { has(t: number): boolean }, list: readonly number[]): boolean {
  for (const t of list) if (set.has(t)) return true;
  return false;
}

function compare(mine: ReportFeatures, theirs: IncidentFeatures): Comparison {
  const myTitle = mine.title;
  let copy = false;
  // A copy shares at least COPY_JACCARD of the title's tokens with one headline, so with all headlines together.
  let inHeadlines = 0;
  for (const t of myTitle) if (theirs.tokens.has(t)) inHeadlines++;
  if (myTitle.length >= COPY_MIN_TOKENS && inHeadlines >= COPY_JACCARD * myTitle.length) {
    for (const { tokens: t } of theirs.headlines.values()) {
      // The Jaccard index is at most the smaller size over the larger.
      if (t.length < COPY_MIN_TOKENS || Math.min(t.length, myTitle.length) < COPY_JACCARD * Math.max(t.length, myTitle.length)) continue;
      if (jaccard(myTitle, t) >= COPY_JACCARD) {
        copy = true;
        break;
      }
    }
  }
  // A funeral or vigil against the deaths it mourns: the report's title mourns and no headline does, or a headline
  // mourns and nothing in the report does.
  const theyMourn = hasAny(theirs.tokens, MOURNING_CONCEPTS);
  const mourningConflict = theyMourn ? !mine.mourning : mine.mourningTitle;
  let mySitesShared = false;
  for (const s of mine.sites) if (theirs.tokens.has(s)) mySitesShared = true;
  const siteConflict = mine.sites.length > 0 && theirs.sites > 0 && !mySitesShared;
  let theirSitesShared = false;
  if (theirs.sites > 0) for (const s of SITE_CONCEPTS) if (theirs.tokens.has(s) && mine.tokens.has(s)) theirSitesShared = true;

  // Overlap coefficient of the two token sets once the words of either side's location are left out: shared tokens
  // over the smaller set's size, floored at 3 so that a one-word title does not match everything containing it.
  const removed = mine.location.concat(theirs.location.filter((t) => !mine.location.includes(t)));
  let mySize = 0;
  let shared = 0;
  for (const t of mine.tokens) {
    if (removed.includes(t)) continue;
    mySize++;
    if (theirs.tokens.has(t)) shared++;
  }
  let theirSize = theirs.tokens.size;
  for (const t of removed) if (theirs.tokens.has(t)) theirSize--;
  let text = mySize === 0 || theirSize === 0 ? 0 : shared / Math.max(3, Math.min(mySize, theirSize));
  if (shared > 0 && !theirs.langs.has(mine.lang)) {
    // A report in another language than every headline: only concepts (the bilingual table) and the words both
    // spell alike (names, cognates) can be shared, so the overlap is also taken over those alone, floored higher
    // (CROSS_LANGUAGE_FLOOR), and the larger of the two overlaps counts.
    let myShareable = 0;
    for (const t of mine.tokens) if (!removed.includes(t) && (isConcept(t) || theirs.tokens.has(t))) myShareable++;
    let theirShareable = 0;
    for (const t of theirs.tokens.keys()) if (!removed.includes(t) && (isConcept(t) || mine.tokens.has(t))) theirShareable++;
    text = Math.max(text, shared / Math.max(CROSS_LANGUAGE_FLOOR, Math.min(myShareable, theirShareable)));
  }

  let numbers = 0;
  for (const n of mine.numbers) if (theirs.numbers.has(n) || theirs.claimed.has(n)) numbers++;
  let actors = 0;
  for (const a of mine.actors) if (theirs.actors.has(a)) actors++;
  const content = Math.min(1, text + SHARED_NUMBER_BONUS * Math.min(2, numbers) + SHARED_ACTOR_BONUS * Math.min(2, actors));
  let mineViolent = false;
  for (const c of mine.violent) if (!removed.includes(c)) mineViolent = true;
  let theirsViolent = false;
  for (const c of VIOLENT_CONCEPTS) if (theirs.tokens.has(c) && !removed.includes(c)) theirsViolent = true;
  const mineCasualties = hasAny(mine.tokens, CASUALTY_CONCEPTS);
  const theirsCasualties = hasAny(theirs.tokens, CASUALTY_CONCEPTS);
  const mineConfront = hasAny(mine.tokens, CONFRONT_CONCEPTS);
  const theirsConfront = hasAny(theirs.tokens, CONFRONT_CONCEPTS);
  const mineProperty = hasAny(mine.tokens, PROPERTY_CONCEPTS);
  const theirsProperty = hasAny(theirs.tokens, PROPERTY_CONCEPTS);
  const sectorsApart =
    mine.sectors.length > 0 && !hasAny(theirs.tokens, mine.sectors) && hasAny(theirs.tokens, SECTOR_CONCEPTS);
  return {
    content, siteConflict, copy, mourningConflict, sectorsApart, shared, mineViolent, theirsViolent, mineCasualties, theirsCasualties,
    mineConfront, theirsConfront, mineProperty, theirsProperty,
    mySitesAlone: mine.sites.length > 0 && !mySitesShared,
    theirSitesAlone: theirs.sites > 0 && !theirSitesShared,
  };
}

/** A report that calls the strike indefinite continues a running incident of its type on any of its days and after
 *  them (`running`); any other report scores the days of a multi-day running incident as a day apart, so that it needs
 *  shared content, and cannot join it later than a day after its days. */
function datePoints(report: Report, incident: Incident, date: Exclude<DateRelation, 'far'>, type: TypeRelation): number | null {
  // (`running` after a non-running incident only when the report resumes it.)
  if (date === 'later') return DATE_POINTS.later;
  if (!incident.running) return date === 'adjacent' ? DAY_APART_POINTS : date === 'running' ? DATE_POINTS.inside : DATE_POINTS[date];
  if (type === 'same' && isRunningReport(report)) return DATE_POINTS.inside;
  if (date === 'running') return null;
  return incident.date === incident.lastDate ? DATE_POINTS[date] : DATE_POINTS.adjacent;
}

const VIOLENT_CONCEPTS = ['~death', '~injured', '~gunfire', '~clash', '~burn', '~teargas', '~loot', '~stone'].map(tokenNumber);
/** Words that state dead or wounded. */
const CASUALTY_CONCEPTS = ['~death', '~injured'].map(tokenNumber);
/** Words of a fight with the police, and of an attack on property. */
const CONFRONT_CONCEPTS = ['~clash', '~teargas', '~stone', '~throw'].map(tokenNumber);
const PROPERTY_CONCEPTS = ['~burn', '~loot', '~destroy'].map(tokenNumber);

const casualties = (x: Report | Incident) => (x.killed ?? 0) > 0 || (x.injured ?? 0) > 0;

/** Violent by its type, or by its figures or words: the extraction may type a report of deaths as a demonstration. */
function violent(x: Report | Incident, violentWords: boolean): boolean {
  return VIOLENT.has(x.type) || (x.killed ?? 0) > 0 || (x.injured ?? 0) > 0 || violentWords;
}

/** A report of the day after an incident that raises one of its tolls: late news of it ("the toll rises to three"),
 *  which the extraction dates by its publication. */
function revisesToll(report: Report, incident: Incident, date: DateRelation): boolean {
  if (date !== 'adjacent' || report.date <= incident.lastDate) return false;
  return rises(report.killed, incident.killed) || rises(report.injured, incident.injured);
}
function rises(mine: number | null, theirs: number | null): boolean {
  return mine !== null && theirs !== null && theirs > 0 && mine > theirs;
}

/** The score of the report against one incident, or null when it cannot be the same event. */
export function scoreMatch(report: Report, incident: Incident): MatchScore | null {
  return scoreWith(report, incident, new LazyFeatures(report));
}

/** A strike or blockade report that says the action goes on ("tercer día de paro", "strike enters second week"),
 *  up to RUNNING_IDLE_DAYS after an incident of its type that no report called indefinite and that has not ended. */
function resumes(report: Report, incident: Incident): boolean {
  if (report.type !== incident.type || !STOPPAGE.has(report.type) || incident.status === 'ended') return false;
  const after = daysBetween(incident.lastDate, report.date);
  return after > 1 && after <= RUNNING_IDLE_DAYS && isRunningReport(report);
}

/** A report after an incident's days that says which day of the action it is on ("tercer día de bloqueo") must have
 *  begun by the day after the incident's last one: a blockade on its third day four days after another is another. */
function continuous(report: Report, incident: Incident): boolean {
  const n = statedDay(report);
  return n === null || daysBetween(incident.lastDate, addDays(report.date, -(n - 1))) <= 1;
}

/** The date and place relations of a report and an incident that may match, or null when they cannot (days too far
 *  apart, another country, conflicting places). */
type Relations = { date: Exclude<DateRelation, 'far'>; place: Exclude<PlaceRelation, 'conflict'>; across: boolean };

function dayAndPlace(report: Report, incident: Incident): Relations | null {
  let date = dateRelation(report.date, incident);
  if (date === 'far' && resumes(report, incident)) date = 'running';
  else if ((date === 'far' || (date === 'running' && incident.running === true && !continuesRunning(report, incident))) && laterStoppage(report, incident)) date = 'later';
  if (date === 'far' || ((date === 'running' || date === 'later') && !continuous(report, incident))) return null;
  const place = report.country && incident.country && report.country !== incident.country ? 'conflict' : placeRelation(report, incident);
  if (place === 'conflict') {
    // The extraction may place a report in the wrong region or country ("south of Lima" for a blockade at Ica): its
    // text naming the incident's town lets it through, the same type on the same day, with content to share.
    return date === 'inside' && report.type === incident.type && namesTownAcross(report, incident) ? { date, place: 'unknown', across: true } : null;
  }
  if (date === 'later' && place !== 'locality' && place !== 'near') return null;
  return { date, place, across: false };
}

/** The report's title or summary names the incident's town, another than the report's own. */
function namesTownAcross(report: Report, incident: Incident): boolean {
  const town = localityKey(incident);
  return town !== null && town !== localityKey(report) && reportNames(report).includes(town);
}

/** A report that continues a running strike or blockade of its type: it calls it indefinite or counts its days. */
const continuesRunning = (report: Report, incident: Incident) =>
  incident.running === true && report.type === incident.type && isRunningReport(report);

/** A strike or blockade report 2 to RUNNING_IDLE_DAYS days after the last day of a strike or blockade of its type
 *  that has not ended, though the report does not say the action goes on ("huelga de mineros", then five days later
 *  "mineros levantan la huelga"): by the labelling convention a strike of several days in one place is one incident.
 *  It is `later` (DATE_POINTS.later, no points) and only at the same town (dayAndPlace), so it needs half the content
 *  (two strikes of one town a few days apart that share one word, "paro", stay apart). */
function laterStoppage(report: Report, incident: Incident): boolean {
  if (report.type !== incident.type || !STOPPAGE.has(report.type) || incident.status === 'ended') return false;
  const after = daysBetween(incident.lastDate, report.date);
  return after > 1 && after <= RUNNING_IDLE_DAYS;
}

function scoreWith(report: Report, incident: Incident, features: LazyFeatures, relations = dayAndPlace(report, incident)): MatchScore | null {
  if (!relations) return null;
  const { date, place, across } = relations;
  const theirs = incidentFeatures(incident);
  const c = compare(features.full(), theirs);
  const { content, copy, mourningConflict, mineViolent, theirsViolent } = c;
  // A report that continues a running strike or blockade of its type (it calls it indefinite or counts its days) is
  // the same action wherever its text says it was held (the road, the court whose judges the blockaders want out).
  const continues = continuesRunning(report, incident);
  // A blockade of a site (the airport, the road) against a strike that names no such site: an action of its own, of
  // the strikers or of others, as a march to the square is against a bridge blockade.
  const siteConflict =
    !continues &&
    (c.siteConflict ||
      (report.type === 'roadblock' && incident.type === 'strike' && c.mySitesAlone) ||
      (report.type === 'strike' && incident.type === 'roadblock' && c.theirSitesAlone));
  // The teachers' strike and the transport strike of one town: different trades, none in common.
  const sectorConflict = c.sectorsApart && STOPPAGE.has(report.type) && STOPPAGE.has(incident.type);
  let type = typeRelation(report.type, incident.type);
  if (type === 'cross' && violent(report, mineViolent) && violent(incident, theirsViolent)) {
    // A peaceful type with casualties of its own is a confrontation the extraction did not see ("Minsa: 37 heridos
    // dejó la jornada de protesta"): close to a clash or a repression; violent words alone only make it the family.
    const close =
      ((casualties(report) || c.mineCasualties) && CONFRONTATION.has(incident.type)) ||
      ((casualties(incident) || c.theirsCasualties) && CONFRONTATION.has(report.type));
    type = close ? 'close' : 'family';
  }
  if (type === 'family' && report.type !== incident.type && RIOT_CLASH.has(report.type) && RIOT_CLASH.has(incident.type)) {
    // A riot told with a fight with the police, or a clash told with burning or looting: one outlet's riot is
    // another's clash ("queman la comisaría" and "protesters clash with police and torch the station").
    const [riotSide, clashSide] = report.type === 'riot' ? [c.mineConfront, c.theirsProperty] : [c.theirsConfront, c.mineProperty];
    if (riotSide || clashSide) type = 'close';
  }
  const named = !across && placeNamed(report, incident, place);
  if (copy) return { score: 100, type, place, date, content, siteConflict, copy, mourningConflict, sectorConflict, placeNamed: named, across };
  if (across && c.shared < ACROSS_MIN_SHARED) return null;
  if (type === 'cross' && place !== 'locality') return null;
  const datePts = revisesToll(report, incident, date) ? DATE_POINTS.inside : datePoints(report, incident, date, type);
  if (datePts === null) return null;
  const score =
    TYPE_POINTS[type] +
    (across ? ACROSS_POINTS : named ? PLACE_POINTS.admin2 : place === 'country' && notNationwide(report, incident) ? COUNTRY_LOCAL_POINTS : PLACE_POINTS[place]) +
    (nestedPlace(report, incident, place) && !unknownLowerToll(report, incident, theirs.claimed) ? NESTED_POINTS : 0) +
    (sameToll(report, incident, theirs.claimed) ? SAME_TOLL_POINTS : 0) +
    datePts +
    CONTENT_POINTS * content -
    (siteConflict ? SITE_CONFLICT_POINTS : 0) -
    (mourningConflict ? MOURNING_CONFLICT_POINTS : 0) -
    (sectorConflict ? SECTOR_CONFLICT_POINTS : 0);
  return { score, type, place, date, content, siteConflict, copy, mourningConflict, sectorConflict, placeNamed: named, across };
}

/**
 * The candidate that describes the same event as the report, or null. A candidate that already holds the report is
 * returned as is. Among several matches the highest score wins, then the smaller id (so the choice does not depend on
 * the order the candidates came in).
 */
export function matchIncident(report: Report, candidates: Incident[]): Incident | null {
  const holder = candidates.find((c) => c.reportIds.includes(report.id));
  return holder ?? bestMatch(report, candidates);
}

/** matchIncident for a caller that knows no candidate holds the report (MemoryIncidentIndex looks reports up first).
 *  The choice does not depend on the order the candidates are scored in (highest score, then smaller id), so copies
 *  of a headline (COPY_SCORE) are found first, by the title alone, and the others are scored by their upper bound
 *  (scoreBound), highest first; one whose bound cannot reach the best so far is not scored. */
export function bestMatch(report: Report, candidates: Incident[]): Incident | null {
  let best: Incident | null = null;
  let bestScore = -1;
  const features = new LazyFeatures(report);
  const pending = pendingIncidents;
  const bounds = pendingBounds;
  const relations = pendingRelations;
  try {
    for (const c of candidates) {
      const r = dayAndPlace(report, c);
      if (!r) continue;
      const bound = scoreBound(report, c, r);
      if (isCopy(features.title(), incidentFeatures(c))) {
        if (COPY_SCORE > bestScore || (COPY_SCORE === bestScore && best !== null && c.id < best.id)) {
          best = c;
          bestScore = COPY_SCORE;
        }
        continue;
      }
      if (bound === ONLY_COPY) continue;
      // Insertion by bound, highest first (a few candidates).
      let i = pending.length;
      pending.push(c);
      bounds.push(bound);
      relations.push(r);
      for (; i > 0 && bounds[i - 1]! < bound; i--) {
        pending[i] = pending[i - 1]!;
        bounds[i] = bounds[i - 1]!;
        relations[i] = relations[i - 1]!;
      }
      pending[i] = c;
      bounds[i] = bound;
      relations[i] = r;
    }
    for (let i = 0; i < pending.length; i++) {
      const c = pending[i]!;
      const bound = bounds[i]!;
      // A candidate scoring under the threshold, or under the best so far, cannot be chosen; nor can one that ties
      // the best so far unless its id is smaller.
      const floor = Math.max(MATCH_THRESHOLD, bestScore);
      const strict = best !== null && !(c.id < best.id);
      if (strict ? bound <= floor : bound < floor) continue;
      const s = scoreWith(report, c, features, relations[i]);
      if (!s || s.score < MATCH_THRESHOLD) continue;
      if (s.score > bestScore || (s.score === bestScore && best !== null && c.id < best.id)) {
        best = c;
        bestScore = s.score;
      }
    }
  } finally {
    pending.length = 0;
    bounds.length = 0;
    relations.length = 0;
  }
  return best;
}

// bestMatch's candidates to score and their bounds (kept, not made at each call).
const pendingIncidents: Incident[] = [];
const pendingBounds: number[] = [];
const pendingRelations: Relations[] = [];

/** A report's features for bestMatch, made when first needed: the title's alone for the copy test, all of them
 *  (reportFeatures) for a full score (none when every candidate is a copy or cannot reach the best). */
class LazyFeatures {
  private titleFeatures: TextFeatures | null = null;
  private all: ReportFeatures | null = null;
  constructor(private readonly report: Report) {}
  full(): ReportFeatures {
    return (this.all ??= reportFeatures(this.report, this.titleFeatures ?? undefined));
  }
  title(): Int32Array {
    if (this.all) return this.all.title;
    return (this.titleFeatures ??= remember(headlineCache, this.report.title, textFeatures)).tokens;
  }
}

/** Whether the title is a copy of one of the incident's headlines (as in compare). */
function isCopy(myTitle: Int32Array, theirs: IncidentFeatures): boolean {
  if (myTitle.length < COPY_MIN_TOKENS) return false;
  // A copy has at least COPY_JACCARD of the title's tokens in the headlines: at most the rest missing.
  const mayMiss = myTitle.length - COPY_JACCARD * myTitle.length;
  let missing = 0;
  for (const t of myTitle) if (!theirs.tokens.has(t) && ++missing > mayMiss) return false;
  for (const { tokens: t } of theirs.headlines.values()) {
    if (t.length < COPY_MIN_TOKENS || Math.min(t.length, myTitle.length) < COPY_JACCARD * Math.max(t.length, myTitle.length)) continue;
    if (jaccard(myTitle, t) >= COPY_JACCARD) return true;
  }
  return false;
}

/** scoreBound of a candidate that only a copy of a headline can match (scoreWith gives no day points). */
const ONLY_COPY = -1;
/** The score of a copy of a headline (scoreWith). */
const COPY_SCORE = 100;

/**
 * The most scoreWith(...).score can be unless the report is a copy of a headline: the points that need no text (type
 * at most, place at most, nested, toll, day) plus the most content can give, given the day and place relations
 * (dayAndPlace: without them scoreWith is null whatever the texts say); ONLY_COPY when it is null unless the report
 * is a copy.
 */
function scoreBound(report: Report, incident: Incident, { date, place, across }: Relations): number {
  const type0 = typeRelation(report.type, incident.type);
  const datePts = revisesToll(report, incident, date) ? DATE_POINTS.inside : datePoints(report, incident, date, type0);
  if (datePts === null) return ONLY_COPY;
  // type: `same` stays; any other may become `close` (20) and no more.
  return (
    (type0 === 'same' ? TYPE_POINTS.same : TYPE_POINTS.close) +
    (across ? ACROSS_POINTS : place === 'unknown' || place === 'country' ? PLACE_POINTS.admin2 : PLACE_POINTS[place]) +
    (nestedPlace(report, incident, place) ? NESTED_POINTS : 0) +
    (mayShareToll(report, incident) ? SAME_TOLL_POINTS : 0) +
    datePts +
    CONTENT_POINTS
  );
}

/** Whether sameToll can hold: the report gives a count the incident has one of. */
function mayShareToll(report: Report, incident: Incident): boolean {
  return (
    (report.killed !== null && report.killed >= 2 && incident.killed !== null) ||
    (report.injured !== null && report.injured >= SAME_COUNT_MIN && incident.injured !== null) ||
    (report.detained !== null && report.detained >= SAME_COUNT_MIN && incident.detained !== null)
  );
}
