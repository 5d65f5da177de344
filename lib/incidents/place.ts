import type { Location } from '../types';
import { contentTokenNumbers, isConcept, lastOf, nameKey, remember } from './text';

/** The location fields shared by Report and Incident. */
export type Place = Location;

/**
 * How well two locations agree, from strongest to weakest:
 * - `locality`: the same district or town (admin3 or place, by name);
 * - `near`: precise coordinates (precision 1 or 2) on both sides within NEAR_KM;
 * - `admin2`: the same province, one side knowing no district or town;
 * - `admin1`: the same region, one side knowing no province;
 * - `national`: the same country, neither side knowing a region (a nationwide strike, say);
 * - `country`: the same country, one side knowing no region;
 * - `unknown`: nothing to compare;
 * - `conflict`: they name different places.
 */
export type PlaceRelation = 'locality' | 'near' | 'admin2' | 'admin1' | 'national' | 'country' | 'unknown' | 'conflict';

export const NEAR_KM = 25;

const EARTH_RADIUS_KM = 6371;

export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

const keys = new Map<string, string | null>();

function key(s: string | null): string | null {
  if (s === null) return null;
  const k = keys.get(s);
  return k !== undefined ? k : remember(keys, s, placeKey);
}
const placeKey = (name: string) => nameKey(name) || null;

/** Whether two places' districts and towns (by key) have one in common. */
function shareLocality(a3: string | null, ap: string | null, b3: string | null, bp: string | null): boolean {
  return (a3 !== null && (a3 === b3 || a3 === bp)) || (ap !== null && (ap === b3 || ap === bp));
}

/** Coordinates that locate a town or district; precision 3 coordinates are a region's centre and say little. */
function point(p: Place): { lat: number; lon: number } | null {
  if (p.lat === null || p.lon === null || (p.precision !== 1 && p.precision !== 2)) return null;
  return { lat: p.lat, lon: p.lon };
}

export function placeRelation(a: Place, b: Place): PlaceRelation {
  if (a.country && b.country && a.country !== b.country) return 'conflict';
  const regionA = a.admin1Code ?? key(a.admin1);
  const regionB = b.admin1Code ?? key(b.admin1);
  if (regionA && regionB && regionA !== regionB) return 'conflict';

  const pa = point(a);
  const pb = point(b);
  const near = pa !== null && pb !== null && distanceKm(pa, pb) <= NEAR_KM;

  const admin2A = key(a.admin2);
  const admin2B = key(b.admin2);
  if (admin2A && admin2B && admin2A !== admin2B) return near ? 'near' : 'conflict';

  // Districts and towns, by key (at most two a side, compared without making sets of them).
  const a3 = key(a.admin3);
  const ap = key(a.place);
  const b3 = key(b.admin3);
  const bp = key(b.place);
  if ((a3 || ap) && (b3 || bp)) return shareLocality(a3, ap, b3, bp) ? 'locality' : near ? 'near' : 'conflict';
  if (near) return 'near';
  if (admin2A && admin2B) return 'admin2';
  if (regionA && regionB) return 'admin1';
  if (a.country && b.country) return regionA || regionB ? 'country' : 'national';
  return 'unknown';
}

const CONNECTORS = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'do', 'da', 'dos', 'das']);
const MAX_NAME_WORDS = 4;
/** At most this many names are taken from one text (its first ones: the title's come first). */
export const MAX_TEXT_NAMES = 16;
const textNames = new Map<string, string[]>();

/**
 * The names a text may give a town by, as nameKey makes them: each capitalised word, and runs of up to
 * MAX_NAME_WORDS words that start and end with a capitalised one ("Santiago", "La Serena", "San Salvador Atenco",
 * "Puerto Maldonado", "Ciudad de México"). A report the extraction could not place may still name its town.
 */
export function textPlaceNames(text: string): string[] {
  return remember(textNames, text, (t) => {
    const words = t.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const out: string[] = [];
    const capital = (w: string) => /^\p{Lu}/u.test(w);
    for (let i = 0; i < words.length && out.length < MAX_TEXT_NAMES; i++) {
      if (!capital(words[i]!)) continue;
      for (let j = i; j < words.length && j < i + MAX_NAME_WORDS; j++) {
        const w = words[j]!;
        if (!capital(w) && !CONNECTORS.has(w)) break;
        if (!capital(w)) continue;
        const name = nameKey(words.slice(i, j + 1).join(' '));
        if (name && !out.includes(name) && out.length < MAX_TEXT_NAMES) out.push(name);
      }
    }
    return out;
  });
}

/** The names a report's title and summary give (textPlaceNames), the title's first, at most MAX_TEXT_NAMES: the
 *  towns its text names, which may not be where the extraction placed it. */
export const reportNames = lastOf((report: { title: string; summary: string }): string[] => {
  const names = textPlaceNames(report.title).slice();
  for (const n of textPlaceNames(report.summary)) if (names.length < MAX_TEXT_NAMES && !names.includes(n)) names.push(n);
  return names;
});

const distinctiveNames = new Map<string, boolean>();
/** A name some of whose words are content tokens of no concept: "Río", "La Paz", "Atenco", not "Police", "Sube",
 *  "Mexican", "La movilización" (generic words, words of the bilingual table and stop words give none). */
export const distinctiveName = (name: string): boolean =>
  remember(distinctiveNames, name, (n) => contentTokenNumbers(n).some((t) => !isConcept(t)));

/** The key of the location's town or district (place, else admin3), or null. */
export function localityKey(p: Pick<Place, 'place' | 'admin3'>): string | null {
  return key(p.place) ?? key(p.admin3);
}
