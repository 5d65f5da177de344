// Pipeline-wide gauges read from Redis at scrape time, so every web process serves the same figures: incidents,
// stream, queues, processes and socket clients, alert deliveries.
import type { Redis } from 'ioredis';
import { Gauge, type Registry } from 'prom-client';
import { deliverQueue } from '../queue/deliver';
import { sharedPollQueue } from '../queue';
import { alertStoreOf } from '../store/alerts';
import { keys } from '../store/keys';
import { listWebProcesses, listWorkers } from '../store/processes';
import { patientDuplicate } from '../store/redis';

const ALIVE_MS = 30_000;
const STATES = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;

interface Snapshot {
  incidents: number;
  streamLength: number;
  streamLagSeconds: number | null;
  queues: Record<string, Record<string, number>>;
  workers: number;
  webs: { id: string; clients: number }[];
  deliveries: Record<string, number>;
}

export function registerPipelineMetrics(registry: Registry, redis: Redis): void {
  let deliver: ReturnType<typeof deliverQueue> | undefined;
  let snapshot: { at: number; value: Promise<Snapshot> } | null = null;
  const read = async (): Promise<Snapshot> => {
    deliver ??= deliverQueue(patientDuplicate(redis));
    await redis.ping(); // fails at once while Redis is away, instead of waiting on the queues' patient connections
    const now = Date.now();
    const [incidents, streamLength, last, poll, del, workers, webs, deliveries] = await Promise.all([
      redis.zcard(keys.byLastSeen),
      redis.xlen(keys.events),
      redis.xrevrange(keys.events, '+', '-', 'COUNT', 1),
      sharedPollQueue(redis).getJobCounts(...STATES),
      deliver.getJobCounts(...STATES),
      listWorkers(redis, now),
      listWebProcesses(redis, now),
      alertStoreOf(redis).deliveryCounts(),
    ]);
    const lastId = last[0]?.[0];
    return {
      incidents,
      streamLength,
      streamLagSeconds: lastId ? (now - Number(lastId.split('-')[0])) / 1000 : null,
      queues: { poll, deliver: del },
      workers: workers.filter((w) => w.lastBeatMs < ALIVE_MS).length,
      webs: webs.filter((w) => w.lastBeatMs < ALIVE_MS).map((w) => ({ id: w.id, clients: w.clients })),
      deliveries,
    };
  };
  const get = () => {
    if (!snapshot || Date.now() - snapshot.at > 1_000) snapshot = { at: Date.now(), value: read() };
    return snapshot.value;
  };

  const gauge = (name: string, help: string, labelNames: string[], fill: (g: Gauge<string>, s: Snapshot) => void) =>
    new Gauge({
      name,
      help,
      labelNames,
      registers: [registry],
      async collect(this: Gauge<string>) {
        this.reset();
        fill(this, await get());
      },
    });

  gauge('vigia_incidents', 'incidents in the store', [], (g, s) => g.set(s.incidents));
  gauge('vigia_stream_entries', 'entries on the stream vigia:events', [], (g, s) => g.set(s.streamLength));
  gauge('vigia_stream_last_entry_age_seconds', 'time since the newest stream entry', [], (g, s) => {
    if (s.streamLagSeconds !== null) g.set(s.streamLagSeconds);
  });
  gauge('vigia_queue_jobs', 'BullMQ jobs by queue and state', ['queue', 'state'], (g, s) => {
    for (const [queue, counts] of Object.entries(s.queues)) for (const [state, n] of Object.entries(counts)) g.set({ queue, state }, n);
  });
  gauge('vigia_workers_alive', 'worker processes with a heartbeat in the last 30 s', [], (g, s) => g.set(s.workers));
  gauge('vigia_web_processes_alive', 'web processes with a heartbeat in the last 30 s', [], (g, s) => g.set(s.webs.length));
  gauge('vigia_socket_clients', 'connected Socket.IO clients per web process', ['process'], (g, s) => {
    for (const w of s.webs) g.set({ process: w.id }, w.clients);
  });
  gauge('vigia_alert_deliveries', 'alert delivery log entries by status (sent, failed, retried, ...) since the start', ['status'], (g, s) => {
    for (const [status, n] of Object.entries(s.deliveries)) g.set({ status }, n);
  });
}
