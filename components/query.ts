// The view a dashboard or wall shows: window and filters, as they appear in the page URL, in the API requests and in
// the test applied to live messages. Pure, shared by server pages and client components.
import { localMidnight } from '../lib/store/time';
import { STATS_WINDOWS, type StatsWindow } from '../lib/store/types';
import { EVENT_STATUSES, EVENT_TYPES, type EventStatus, type EventType, type Incident } from '../lib/types';

export interface ViewQuery {
  window: StatsWindow;
  type: EventType | null;
  status: EventStatus | null;
  country: string | null; // ISO 3166-1 alpha-2
  region: string | null; // ISO 3166-2
  q: string;
}

/** Source links a row shows; the detail page has them all. */
export const INLINE_SOURCES = 4;

/**
 * What a row needs of an incident: a few sources and no claims or report ids. Busy incidents carry hundreds of
 * reports; keeping only this keeps the first page light and a screen left open for weeks small.
 */
export function listIncident(incident: Incident): Incident {
  return { ...incident, sources: incident.sources.slice(0, INLINE_SOURCES), claims: [], reportIds: [] };
}

/** Rows on the wall screen: what fits at a size readable from five metres. */
export const WALL_ROWS = 8;

export const DEFAULT_WINDOW: StatsWindow = '24h';
export const EMPTY_QUERY: ViewQuery = { window: DEFAULT_WINDOW, type: null, status: null, country: null, region: null, q: '' };

type SearchParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);
const oneOf = <T extends string>(list: readonly T[], v: string | undefined): T | null =>
  v !== undefined && (list as readonly string[]).includes(v) ? (v as T) : null;

/** The view of a page URL; unknown or malformed values fall back to "no filter". */
export function parseViewQuery(params: SearchParams): ViewQuery {
  const region = first(params.region)?.toUpperCase();
  const country = first(params.country)?.toUpperCase();
  return {
    window: oneOf(STATS_WINDOWS, first(params.window)) ?? DEFAULT_WINDOW,
    type: oneOf(EVENT_TYPES, first(params.type)),
    status: oneOf(EVENT_STATUSES, first(params.status)),
    country: country && /^[A-Z]{2}$/.test(country) ? country : null,
    region: region && /^[A-Z]{2}-[A-Z0-9?]{1,3}$/.test(region) ? region : null,
    q: (first(params.q) ?? '').trim().slice(0, 200),
  };
}

function filterParams(v: ViewQuery): URLSearchParams {
  const p = new URLSearchParams();
  if (v.type) p.set('type', v.type);
  if (v.status) p.set('status', v.status);
  if (v.country) p.set('country', v.country);
  if (v.region) p.set('region', v.region);
  return p;
}

/** The page URL's query string (defaults left out), e.g. "region=PE-PUN&type=clash". */
export function viewSearch(v: ViewQuery, extra: Record<string, string> = {}): string {
  const p = filterParams(v);
  if (v.window !== DEFAULT_WINDOW) p.set('window', v.window);
  if (v.q) p.set('q', v.q);
  for (const [k, value] of Object.entries(extra)) p.set(k, value);
  return p.toString();
}

/** The start of a window: local midnight in `timezone` for "today", else a fixed span before `now`. */
export function windowStart(window: StatsWindow, now: Date, timezone: string): Date {
  if (window === 'today') return localMidnight(now, timezone);
  const span = { '1h': 3600e3, '24h': 86400e3, '7d': 7 * 86400e3 } as const;
  return new Date(now.getTime() - span[window]);
}

/** GET /api/incidents parameters: incidents seen since the window's start that match the filters and the text. */
export function incidentsParams(v: ViewQuery, since: Date): string {
  const p = filterParams(v);
  if (v.q) p.set('q', v.q);
  p.set('since', since.toISOString());
  return p.toString();
}

/** GET /api/stats parameters: the window's counters, regions and timeline for the filters (free text is not counted). */
export function statsParams(v: ViewQuery): string {
  const p = filterParams(v);
  p.set('window', v.window);
  p.set('by', timelineStep(v.window));
  return p.toString();
}

export function timelineStep(window: StatsWindow): 'hour' | 'day' {
  return window === '7d' ? 'day' : 'hour';
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function regionOf(i: Pick<Incident, 'admin1Code' | 'country'>): string {
  return i.admin1Code ?? (i.country ? `${i.country}-?` : '??');
}

/** Whether a live incident belongs to the view (the same rules as the server's query). */
export function acceptsIncident(v: ViewQuery, since: Date, i: Incident): boolean {
  if (v.type && i.type !== v.type) return false;
  if (v.status && i.status !== v.status) return false;
  if (v.country && i.country !== v.country) return false;
  if (v.region && regionOf(i) !== v.region) return false;
  if (Date.parse(i.lastSeen) < since.getTime()) return false;
  if (v.q) {
    const hay = fold([i.title, i.place, i.admin1, i.admin2, i.admin3, i.country, ...i.outlets, ...i.actors].join(' '));
    if (!fold(v.q).split(/\s+/).every((w) => hay.includes(w))) return false;
  }
  return true;
}
