import type { Source } from './config/sources';
import { normalize } from './extract';
import type { Item, Report } from './types';

/** What toReport needs to know of the outlet: a configured source, or the feed named on a `vigia extract` line. */
export type Outlet = Pick<Source, 'id' | 'name' | 'scale' | 'language' | 'demo'> & { country: string | null };

/**
 * Item -> Report, or null when the item reports no protest event. Pure: the worker and `npx vigia extract` share it.
 * `now` is the ingestion time and the reference for relative dates when the item has no publication time.
 */
export function toReport(item: Item, source: Outlet, id: string, now: Date): Report | null {
  const lang = item.lang ?? source.language;
  const event = normalize(
    { title: item.title, summary: item.summary, lang, published: item.published, feed: source.name, sourceCountry: source.country },
    { now },
  );
  if (!event) return null;
  // Field by field rather than by spreading the event: the same object, made much faster.
  const e = event;
  return {
    type: e.type, status: e.status, country: e.country, admin1: e.admin1, admin1Code: e.admin1Code, admin2: e.admin2,
    admin3: e.admin3, place: e.place, ubigeo: e.ubigeo, lat: e.lat, lon: e.lon, precision: e.precision, killed: e.killed,
    injured: e.injured, detained: e.detained, actors: e.actors, date: e.date, confidence: e.confidence, cues: e.cues,
    id,
    source: source.id,
    outlet: source.name,
    scale: source.scale,
    title: item.title,
    summary: item.summary,
    link: item.link,
    lang,
    published: item.published,
    ingested: now.toISOString(),
    demo: source.demo,
  };
}
