// Scores lib/extract on a labelled JSONL file written to ../shared/eval/README.md's conventions.
import { readFileSync } from 'node:fs';
import { fold } from '../../../lib/gazetteer';
import { normalize } from '../../../lib/extract';
import type { ExtractedEvent } from '../../../lib/types';

export interface Labelled {
  id: string;
  feed: string;
  lang: string;
  published: string;
  title: string;
  summary: string;
  label: {
    is_event: boolean;
    type: string | null;
    country: string | null;
    region: string | null;
    place: string | null;
    killed: number | null;
    injured: number | null;
    detained: number | null;
  };
}

export interface Scores {
  n: number;
  precision: number;
  recall: number;
  f1: number;
  typeAccuracy: number; // over true positives
  countryAccuracy: number;
  regionAccuracy: number;
  placeAccuracy: number;
  exactCounts: number;
  rows: { item: Labelled; event: ExtractedEvent | null }[];
}

const same = (a: string | null, b: string | null) => (a === null ? b === null : b !== null && fold(a) === fold(b));
// Region names in the labels drop the accents and Chile's "de Santiago".
const sameRegion = (label: string | null, got: string | null) =>
  same(label, got) || (label !== null && got !== null && fold(got).startsWith(fold(label)));

export function loadLabelled(path: string): Labelled[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Labelled);
}

export function score(items: Labelled[]): Scores {
  let tp = 0, fp = 0, fn = 0, typeOk = 0, countryOk = 0, regionOk = 0, placeOk = 0, countsOk = 0;
  const rows = items.map((item) => {
    const event = normalize({ title: item.title, summary: item.summary, lang: item.lang, published: item.published, feed: item.feed });
    const L = item.label;
    if (event && L.is_event) {
      tp++;
      if (event.type === L.type) typeOk++;
      if (event.country === L.country) countryOk++;
      if (sameRegion(L.region, event.admin1)) regionOk++;
      if (same(L.place, event.place)) placeOk++;
      if (event.killed === L.killed && event.injured === L.injured && event.detained === L.detained) countsOk++;
    } else if (event) fp++;
    else if (L.is_event) fn++;
    return { item, event };
  });
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const d = Math.max(1, tp);
  return {
    n: items.length, precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall),
    typeAccuracy: typeOk / d, countryAccuracy: countryOk / d, regionAccuracy: regionOk / d, placeAccuracy: placeOk / d,
    exactCounts: countsOk / d, rows,
  };
}
