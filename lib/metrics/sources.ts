// Per-source gauges and counters, read from Redis at scrape time: the worker keeps the numbers in the store, so any
// web process serves the same values and nothing is lost when a worker restarts.
import type { Redis } from 'ioredis';
import { Counter, Gauge, type Registry } from 'prom-client';
import { listHealth, type SourceHealth } from '../store/sources';

type Num = (h: SourceHealth) => number | null;
const seconds = (iso: string | null) => (iso ? Date.parse(iso) / 1000 : null);

const GAUGES: [name: string, help: string, value: Num][] = [
  ['vigia_source_up', '1 when the last poll of the source succeeded, 0 when it failed', (h) => (h.lastPoll ? (h.errorStreak === 0 ? 1 : 0) : null)],
  ['vigia_source_broken', '1 when the source is marked broken after repeated errors', (h) => (h.status === 'broken' ? 1 : 0)],
  ['vigia_source_enabled', '1 when the source is polled, 0 when paused', (h) => (h.enabled ? 1 : 0)],
  ['vigia_source_error_streak', 'consecutive failed polls', (h) => h.errorStreak],
  ['vigia_source_last_poll_timestamp_seconds', 'time of the last poll', (h) => seconds(h.lastPoll)],
  ['vigia_source_next_poll_timestamp_seconds', 'time the next poll is due', (h) => seconds(h.nextPoll)],
  ['vigia_source_last_http_status', 'HTTP status of the last poll (0: no answer)', (h) => h.lastStatus],
  ['vigia_source_items', 'items in the feed at its last successful poll', (h) => h.lastItems],
  ['vigia_source_interval_seconds', 'the current polling interval', (h) => h.interval],
  ['vigia_source_ingest_delay_median_seconds', 'median delay from publication to ingestion of recent items', (h) => (h.medianDelayMs === null ? null : h.medianDelayMs / 1000)],
  ['vigia_source_websub_active', '1 when a WebSub hub pushes this source', (h) => (h.websub === 'active' ? 1 : 0)],
];

const COUNTERS: [name: string, help: string, value: Num][] = [
  ['vigia_source_polls_total', 'polls of the source', (h) => h.polls],
  ['vigia_source_poll_errors_total', 'failed polls of the source', (h) => h.errors],
  ['vigia_source_reports_total', 'reports the source contributed', (h) => h.reports],
];

export function registerSourceMetrics(registry: Registry, redis: Redis): void {
  // One Redis read per scrape, shared by every metric's collect().
  let snapshot: { at: number; health: Promise<SourceHealth[]> } | null = null;
  const health = () => {
    if (!snapshot || Date.now() - snapshot.at > 1_000) snapshot = { at: Date.now(), health: listHealth(redis) };
    return snapshot.health;
  };
  // Counters are totals kept in Redis: each scrape sets them to the stored value, as gauges are.
  const metrics = [...GAUGES.map((g) => [Gauge, ...g] as const), ...COUNTERS.map((c) => [Counter, ...c] as const)];
  for (const [Metric, name, help, value] of metrics) {
    new Metric({
      name,
      help,
      labelNames: ['source'],
      registers: [registry],
      async collect(this: Gauge<'source'> | Counter<'source'>) {
        this.reset();
        for (const h of await health()) {
          const v = value(h);
          if (v === null) continue;
          if (this instanceof Gauge) this.set({ source: h.id }, v);
          else this.inc({ source: h.id }, v);
        }
      },
    });
  }
}
