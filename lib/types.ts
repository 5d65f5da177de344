// The data model of DESIGN.md ("The data"), shared by every room.

export const EVENT_TYPES = ['repression', 'clash', 'riot', 'roadblock', 'strike', 'demonstration'] as const;
/** Ordered from most to least severe: an item gets the most severe type it reports. */
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_STATUSES = ['announced', 'ongoing', 'ended'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const OUTLET_SCALES = ['local', 'national', 'international', 'wire'] as const;
export type OutletScale = (typeof OUTLET_SCALES)[number];

/** One raw feed entry, after decoding and sanitizing: all text fields are plain text. */
export interface Item {
  source: string; // source id
  guid: string; // the feed's guid/id, or the link, or a hash of title+date
  link: string | null; // http(s) only
  title: string;
  summary: string;
  published: string | null; // ISO 8601
  fetched: string; // ISO 8601
  lang?: string;
}

/** Where an event happened: the location fields of reports and incidents. */
export interface Location {
  country: string | null; // ISO 3166-1 alpha-2
  admin1: string | null;
  admin1Code: string | null; // ISO 3166-2, e.g. PE-PUN
  admin2: string | null;
  admin3: string | null;
  place: string | null;
  lat: number | null;
  lon: number | null;
  precision: 1 | 2 | 3 | null; // ACLED geo_precision
}

/** What one item says about a protest event, normalized. Produced by lib/extract (pure). */
export interface ExtractedEvent extends Location {
  type: EventType;
  status: EventStatus;
  ubigeo: string | null;
  killed: number | null;
  injured: number | null;
  detained: number | null;
  actors: string[];
  date: string; // YYYY-MM-DD, local day the event happened
  confidence: number; // 0..1
  cues: string[];
}

export interface Report extends ExtractedEvent {
  id: string; // stable: derived from source + item guid
  source: string;
  outlet: string; // source display name
  scale: OutletScale;
  title: string;
  summary: string;
  link: string | null;
  lang: string;
  published: string | null;
  ingested: string; // ISO 8601
  demo: boolean;
}

export interface Claim {
  reportId: string;
  outlet: string;
  at: string; // ISO 8601 when the report was published (when it was ingested if it gives no earlier time)
  killed: number | null;
  injured: number | null;
  detained: number | null;
}

/** The headline figures after a change, with the number of distinct outlets at that moment. */
export interface TollPoint {
  at: string; // ISO 8601: ingestion time of the report that changed the figures
  killed: number | null;
  injured: number | null;
  detained: number | null;
  outlets: number;
}

export interface Incident extends Location {
  id: string;
  type: EventType;
  status: EventStatus;
  date: string; // YYYY-MM-DD of the first day
  lastDate: string; // YYYY-MM-DD of the latest day reported (multi-day strikes)
  title: string; // headline of the first report
  killed: number | null;
  injured: number | null;
  detained: number | null;
  actors: string[];
  cues: string[];
  confidence: number;
  firstSeen: string; // ISO 8601
  lastSeen: string; // ISO 8601
  outlets: string[]; // distinct outlet names
  sources: { outlet: string; link: string | null; title: string; reportId: string }[];
  claims: Claim[];
  reportIds: string[];
  verification: 'single-source' | 'corroborated';
  revision: number; // 1 on creation, +1 on every update
  demo: boolean;
  // Set by lib/incidents on every incident it writes; optional only because incidents stored before them lack them.
  /** An indefinite strike or blockade: stays open to reports of later days until it ends or goes quiet. */
  running?: boolean;
  /** One entry each time a headline figure changes, oldest first: the first and the latest MAX_TOLL_HISTORY - 1. */
  tollHistory?: TollPoint[];
  /** All reports, also when `sources`, `claims` or `reportIds` are shown capped. */
  reportCount?: number;
  /** Distinct scales of the outlets that reported it. */
  scales?: OutletScale[];
  /** When the report that gave the status was published (its ingestion time if it gives none): the status is the
   *  most recently published report's, also when a backlog is read out of order. */
  statusAt?: string;
}

export type IncidentChange = 'created' | 'updated';

/** One entry of the stream vigia:events as clients receive it (the `incident` message). */
export interface IncidentMessage {
  id: string; // stream id
  change: IncidentChange;
  incident: Incident;
}
