// Every Redis key Vigía uses for its data. BullMQ keeps its own keys under the "bull:" prefix.
export const P = 'vigia:';

export const keys = {
  /** The log of truth for everything live (DESIGN.md "Redis"). */
  events: `${P}events`,
  report: (id: string) => `${P}report:${id}`,
  incident: (id: string) => `${P}incident:${id}`,
  /** HASH incident id -> revision, for optimistic concurrency between workers. */
  revisions: `${P}incident-rev`,
  /** HASH incident id -> compact JSON of the fields that filters and stats read. */
  meta: `${P}incident-meta`,
  /** ZSET incident id scored by lastSeen (ms): lists, newest first. */
  byLastSeen: `${P}idx:last-seen`,
  /** ZSET incident id scored by firstSeen (ms): counting incidents in a window. */
  byFirstSeen: `${P}idx:first-seen`,
  /** SET of incident ids that are candidates for reports of one day and region (lib/incidents candidateKeys). */
  candidates: (key: string) => `${P}cand:${key}`,
  /** ZSET of the open running incidents (indefinite strikes) of one region, scored by their last day (UTC ms). */
  running: (region: string) => `${P}running:${region}`,
  /** HASH "<type>|<region>" -> incidents first seen that local day; kept after indexes are trimmed. */
  dayCounts: (day: string) => `${P}count:${day}`,
  /** Item idempotency: one key per feed item ever processed, value = report id or "-" for a non-event. */
  item: (itemKey: string) => `${P}item:${itemKey}`,
  /** HASH of one source's polling state (etag, last-modified, status, error streak...). */
  sourceState: (id: string) => `${P}source:${id}`,
  /** HASH source id -> source JSON with its origin ("file" or "admin"): the source registry (lib/store/sources.ts). */
  sources: `${P}sources`,
  /** SET of source ids an admin removed: the sources file does not bring them back. */
  sourcesRemoved: `${P}sources-removed`,
  /** Pub/sub channel: a source was added, edited, paused, reset or removed (JSON { id, action }). */
  sourcesChanged: `${P}sources-changed`,
  /** Pub/sub channel: one source's health after a poll (JSON SourceHealth), for the `source` socket message. */
  sourceHealth: `${P}source-health`,
  /** LIST of recent publication-to-ingest delays (ms) of one source's new items, newest first. */
  sourceDelays: (id: string) => `${P}source-delays:${id}`,
  /** HASH of one source's WebSub subscription: hub, topic, secret, state, lease. */
  websub: (id: string) => `${P}websub:${id}`,
  /** ZSET of leases (token scored by expiry ms) on feed requests in flight to one host. */
  hostLeases: (host: string) => `${P}host:${host}`,
  /** Prefix of rate-limiter-flexible's counters (lib/auth/http.ts). */
  rateLimit: `${P}rl`,
  /** ZSET worker id scored by its last heartbeat (ms). */
  workers: `${P}workers`,
  /** ZSET web process id scored by its last heartbeat (ms); HASH per process with its connected clients. */
  webs: `${P}webs`,
  web: (id: string) => `${P}web:${id}`,
  // Alerts (lib/store/alerts.ts).
  /** STREAM of in-app alert notifications, tailed by every web process (the `alert` message). */
  alertsStream: `${P}alerts`,
  /** HASH v, doc: one Alertmanager-style group (rule x region) with its alerts. */
  alertGroup: (key: string) => `${P}alert-group:${key}`,
  /** ZSET group key scored by its next flush time (ms). */
  alertsDue: `${P}alerts:due`,
  /** ZSET notification key scored by commit time: notifications whose delivery jobs may not be queued yet. */
  alertsOutbox: `${P}alerts:outbox`,
  /** STRING JSON of one notification, read by its delivery jobs. */
  alertNotification: (key: string) => `${P}alert-notification:${key}`,
  /** HASH rule -> severity rank of the rules firing for one incident (inhibition). */
  alertFiring: (incidentId: string) => `${P}alert-firing:${incidentId}`,
  /** HASH delivery status (sent, failed, ...) -> count, for /metrics. */
  alertDeliveryCounts: `${P}alerts:delivery-counts`,
  /** HASH silence id -> JSON. */
  alertSilences: `${P}alerts:silences`,
  /** ZSET alert id scored by its last notification (ms): the alert list. */
  alertsIndex: `${P}alerts:index`,
  /** STRING JSON: an alert as last notified. */
  alert: (id: string) => `${P}alert:${id}`,
  /** LIST of delivery log entries of one alert, newest first. */
  alertLog: (id: string) => `${P}alert-log:${id}`,
  /** HASH alert id -> acknowledgement JSON. */
  alertAcks: `${P}alerts:acks`,
  /** HASH subscription id -> the browser's PushSubscription JSON (Web Push alerts). */
  pushSubscriptions: `${P}alerts:push-subscriptions`,
  /** HASH rule name -> JSON { doc, origin }: the alert rule registry (lib/store/alert-rules.ts). */
  alertRules: `${P}alert-rules`,
  /** SET of rule names an admin removed: the alerts file does not bring them back. */
  alertRulesRemoved: `${P}alert-rules-removed`,
  /** Pub/sub channel: the rule registry changed (JSON { name, action }). */
  alertRulesChanged: `${P}alert-rules-changed`,
  /** Marker that a notification is already on the in-app stream. */
  alertInAppSent: (key: string) => `${P}alert-inapp:${key}`,
} as const;
