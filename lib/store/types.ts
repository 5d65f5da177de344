// Query and result shapes of lib/store, shared by the HTTP API, the realtime layer and the pages.
import type { EventStatus, EventType, Incident } from '../types';

export interface IncidentQuery {
  type?: EventType[];
  country?: string[]; // ISO 3166-1 alpha-2
  region?: string[]; // ISO 3166-2 (admin1Code)
  status?: EventStatus[];
  q?: string; // free text over title, place, region, outlets
  since?: string; // ISO 8601: lastSeen >= since
  until?: string; // ISO 8601: lastSeen <= until
  limit?: number; // default 50, max 200
  cursor?: string; // opaque, from a previous page's nextCursor
}

export interface IncidentPage {
  incidents: Incident[]; // newest first (by lastSeen)
  nextCursor: string | null;
  /** The last stream id at the time of the snapshot: a client connects with since = streamId. */
  streamId: string;
}

export const STATS_WINDOWS = ['1h', 'today', '24h', '7d'] as const;
export type StatsWindow = (typeof STATS_WINDOWS)[number];

export interface RegionCount {
  code: string; // ISO 3166-2, or "<country>-?" when the region is unknown
  name: string;
  country: string | null;
  total: number;
  byType: Record<EventType, number>;
}

export interface Stats {
  window: StatsWindow;
  from: string; // ISO 8601
  to: string; // ISO 8601
  /** Incidents first seen in the window, by type (incidents, not articles). */
  byType: Record<EventType, number>;
  /** The same for the previous window of equal length, for the change. */
  previousByType: Record<EventType, number>;
  byRegion: RegionCount[]; // sorted by total, descending
  totals: { incidents: number; killed: number; injured: number; detained: number };
  streamId: string;
}

/** What the dashboard needs to know about the running system. */
export interface RuntimeInfo {
  /** live: configured sources; demo: the demo wire by request; demo-fallback: no configured source was reachable. */
  mode: 'live' | 'demo' | 'demo-fallback';
  timezone: string; // IANA zone for "today", e.g. America/Lima
}
