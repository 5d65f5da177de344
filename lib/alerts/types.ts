// Shapes of lib/alerts: rules as compiled from the file, alert groups as stored, notifications as delivered.
import type { EventStatus, EventType } from '../types';

/** Ordered from least to most severe: a firing alert of a more severe rule inhibits the others for its incident. */
export const SEVERITIES = ['info', 'warning', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type ChannelConfig =
  | { type: 'inapp' }
  | { type: 'webhook'; url: string; secret?: string; headers?: Record<string, string> }
  | { type: 'slack'; url: string }
  | { type: 'discord'; url: string }
  | { type: 'email'; to: string[]; subject?: string }
  | { type: 'telegram'; token: string; chatId: string; apiUrl: string }
  | { type: 'webpush' };
export type ChannelType = ChannelConfig['type'];

/** A region of a rule: an ISO 3166-2 code, and optionally a province and district (folded names). */
export interface RegionMatcher {
  code: string;
  label: string; // as written in the file
  admin2: string | null;
  admin3: string | null;
}

export interface RuleMatch {
  countries?: string[];
  regions?: RegionMatcher[];
  types?: EventType[];
  statuses?: EventStatus[];
  minKilled?: number;
  minInjured?: number;
  minDetained?: number;
  keywords?: string[]; // folded
  minOutlets?: number;
  tollRose?: boolean;
}

export interface Rule {
  name: string;
  severity: Severity;
  match: RuleMatch;
  groupWait: number; // ms
  groupInterval: number; // ms
  repeatInterval: number; // ms
  resolveAfter: number; // ms
  onUpdate: 'update' | 'new';
  channels: ChannelConfig[];
}

export interface DeliverySettings {
  attempts: number;
  backoff: number; // ms, first retry; doubles each time
  timeout: number; // ms per request
  stalledAfter: number; // ms
}

export interface AlertsFile {
  delivery: DeliverySettings;
  /** The enabled rules, compiled. */
  rules: Rule[];
  /** Every rule as written (disabled ones too): what seeds the rule registry (lib/store/alert-rules.ts). */
  docs: RuleDoc[];
}

/** One rule as written (in the file, or by an admin): validated, not compiled. */
export type RuleDoc = { name: string } & Record<string, unknown>;

/** What a notification says about an incident: a snapshot of the fields people act on. */
export interface AlertIncident {
  id: string;
  revision: number;
  type: EventType;
  status: EventStatus;
  title: string;
  country: string | null;
  admin1: string | null;
  admin1Code: string | null;
  admin2: string | null;
  admin3: string | null;
  place: string | null;
  killed: number | null;
  injured: number | null;
  detained: number | null;
  outlets: number;
  verification: 'single-source' | 'corroborated';
  firstSeen: string;
  lastSeen: string;
  link: string | null;
  demo: boolean;
}

/** One alert in a group: a rule firing for an incident. */
export interface AlertState {
  id: string; // `${rule}|${incident}` (with `|r<revision>` when the rule has onUpdate: new)
  incident: AlertIncident;
  material: string; // the fields whose change is worth a notification
  pending: boolean; // changed since it was last notified
  change: 'new' | 'updated';
  notifiedRevision: number; // 0 until first notified (or silenced / inhibited)
}

/** An Alertmanager-style group: one rule, one region. */
export interface AlertGroup {
  key: string; // `${rule}|${region}`
  rule: string;
  region: string;
  label: string; // the region's name
  version: number; // bumped by every write (optimistic concurrency between workers)
  lastNotified: number; // ms, 0 = never
  alerts: Record<string, AlertState>;
}

export interface NotifiedAlert {
  id: string;
  /** `${rule}|${incident}|${revision}`: stable for one alert at one revision. */
  key: string;
  change: 'new' | 'updated' | 'repeat';
  incident: AlertIncident;
}

/** One message for one group, sent to every channel of its rule. */
export interface Notification {
  /** The idempotency key (X-Vigia-Delivery): the same across retries and redeliveries of this notification. */
  key: string;
  rule: string;
  severity: Severity;
  group: string;
  region: string;
  regionName: string;
  kind: 'firing' | 'repeat';
  at: string; // ISO 8601
  alerts: NotifiedAlert[];
  firing: number; // alerts firing in the group, including those not in this message
}

export interface Silence {
  id: string;
  /** Every given label must equal the alert's (rule, region, country, type, incident, severity). */
  matchers: Partial<Record<'rule' | 'region' | 'country' | 'type' | 'incident' | 'severity', string>>;
  expiresAt: string; // ISO 8601
  comment?: string;
  createdBy?: string;
  createdAt: string;
}

export type DeliveryStatus = 'queued' | 'sent' | 'failed' | 'gave-up' | 'silenced' | 'inhibited';

export interface DeliveryLogEntry {
  at: string;
  key: string; // notification key
  status: DeliveryStatus;
  channel?: string; // e.g. "webhook#0"
  attempt?: number;
  error?: string;
}
