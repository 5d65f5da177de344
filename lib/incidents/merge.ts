import { EVENT_TYPES, type Claim, type EventType, type Incident, type Report, type TollPoint } from '../types';
import { isRunningReport } from './running';
import { fold, remember } from './text';

/** Actors and cues kept on an incident, first come first kept. */
export const MAX_LIST = 20;
/** Sources listed on an incident: the first MAX_SOURCES / 3 and the latest others (every report stays in reportIds,
 *  claims and the store). Also bounds the text that a new report is compared with. */
export const MAX_SOURCES = 30;
/** Entries of tollHistory: the first one and the latest others. */
export const MAX_TOLL_HISTORY = 20;
/** Claims and report ids repeated on each stream entry (streamIncident); the stored incident keeps them all. */
export const MAX_STREAM_LIST = 50;

type Figure = 'killed' | 'injured' | 'detained';
const FIGURES: Figure[] = ['killed', 'injured', 'detained'];

/** A deterministic incident id for the report that opens it: `inc_` and 16 hex digits of FNV-1a 64 of the report id,
 *  so that a retried write creates the same id. */
export function newIncidentId(report: Report): string {
  let h = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(report.id)) {
    h ^= BigInt(byte);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return `inc_${h.toString(16).padStart(16, '0')}`;
}

const times = new Map<string, number>();

function millis(iso: string): number {
  return times.get(iso) ?? remember(times, iso, parseMillis);
}

function parseMillis(s: string): number {
  const t = Date.parse(s);
  return Number.isNaN(t) ? -Infinity : t;
}

/**
 * The headline figure from the outlets' claims (ACLED's conservative rule, with revisions):
 * 1. for each outlet, its latest claim that states the figure (by `at`; on equal times, the one added last);
 * 2. the headline is the lowest of those, since when outlets disagree the lowest credible figure stands;
 * 3. unless one of them is newer than all the others and larger than all the others, or equal to the largest (other
 *    outlets repeating it): that is a revision of the toll (12 dead, then 17 once the injured die) and it wins.
 * An outlet that corrects itself replaces its own figure by step 1, upwards or downwards.
 */
export function headlineFigure(claims: Claim[], figure: Figure): number | null {
  return headline(summaryOf(claims).latest[figure]);
}

/** What the headline figures need of a list of claims: each outlet's latest claim of each figure; and the distinct
 *  figures claimed (for lib/incidents matching). */
interface ClaimSummary {
  latest: Record<Figure, Map<string, { value: number; at: number }>>;
  numbers: Set<number>;
  /** When mergeReport made the incident whose claims these are: that incident, its report ids as a set, and (until
   *  matching takes it, see latestVersion) the version it was made from. */
  incident?: Incident;
  /** Whether that incident has create()'s keys in its order (see merged). */
  ownShape?: boolean;
  ids?: Set<string>;
  previous?: Incident;
  /** What matching derived from the texts of a version (match.ts incidentFeatures), carried on to the next version
   *  with this record: the next version finds it here, not in a table of its own. */
  matching?: unknown;
  /** That incident's firstSeen, lastSeen and statusAt in ms (parseMillis), which the next merge compares. */
  seen?: { first: number; last: number; status: number };
}

// An incident's claims only grow by one claim at each merge: the summary of the new list is the old one plus that
// claim, so that a running strike's hundreds of claims are not read again at every report. The set of report ids
// moves along with it: asking whether a running strike holds a report does not read its hundreds of ids.
const summaries = new WeakMap<Claim[], ClaimSummary>();

/** The summary of the claims of an incident that mergeReport made. */
function madeSummary(incident: Incident): ClaimSummary | undefined {
  const summary = summaries.get(incident.claims);
  return summary?.incident === incident ? summary : undefined;
}

function addClaim(summary: ClaimSummary, c: Claim, at = millis(c.at)): void {
  if (c.killed === null && c.injured === null && c.detained === null) return;
  for (const figure of FIGURES) {
    const value = c[figure];
    if (value === null) continue;
    if (value > 0) summary.numbers.add(value);
    const prev = summary.latest[figure].get(c.outlet);
    if (!prev || at >= prev.at) summary.latest[figure].set(c.outlet, { value, at });
  }
}

function summaryOf(claims: Claim[]): ClaimSummary {
  let summary = summaries.get(claims);
  if (!summary) {
    summary = { latest: { killed: new Map(), injured: new Map(), detained: new Map() }, numbers: new Set() };
    for (const c of claims) addClaim(summary, c);
    summaries.set(claims, summary);
  }
  return summary;
}

/** `claims` (the incident's) with one more claim, if any (made at `claimMs`), and its summary, to which `ids` (the
 *  incident's) move. */
function withClaim(claims: Claim[], claim: Claim | null, claimMs: number, ids: Set<string> | undefined): { claims: Claim[]; summary: ClaimSummary } {
  const old = summaryOf(claims);
  if (claim === null) {
    old.ids = ids;
    return { claims, summary: old };
  }
  // The outlets' latest figures move to the new list's summary and are updated there; the old list's summary is
  // made again from its claims if it is ever asked for. The set of figures is copied when it changes, since
  // matching keeps a reference to it.
  summaries.delete(claims);
  const newNumber = FIGURES.some((f) => claim[f] !== null && claim[f] > 0 && !old.numbers.has(claim[f]));
  const summary: ClaimSummary = { latest: old.latest, numbers: newNumber ? new Set(old.numbers) : old.numbers, ids, matching: old.matching };
  addClaim(summary, claim, claimMs);
  const next = claims.concat([claim]);
  summaries.set(next, summary);
  return { claims: next, summary };
}

/** The distinct figures (above 0) that the claims state. */
export function claimedNumbers(claims: Claim[]): ReadonlySet<number> {
  return summaryOf(claims).numbers;
}

function headline(latest: Map<string, { value: number; at: number }>): number | null {
  const all = [...latest.values()];
  if (all.length === 0) return null;
  const newest = all.reduce((a, b) => (b.at > a.at ? b : a));
  const isRevision = all.every((o) => o === newest || (newest.at > o.at && newest.value >= o.value));
  return isRevision ? newest.value : Math.min(...all.map((o) => o.value));
}

function headlines(summary: ClaimSummary): Record<Figure, number | null> {
  return { killed: headline(summary.latest.killed), injured: headline(summary.latest.injured), detained: headline(summary.latest.detained) };
}

const keys = new Map<string, string>();
const unionKey = (s: string) => remember(keys, s, (x) => fold(x).trim());

// The keys of each list that union() made (distinct, none empty): uniting one with a list that adds nothing gives it
// back, and a list with more is made from it without reading it again.
const unitedKeys = new WeakMap<string[], Set<string>>();

function union(a: string[], b: string[]): string[] {
  const keysOfA = unitedKeys.get(a);
  if (keysOfA) {
    let out: string[] | null = null;
    let seen = keysOfA;
    for (const s of b) {
      if ((out ?? a).length >= MAX_LIST) break;
      const k = unionKey(s);
      if (k === '' || seen.has(k)) continue;
      if (!out) {
        out = [...a];
        seen = new Set(keysOfA);
      }
      seen.add(k);
      out.push(s);
    }
    if (!out) return a;
    unitedKeys.set(out, seen);
    return out;
  }
  const seen = new Set<string>();
  const out: string[] = [];
  for (const s of [...a, ...b]) {
    const k = unionKey(s);
    if (k === '' || seen.has(k) || out.length >= MAX_LIST) continue;
    seen.add(k);
    out.push(s);
  }
  unitedKeys.set(out, seen);
  return out;
}

function moreSevere(a: EventType, b: EventType): EventType {
  return EVENT_TYPES.indexOf(b) < EVENT_TYPES.indexOf(a) ? b : a;
}

/** When an outlet made its claim: the report's publication time, or its ingestion time when it has none or gives one
 *  after it was read (a feed whose clock is ahead). Reports read together (a backlog after an outage, a restart) are
 *  ordered as their outlets published them, not as their feeds happened to be polled. */
function claimTime(report: Report): { at: string; ms: number; ingestedMs: number } {
  const ingestedMs = parseMillis(report.ingested);
  const published = report.published ? parseMillis(report.published) : NaN;
  return Number.isFinite(published) && published <= ingestedMs
    ? { at: report.published!, ms: published, ingestedMs }
    : { at: report.ingested, ms: ingestedMs, ingestedMs };
}

/** A report's claim of the counts, or null when it states none (most reports of a strike or a march): an incident
 *  lists only claims, so that one with thousands of reports does not carry thousands of empty ones (every report
 *  written rewrites the incident). */
function claimOf(report: Report, at: string): Claim | null {
  if (report.killed === null && report.injured === null && report.detained === null) return null;
  return {
    reportId: report.id,
    outlet: report.outlet,
    at,
    killed: report.killed,
    injured: report.injured,
    detained: report.detained,
  };
}

function locationOf(r: Report | Incident) {
  const { country, admin1, admin1Code, admin2, admin3, place, lat, lon, precision } = r;
  return { country, admin1, admin1Code, admin2, admin3, place, lat, lon, precision };
}

function sourceOf(report: Report): Incident['sources'][number] {
  return { outlet: report.outlet, link: report.link, title: report.title, reportId: report.id };
}

/** The first `head` entries and the latest `max - head`. */
function capKeepingEnds<T>(list: T[], max: number, head: number): T[] {
  return list.length <= max ? list : [...list.slice(0, head), ...list.slice(list.length - (max - head))];
}

/** capKeepingEnds of `list` with `item` added, without making the longer list first. */
function withCapped<T>(list: T[], item: T, max: number, head: number): T[] {
  if (list.length < max) return list.concat([item]);
  const out = list.slice(0, head);
  for (let k = list.length - (max - head) + 1; k < list.length; k++) out.push(list[k]!);
  out.push(item);
  return out;
}

/** tollHistory with a new entry when the headline figures differ from its latest one (from none at the start). */
function withToll(history: TollPoint[], next: Omit<TollPoint, 'at' | 'outlets'>, at: string, outlets: number): TollPoint[] {
  const last = history[history.length - 1] ?? { killed: null, injured: null, detained: null };
  if (last.killed === next.killed && last.injured === next.injured && last.detained === next.detained) return history;
  return capKeepingEnds([...history, { at, ...next, outlets }], MAX_TOLL_HISTORY, 1);
}

function create(report: Report, id: string): Incident {
  const time = claimTime(report);
  const statusAt = time.at;
  const claim = claimOf(report, statusAt);
  const figures = { killed: report.killed, injured: report.injured, detained: report.detained };
  const incident: Incident = {
    id,
    type: report.type,
    status: report.status,
    country: report.country,
    admin1: report.admin1,
    admin1Code: report.admin1Code,
    admin2: report.admin2,
    admin3: report.admin3,
    place: report.place,
    lat: report.lat,
    lon: report.lon,
    precision: report.precision,
    date: report.date,
    lastDate: report.date,
    title: report.title,
    killed: report.killed,
    injured: report.injured,
    detained: report.detained,
    actors: union(report.actors, []),
    cues: union(report.cues, []),
    confidence: report.confidence,
    firstSeen: report.ingested,
    lastSeen: report.ingested,
    outlets: [report.outlet],
    sources: [sourceOf(report)],
    claims: claim ? [claim] : [],
    reportIds: [report.id],
    verification: 'single-source',
    revision: 1,
    demo: report.demo,
    running: isRunningReport(report),
    tollHistory: withToll([], figures, report.ingested, 1),
    reportCount: 1,
    scales: [report.scale],
    statusAt,
  };
  const summary = summaryOf(incident.claims);
  summary.incident = incident;
  summary.ownShape = true;
  summary.seen = { first: time.ingestedMs, last: time.ingestedMs, status: time.ms };
  summary.ids = new Set(incident.reportIds);
  return incident;
}

/**
 * A new incident opened by the report (with `id`, or newIncidentId(report)), or `incident` with the report added.
 * Adding a report the incident already holds returns the incident unchanged. Inputs are never modified.
 *
 * On adding: every report id, outlet (distinct) and claim (a report that states a count) is kept, the sources up to MAX_SOURCES (reportCount counts
 * them all); the headline figures follow headlineFigure, and each change of them adds a tollHistory entry; the type is the most severe of its reports; the status is the latest report's (by publication time, claimTime;
 * on a tie the report added last); first/last seen span the ingestion times and date/lastDate the event days; the
 * location is the most precise one seen (lowest precision, an earlier one kept on a tie); actors and cues are united;
 * `demo` if any report is; confidence is the highest; verification is `corroborated` from two distinct outlets;
 * `running` once any report calls the strike or blockade indefinite; the revision goes up by one.
 */
export function mergeReport(incident: Incident | null, report: Report, id?: string): Incident {
  if (incident === null) return create(report, id ?? newIncidentId(report));
  // (The report ids of incidents read from elsewhere, the store's copies, are searched.)
  const made = madeSummary(incident);
  const ids = made?.ids;
  if (ids ? ids.has(report.id) : incident.reportIds.includes(report.id)) return incident;
  return merged(incident, report, made);
}

/** What mergeReport keeps with the latest version of an incident it made (undefined for any other: the store's
 *  copies, older versions): `previous`, the version it was made from (matching takes it, so that a chain of versions
 *  is not kept alive), and `matching`, what matching derived from an earlier version's texts (see ClaimSummary). */
export function latestVersion(incident: Incident): { previous?: Incident; matching?: unknown } | undefined {
  return madeSummary(incident);
}

/** `incident` with the report added; `made`: its record, when it is the latest version mergeReport made (its report
 *  ids as a set, its times as numbers). When that version has create()'s keys in its order (`ownShape`: made by
 *  create(), or by merged() from such an incident), the next version is made with an object literal of these keys, so
 *  that they all have one shape (property reads of a shape or two stay fast all through matching). Other incidents
 *  (the store's copies, an older version) are spread: the same keys in the same order for one of create()'s. */
function merged(incident: Incident, report: Report, made: ClaimSummary | undefined): Incident {
  const ownShape = made?.ownShape === true;
  const time = claimTime(report);
  const reportTime = time.at;
  const seen = made?.seen ?? { first: millis(incident.firstSeen), last: millis(incident.lastSeen), status: millis(incident.statusAt ?? incident.lastSeen) };
  const { claims, summary } = withClaim(incident.claims, claimOf(report, reportTime), time.ms, made?.ids?.add(report.id));
  const outlets = incident.outlets.includes(report.outlet) ? incident.outlets : [...incident.outlets, report.outlet];
  const at = time.ingestedMs;
  const isLatest = at >= seen.last;
  const morePrecise = (report.precision ?? 4) < (incident.precision ?? 4);
  const figures = headlines(summary);
  const scales = incident.scales ?? [];
  const type = moreSevere(incident.type, report.type);
  // The status is the one most recently published (as claims are ordered: claimTime).
  const statusLatest = time.ms >= seen.status;
  const status = statusLatest ? report.status : incident.status;
  const statusAt = statusLatest ? reportTime : (incident.statusAt ?? incident.lastSeen);
  const date = report.date < incident.date ? report.date : incident.date;
  const lastDate = report.date > incident.lastDate ? report.date : incident.lastDate;
  const actors = union(incident.actors, report.actors);
  const cues = union(incident.cues, report.cues);
  const confidence = Math.max(incident.confidence, report.confidence);
  const firstSeen = at < seen.first ? report.ingested : incident.firstSeen;
  const lastSeen = isLatest ? report.ingested : incident.lastSeen;
  const sources = withCapped(incident.sources, sourceOf(report), MAX_SOURCES, MAX_SOURCES / 3);
  const reportIds = incident.reportIds.concat([report.id]);
  const verification = outlets.length >= 2 ? 'corroborated' : 'single-source';
  const revision = incident.revision + 1;
  const demo = incident.demo || report.demo;
  const running = incident.running === true || isRunningReport(report);
  const tollHistory = withToll(incident.tollHistory ?? [], figures, report.ingested, outlets.length);
  const reportCount = incident.reportIds.length + 1;
  const nextScales = scales.includes(report.scale) ? scales : [...scales, report.scale];
  let next: Incident;
  if (ownShape) {
    const { killed, injured, detained } = figures;
    const l = morePrecise ? report : incident;
    next = {
      id: incident.id, type, status, country: l.country, admin1: l.admin1, admin1Code: l.admin1Code, admin2: l.admin2,
      admin3: l.admin3, place: l.place, lat: l.lat, lon: l.lon, precision: l.precision, date, lastDate,
      title: incident.title, killed, injured, detained, actors, cues, confidence, firstSeen, lastSeen, outlets, sources,
      claims, reportIds, verification, revision, demo, running, tollHistory, reportCount, scales: nextScales, statusAt,
    };
  } else {
    next = {
      ...incident, type, status, ...(morePrecise ? locationOf(report) : {}), date, lastDate, ...figures, actors, cues,
      confidence, firstSeen, lastSeen, outlets, sources, claims, reportIds, verification, revision, demo, running,
      tollHistory, reportCount, scales: nextScales, statusAt,
    };
  }
  summary.incident = next;
  summary.ownShape = ownShape;
  summary.seen = { first: Math.min(at, seen.first), last: isLatest ? at : seen.last, status: statusLatest ? time.ms : seen.status };
  summary.previous = incident;
  return next;
}

/**
 * The incident as one stream entry carries it: the latest MAX_STREAM_LIST claims and report ids (reportCount says how
 * many there are), so that a running strike with hundreds of reports does not repeat them all on every update.
 * GET /api/incidents/:id has them all.
 */
export function streamIncident(i: Incident): Incident {
  if (i.claims.length <= MAX_STREAM_LIST && i.reportIds.length <= MAX_STREAM_LIST) return i;
  return { ...i, claims: i.claims.slice(-MAX_STREAM_LIST), reportIds: i.reportIds.slice(-MAX_STREAM_LIST) };
}
