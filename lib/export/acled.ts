// One incident -> one export row: ACLED's column names where ACLED has the field, then Vigía's own columns.
import type { EventType, Incident, OutletScale } from '../types';

export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'timestamp',
] as const;

export const VIGIA_COLUMNS = ['injured', 'detained', 'outlets', 'verification', 'vigia_type', 'status', 'cameo_code'] as const;

export const EXPORT_COLUMNS = [...ACLED_COLUMNS, ...VIGIA_COLUMNS] as const;

export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string | number | null>;

interface TypeMapping {
  disorder_type: string;
  event_type: string;
  sub_event_type: string;
  /** Who ACLED names as actor1, for a country name. */
  actor1: (country: string) => string;
  cameo_code: string;
}

const protesters = (c: string) => `Protesters (${c})`;
const rioters = (c: string) => `Rioters (${c})`;

/**
 * Vigía's types in ACLED's event taxonomy (codebook 2023) and CAMEO (DESIGN.md): strikes, roadblocks and
 * demonstrations are peaceful protests; clashes and riots are violent demonstrations; repression is excessive force
 * against protesters, which ACLED files under both political violence and demonstrations, with the state force as
 * actor1.
 */
export const TYPE_MAPPING: Record<EventType, TypeMapping> = {
  strike: { disorder_type: 'Demonstrations', event_type: 'Protests', sub_event_type: 'Peaceful protest', actor1: protesters, cameo_code: '143' },
  roadblock: { disorder_type: 'Demonstrations', event_type: 'Protests', sub_event_type: 'Peaceful protest', actor1: protesters, cameo_code: '144' },
  demonstration: { disorder_type: 'Demonstrations', event_type: 'Protests', sub_event_type: 'Peaceful protest', actor1: protesters, cameo_code: '141' },
  clash: { disorder_type: 'Demonstrations', event_type: 'Riots', sub_event_type: 'Violent demonstration', actor1: rioters, cameo_code: '145' },
  riot: { disorder_type: 'Demonstrations', event_type: 'Riots', sub_event_type: 'Violent demonstration', actor1: rioters, cameo_code: '145' },
  repression: {
    disorder_type: 'Political violence; Demonstrations',
    event_type: 'Protests',
    sub_event_type: 'Excessive force against protesters',
    actor1: (c) => `Police Forces of ${c}`,
    cameo_code: '175',
  },
};

/** ACLED's source_scale words, in ACLED's order when joined ("National-International"). */
const SCALE_WORDS: [OutletScale, string][] = [
  ['local', 'Subnational'],
  ['national', 'National'],
  ['international', 'International'],
  ['wire', 'International'],
];

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

function countryName(code: string | null): string | null {
  if (!code) return null;
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

function sourceScale(scales: OutletScale[]): string {
  return [...new Set(SCALE_WORDS.filter(([s]) => scales.includes(s)).map(([, w]) => w))].join('-');
}

/**
 * The export row of an incident. `fatalities` is 0 when no report states a death toll (ACLED's column is never
 * empty); `injured` and `detained` stay empty when unknown. `event_date` is the first day; `notes` adds the days of a
 * multi-day incident. `timestamp` is the last update in Unix seconds, as ACLED's.
 */
export function exportRow(i: Incident): ExportRow {
  const t = TYPE_MAPPING[i.type];
  const country = countryName(i.country);
  const days = i.lastDate !== i.date ? ` (${i.date} to ${i.lastDate}${i.running ? ', indefinite' : ''})` : '';
  return {
    event_id_cnty: i.id,
    event_date: i.date,
    disorder_type: t.disorder_type,
    event_type: t.event_type,
    sub_event_type: t.sub_event_type,
    actor1: t.actor1(country ?? 'International'),
    assoc_actor_1: i.actors.join('; '),
    country,
    admin1: i.admin1,
    admin2: i.admin2,
    admin3: i.admin3,
    location: i.place ?? i.admin3 ?? i.admin2 ?? i.admin1 ?? country,
    latitude: i.lat,
    longitude: i.lon,
    geo_precision: i.precision,
    source: i.outlets.join('; '),
    source_scale: sourceScale(i.scales ?? []),
    notes: `${i.title}${days}`,
    fatalities: i.killed ?? 0,
    timestamp: Math.floor(Date.parse(i.lastSeen) / 1000),
    injured: i.injured,
    detained: i.detained,
    outlets: i.outlets.length,
    verification: i.verification,
    vigia_type: i.type,
    status: i.status,
    cameo_code: t.cameo_code,
  };
}
