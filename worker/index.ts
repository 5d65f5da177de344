import { randomUUID } from 'node:crypto';
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { config } from '../lib/config/env';
import { loadSourcesFile, type Source } from '../lib/config/sources';
import { logger } from '../lib/log';
import { applyRetention } from '../lib/store/retention';
import { POLL_JOB, POLL_QUEUE, pollQueue, type PollJobData, type PollResult } from '../lib/queue';
import { DEFAULT_REDIS_URL, Store } from '../lib/store';
import { checkEvictionPolicy, connect } from '../lib/store/redis';
import { getRegistered, seedSources } from '../lib/store/sources';
import type { AlertsFile } from '../lib/alerts/types';
import { startAlerts } from './alerts';
import { ingestPush, pollSource, type PollContext } from './poll';
import { PollScheduler } from './scheduler';

export interface WorkerHandle {
  close(): Promise<void>;
}

/** The worker process: the source registry seeded from the file, one pending poll per enabled source, the poll processor, and a heartbeat. */
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

  // The sources file seeds the registry; admins change it at run time (lib/store/sources.ts seedSources).
  const seeded = await seedSources(redis, sources);
  if (seeded.added.length + seeded.updated.length + seeded.removed.length) log.info(seeded, 'sources file merged into the registry');

  const queueConn = connect(url, { name: 'worker-queue', blocking: true });
  const queue = pollQueue(queueConn);
  queue.on('error', (err) => log.warn({ err: err.message }, 'poll queue error'));
  // Job schedulers with a fixed `every` were the previous way to poll: each poll now schedules the next.
  for (const s of await queue.getJobSchedulers()) await queue.removeJobScheduler(s.key);

  const ctx: PollContext = {
    store,
    log,
    allowPrivate: c.VIGIA_ALLOW_PRIVATE_SOURCES,
    timeoutMs: c.VIGIA_FETCH_TIMEOUT_MS,
    maxBytes: c.VIGIA_FETCH_MAX_BYTES,
    schedule: {
      min: c.VIGIA_POLL_MIN_INTERVAL,
      max: c.VIGIA_POLL_MAX_INTERVAL,
      brokenAfter: c.VIGIA_BROKEN_AFTER,
      brokenInterval: c.VIGIA_POLL_BROKEN_INTERVAL,
      jitter: c.VIGIA_POLL_JITTER,
    },
    hostConcurrency: c.VIGIA_HOST_CONCURRENCY,
    ...(c.VIGIA_PUBLIC_URL ? { publicUrl: c.VIGIA_PUBLIC_URL } : {}),
  };
  const scheduler = new PollScheduler(queue, redis, log);
  const worker = new Worker<PollJobData, PollResult>(
    POLL_QUEUE,
    async (job) => {
      const source = await getRegistered(redis, job.data.sourceId);
      if (!source) return { status: 0, items: 0, created: 0, updated: 0, duplicates: 0, nonEvents: 0 };
      if ('push' in job.data) return ingestPush(ctx, source, job.data.push);
      if (!source.enabled) return { status: 0, items: 0, created: 0, updated: 0, duplicates: 0, nonEvents: 0 };
      return pollSource(ctx, source);
    },
    {
      connection: connect(url, { name: 'worker-bullmq', blocking: true }),
      concurrency: opts.concurrency ?? 4,
      // A poll held by a worker that died is handed to another within ~20 s (BullMQ's default is up to a minute);
      // a running poll renews its lock every lockDuration / 2, so long fetches are not affected.
      lockDuration: 15_000,
      stalledInterval: 5_000,
    },
  );
  worker.on('error', (err) => log.error({ err: err.message }, 'worker error'));
  // The next poll is added once this one has left the queue (removeOnComplete frees its id).
  const reschedule = (job: { name: string; data: PollJobData } | undefined) => {
    if (job?.name === POLL_JOB) scheduler.ensure(job.data.sourceId).catch((err: Error) => log.warn({ err: err.message }, 'reschedule failed'));
  };
  worker.on('completed', reschedule);
  worker.on('failed', reschedule);
  await scheduler.start();

  const alerts = opts.alerts === false ? null : await startAlerts({ redisUrl: url, log, file: opts.alerts });

  const workerId = `${process.pid}-${randomUUID().slice(0, 8)}`;
  const beat = () => store.heartbeat(workerId).catch((err: Error) => log.warn({ err: err.message }, 'heartbeat failed'));
  await beat();
  const timer = setInterval(beat, 5_000);

  // Retention (DESIGN "Redis"): old incidents leave the indexes, the stream is trimmed by age, day counters stay.
  const retain = () =>
    applyRetention(redis, { incidentMaxAgeMs: c.VIGIA_RETENTION_DAYS * 86_400_000, streamMaxAgeMs: c.VIGIA_STREAM_RETENTION_HOURS * 3_600_000 })
      .then((r) => (r.incidents || r.streamEntries) && log.info(r, 'retention applied'))
      .catch((err: Error) => log.warn({ err: err.message }, 'retention failed'));
  void retain();
  const retention = setInterval(retain, 10 * 60_000);

  return {
    async close() {
      clearInterval(timer);
      clearInterval(retention);
      await scheduler.close();
      await worker.close();
      await alerts?.close();
      await queue.close();
      await Promise.allSettled([queueConn.quit(), store.close()]);
    },
  };
}
