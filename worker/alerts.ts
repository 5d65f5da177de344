// The worker's alert part: a consumer in the group "alerts" on vigia:events evaluates the rules, a flush loop turns
// due groups into notifications, and the "deliver" queue's processor sends them through the channels.
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { Worker } from 'bullmq';
import type { Logger } from 'pino';
import { Deliverer } from '../lib/alerts/delivery';
import { AlertEngine } from '../lib/alerts/engine';
import { loadAlertsFile } from '../lib/alerts/rules';
import type { AlertsFile } from '../lib/alerts/types';
import type { ChannelContext } from '../lib/alerts/channels';
import { config, vapidOf } from '../lib/config/env';
import { DELIVER_QUEUE, deliverQueue, type DeliverJobData } from '../lib/queue/deliver';
import { AlertStore } from '../lib/store/alerts';
import { connect } from '../lib/store/redis';

export const ALERTS_GROUP = 'alerts';
const READ_BLOCK_MS = 1_000;
const FLUSH_TICK_MS = 50;
const PRUNE_EVERY_MS = 10 * 60_000;

export interface AlertsHandle {
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts the evaluator, the flush loop and the delivery processor; with no rules, nothing. */
export async function startAlerts(opts: {
  redisUrl: string;
  log: Logger;
  file?: AlertsFile;
  /** default: SMTP_URL and SMTP_FROM */
  smtp?: { url: string | undefined; from: string };
  /** default: the VIGIA_VAPID_* keys */
  vapid?: ChannelContext['vapid'];
}): Promise<AlertsHandle> {
  const c = config();
  const { log } = opts;
  const file = opts.file ?? loadAlertsFile(c.VIGIA_ALERTS);
  if (file.rules.length === 0) {
    log.info('no alert rules: alerts are off');
    return { close: async () => {} };
  }
  const { delivery } = file;
  const redis = connect(opts.redisUrl, { name: 'alerts' });
  const reader = connect(opts.redisUrl, { name: 'alerts-read', blocking: true });
  const queueConn = connect(opts.redisUrl, { name: 'alerts-queue', blocking: true });
  const store = new AlertStore(redis);
  const queue = deliverQueue(queueConn);
  const deliverer = new Deliverer(queue, store, file.rules, delivery, { smtp: opts.smtp ?? { url: c.SMTP_URL, from: c.SMTP_FROM }, vapid: opts.vapid ?? vapidOf(c) }, log);
  const engine = new AlertEngine(store, file.rules, log, (n) => deliverer.enqueue(n));
  const consumer = `${hostname()}-${process.pid}-${randomUUID().slice(0, 6)}`;
  await store.ensureConsumerGroup(ALERTS_GROUP);
  let closed = false;

  const evaluateAll = async (msgs: Awaited<ReturnType<AlertStore['readGroup']>>) => {
    for (const m of msgs) await engine.evaluate(m);
    // Acked only once every group it changed is written: an entry read by a worker that dies is evaluated again.
    await store.ack(ALERTS_GROUP, msgs.map((m) => m.id));
  };

  const evaluator = (async () => {
    let nextClaim = 0;
    let nextPrune = Date.now() + PRUNE_EVERY_MS;
    while (!closed) {
      try {
        if (Date.now() >= nextClaim) {
          await evaluateAll(await store.claimStale(ALERTS_GROUP, consumer, delivery.stalledAfter));
          nextClaim = Date.now() + delivery.stalledAfter / 2;
        }
        if (Date.now() >= nextPrune) {
          await store.pruneConsumers(ALERTS_GROUP, 24 * 3_600_000);
          nextPrune = Date.now() + PRUNE_EVERY_MS;
        }
        await evaluateAll(await store.readGroup(reader, ALERTS_GROUP, consumer, 100, READ_BLOCK_MS));
      } catch (err) {
        if (closed) break;
        const message = (err as Error).message;
        log.warn({ err: message }, 'alert evaluation interrupted; retrying');
        await sleep(1_000);
        // Redis lost the group (restarted without persistence, or flushed): start again from the stream's end.
        if (message.includes('NOGROUP')) await store.ensureConsumerGroup(ALERTS_GROUP).catch(() => {});
      }
    }
  })();

  const flusher = (async () => {
    let nextRecovery = 0;
    while (!closed) {
      try {
        await engine.flushDue();
        if (Date.now() >= nextRecovery) {
          await deliverer.recoverOutbox();
          nextRecovery = Date.now() + delivery.stalledAfter / 2;
        }
      } catch (err) {
        if (closed) break;
        log.warn({ err: (err as Error).message }, 'alert flush interrupted; retrying');
        await sleep(1_000);
      }
      await sleep(FLUSH_TICK_MS);
    }
  })();

  const workerConn = connect(opts.redisUrl, { name: 'alerts-deliver', blocking: true });
  const worker = new Worker<DeliverJobData>(DELIVER_QUEUE, (job) => deliverer.process(job), {
    connection: workerConn,
    concurrency: 16,
    // A worker killed mid-delivery leaves its job locked; another takes it over once the lock lapses.
    lockDuration: delivery.stalledAfter,
    stalledInterval: Math.max(500, delivery.stalledAfter / 2),
    maxStalledCount: 10,
  });
  worker.on('error', (err) => log.error({ err: err.message }, 'deliver worker error'));
  log.info({ rules: file.rules.map((r) => r.name), consumer }, 'alerts started');

  return {
    async close() {
      closed = true;
      reader.disconnect();
      await Promise.allSettled([evaluator, flusher]);
      await worker.close();
      await queue.close();
      await Promise.allSettled([queueConn.quit(), workerConn.quit(), redis.quit()]);
    },
  };
}
