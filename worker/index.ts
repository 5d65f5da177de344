import { randomUUID } from 'node:crypto';
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { config } from '../lib/config/env';
import { loadSourcesFile, type Source } from '../lib/config/sources';
import { logger } from '../lib/log';
import { jitterOffset, POLL_JOB, POLL_QUEUE, pollQueue, schedulerId, type PollJobData, type PollResult } from '../lib/queue';
import { DEFAULT_REDIS_URL, Store } from '../lib/store';
import { checkEvictionPolicy, connect } from '../lib/store/redis';
import { publishSources } from '../lib/store/sources';
import type { AlertsFile } from '../lib/alerts/types';
import { startAlerts } from './alerts';
import { pollSource } from './poll';

export interface WorkerHandle {
  close(): Promise<void>;
}

/** The worker process: one job scheduler per enabled source, a poll processor, and a heartbeat. */
export async function startWorker(
  opts: { sources?: Source[]; concurrency?: number; /** default: the VIGIA_ALERTS file; false: no alerts */ alerts?: AlertsFile | false } = {},
): Promise<WorkerHandle> {
  const c = config();
  const log = logger('worker');
  const url = c.REDIS_URL ?? DEFAULT_REDIS_URL;
  const sources = opts.sources ?? loadSourcesFile(c.VIGIA_SOURCES);
  const redis: Redis = connect(url, { name: 'worker' });
  const store = new Store(redis, { timezone: c.VIGIA_TZ, streamMaxLen: c.VIGIA_STREAM_MAXLEN, mode: c.VIGIA_MODE });
  const warning = await checkEvictionPolicy(redis);
  if (warning) log.warn(warning);

  const enabled = sources.filter((s) => s.enabled);
  const byId = new Map(enabled.map((s) => [s.id, s]));
  await publishSources(redis, sources);

  const queueConn = connect(url, { name: 'worker-queue', blocking: true });
  const queue = pollQueue(queueConn);
  queue.on('error', (err) => log.warn({ err: err.message }, 'poll queue error'));
  for (const s of await queue.getJobSchedulers()) {
    const id = s.key.replace(/^source:/, '');
    if (!byId.has(id)) await queue.removeJobScheduler(s.key);
  }
  for (const s of enabled) {
    const every = Math.max(1000, Math.round(s.interval * 1000));
    await queue.upsertJobScheduler(
      schedulerId(s.id),
      { every, offset: jitterOffset(s.id, every * c.VIGIA_POLL_JITTER) },
      { name: POLL_JOB, data: { sourceId: s.id }, opts: { removeOnComplete: 100, removeOnFail: 500, attempts: 1 } },
    );
  }
  log.info({ sources: enabled.map((s) => s.id) }, 'scheduled sources');

  const ctx = {
    store,
    log,
    allowPrivate: c.VIGIA_ALLOW_PRIVATE_SOURCES,
    timeoutMs: c.VIGIA_FETCH_TIMEOUT_MS,
    maxBytes: c.VIGIA_FETCH_MAX_BYTES,
  };
  const worker = new Worker<PollJobData, PollResult>(
    POLL_QUEUE,
    async (job) => {
      const source = byId.get(job.data.sourceId);
      if (!source) return { status: 0, items: 0, created: 0, updated: 0, duplicates: 0, nonEvents: 0 };
      return pollSource(ctx, source);
    },
    { connection: connect(url, { name: 'worker-bullmq', blocking: true }), concurrency: opts.concurrency ?? 4 },
  );
  worker.on('error', (err) => log.error({ err: err.message }, 'worker error'));

  const alerts = opts.alerts === false ? null : await startAlerts({ redisUrl: url, log, file: opts.alerts });

  const workerId = `${process.pid}-${randomUUID().slice(0, 8)}`;
  const beat = () => store.heartbeat(workerId).catch((err: Error) => log.warn({ err: err.message }, 'heartbeat failed'));
  await beat();
  const timer = setInterval(beat, 5_000);

  return {
    async close() {
      clearInterval(timer);
      await worker.close();
      await alerts?.close();
      await queue.close();
      await Promise.allSettled([queueConn.quit(), store.close()]);
    },
  };
}
