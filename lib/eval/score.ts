// Scoring of the extraction engine against labelled items (../shared/eval/README.md conventions). Pure: the caller
// runs the engine and hands over, per item, the gold label and what the engine said.
import { EVENT_TYPES, type EventType } from '../types';

export interface Gold {
  is_event: boolean;
  type: string | null;
  country: string | null;
  region: string | null;
  place: string | null;
  killed: number | null;
  injured: number | null;
  detained: number | null;
  incident?: string | null;
}

export interface Predicted {
  type: EventType;
  /** `announced`: a call, plan or threat, no protest action yet (scored as no event, see `reported`). */
  status?: string;
  country: string | null;
  admin1: string | null;
  place: string | null;
  killed: number | null;
  injured: number | null;
  detained: number | null;
}

export interface Row {
  id: string;
  gold: Gold;
  event: Predicted | null;
  /** The incident id the extractor's incident matcher gave the item (null when it saw no event). */
  incident: string | null;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface Ratio {
  value: number;
  hits: number;
  total: number;
}

export interface Scores {
  items: number;
  events: PRF;
  perType: Record<EventType, PRF>;
  macroF1: number;
  typeAccuracy: Ratio;
  country: Ratio;
  region: Ratio;
  place: Ratio;
  exactCounts: Ratio;
  inventedCounts: Ratio;
  incidents: { precision: number; recall: number; f1: number; items: number };
  /** Items whose output event is announced, scored as no event. */
  announced: number;
}

export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp ? tp / (tp + fp) : tp + fn ? 0 : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, fp, fn };
}

const ratio = (hits: number, total: number): Ratio => ({ value: total ? hits / total : 1, hits, total });

/** Lower case, no accents, every run of other characters one space. */
export function foldName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const REGION_PREFIX = /^(region|departamento|department|provincia|province|estado|state)( de| del| of)? /;
const ARTICLE = /^(la|el|los|las|the) /;

/**
 * Same first-level division: equal after foldName, after dropping a leading "región / departamento / provincia /
 * estado (de)" and a leading article, or one name's words are the first words of the other ("Region Metropolitana"
 * and "Región Metropolitana de Santiago", "Bogota" and "Bogotá D.C."). Two nulls are the same.
 */
export function sameRegion(gold: string | null, got: string | null): boolean {
  if (gold === null || got === null) return gold === got;
  const norm = (s: string) => foldName(s).replace(REGION_PREFIX, '').replace(ARTICLE, '');
  const a = norm(gold);
  const b = norm(got);
  return a === b || b.startsWith(a + ' ') || a.startsWith(b + ' ');
}

/** Same place: equal once folded with every character other than a letter or digit removed ("Machu Picchu" and
 *  "Machupicchu"). Two nulls are the same. */
export function samePlace(gold: string | null, got: string | null): boolean {
  if (gold === null || got === null) return gold === got;
  return foldName(gold).replace(/ /g, '') === foldName(got).replace(/ /g, '');
}

/**
 * B-cubed precision, recall and F1 of a clustering against the gold one, over the items that have a gold cluster.
 * `predicted[i]` is item i's predicted cluster, or null for an item the system left out (a singleton of its own).
 * For each item: precision = |pred(i) ∩ gold(i)| / |pred(i)|, recall = |pred(i) ∩ gold(i)| / |gold(i)|, where
 * pred(i) holds only items with a gold cluster; both are averaged over the items, and F1 is their harmonic mean.
 */
export function bcubed(gold: (string | null)[], predicted: (string | null)[]): { precision: number; recall: number; f1: number; items: number } {
  const idx: number[] = [];
  for (let i = 0; i < gold.length; i++) if (gold[i] !== null) idx.push(i);
  if (!idx.length) return { precision: 1, recall: 1, f1: 1, items: 0 };
  const predKey = (i: number) => predicted[i] ?? `\u0000singleton:${i}`;
  const goldSize = new Map<string, number>();
  const predSize = new Map<string, number>();
  const both = new Map<string, number>();
  for (const i of idx) {
    const g = gold[i]!;
    const p = predKey(i);
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
    predSize.set(p, (predSize.get(p) ?? 0) + 1);
    const k = `${g}\u0001${p}`;
    both.set(k, (both.get(k) ?? 0) + 1);
  }
  let p = 0;
  let r = 0;
  for (const i of idx) {
    const g = gold[i]!;
    const pk = predKey(i);
    const common = both.get(`${g}\u0001${pk}`)!;
    p += common / predSize.get(pk)!;
    r += common / goldSize.get(g)!;
  }
  const precision = p / idx.length;
  const recall = r / idx.length;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, items: idx.length };
}

const FIGURES = ['killed', 'injured', 'detained'] as const;

/**
 * The event an output reports, for scoring: an announced one (a strike called for Monday, a threat to block roads)
 * reports no protest action yet, which the conventions make a negative ("protest-adjacent news that reports no
 * protest action is not an event"). The engine still outputs it, with its status, for the dashboard to show.
 */
export const reported = (event: Predicted | null): Predicted | null => (event && event.status !== 'announced' ? event : null);

/** Every metric of `npm run eval` (see METRICS for the definitions). */
export function score(rows: Row[]): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const typeTp = new Map<EventType, number>();
  const typeFp = new Map<EventType, number>();
  const typeFn = new Map<EventType, number>();
  const bump = (m: Map<EventType, number>, t: EventType) => m.set(t, (m.get(t) ?? 0) + 1);
  let typeOk = 0;
  let countryOk = 0;
  let regionOk = 0;
  let placeOk = 0;
  let countsOk = 0;
  let invented = 0;
  let goldNullFigures = 0;

  for (const row of rows) {
    const gold = row.gold;
    const event = reported(row.event);
    const goldType = gold.is_event ? (gold.type as EventType) : null;
    const gotType = event?.type ?? null;
    if (goldType && gotType === goldType) bump(typeTp, goldType);
    else {
      if (goldType) bump(typeFn, goldType);
      if (gotType) bump(typeFp, gotType);
    }
    if (!event) {
      if (gold.is_event) fn++;
      continue;
    }
    if (!gold.is_event) {
      fp++;
      continue;
    }
    tp++;
    if (event.type === gold.type) typeOk++;
    if ((event.country ?? null) === gold.country) countryOk++;
    if (sameRegion(gold.region, event.admin1)) regionOk++;
    if (samePlace(gold.place, event.place)) placeOk++;
    if (FIGURES.every((f) => event[f] === gold[f])) countsOk++;
    for (const f of FIGURES) {
      if (gold[f] !== null) continue;
      goldNullFigures++;
      if (event[f] !== null) invented++;
    }
  }

  const perType = Object.fromEntries(
    EVENT_TYPES.map((t) => [t, prf(typeTp.get(t) ?? 0, typeFp.get(t) ?? 0, typeFn.get(t) ?? 0)]),
  ) as Record<EventType, PRF>;
  const macroF1 = EVENT_TYPES.reduce((s, t) => s + perType[t].f1, 0) / EVENT_TYPES.length;
  return {
    items: rows.length,
    events: prf(tp, fp, fn),
    perType,
    macroF1,
    typeAccuracy: ratio(typeOk, tp),
    country: ratio(countryOk, tp),
    region: ratio(regionOk, tp),
    place: ratio(placeOk, tp),
    exactCounts: ratio(countsOk, tp),
    inventedCounts: ratio(invented, goldNullFigures),
    incidents: bcubed(
      rows.map((r) => (r.gold.is_event ? (r.gold.incident ?? null) : null)),
      rows.map((r) => (reported(r.event) ? r.incident : null)),
    ),
    announced: rows.filter((r) => r.event && !reported(r.event)).length,
  };
}

/** How each figure is computed, printed under the table and copied in lib/extract/README.md. */
export const METRICS = `\
events      an item is an event when the gold label says is_event; TP = event in gold and output, FP = output
            event on a gold negative, FN = gold event with no output event. P = TP/(TP+FP), R = TP/(TP+FN), F1.
            An output event with status announced (a call, plan or threat) counts as no event: no protest action
            is reported yet, which the conventions make a negative.
type F1     per type t over all items: TP = gold t and output t; FP = output t where gold is not t (another type or
            no event); FN = gold t where output is not t. Macro-F1 = unweighted mean of the six types' F1.
type acc.   over event TPs: output type = gold type.
country     over event TPs: output country = gold country (two nulls agree).
region      over event TPs: output admin1 names the gold region, accent- and case-insensitive, ignoring a leading
            "región/departamento/provincia/estado (de)" and article, or one name is the other plus trailing words
            ("Region Metropolitana" ~ "Región Metropolitana de Santiago"); two nulls agree.
place       over event TPs: output place = gold place, accent-, case-, space- and punctuation-insensitive; two
            nulls agree.
exact counts  over event TPs: killed, injured and detained all equal to the gold ones (null = null).
invented    over event TPs, the count fields (killed, injured, detained) whose gold is null: share with a number.
incidents   B-cubed over the gold events that have an incident id, with the incident ids that npx vigia extract's
            code path (lib/incidents MemoryIncidentIndex) assigned, items fed in published order; an item the
            engine missed is a singleton; false positives are left out. Per item P = |pred ∩ gold| / |pred|,
            R = |pred ∩ gold| / |gold|, averaged; F1 of the averages.`;
