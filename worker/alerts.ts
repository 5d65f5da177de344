// The worker's alert part: a consumer in the group "alerts" on vigia:events evaluates the rules, a flush loop turns
// due groups into notifications, and the "deliver" queue's processor sends them through the channels.
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { Worker } from 'bullmq';
import type { Logger } from 'pino';
import { Deliverer } from '../lib/alerts/delivery';
import { AlertEngine } from '../lib/alerts/engine';
import { compileRule, loadAlertsFile } from '../lib/alerts/rules';
import type { AlertsFile, Rule } from '../lib/alerts/types';
import type { ChannelContext } from '../lib/alerts/channels';
import { config, vapidOf } from '../lib/config/env';
import { DELIVER_QUEUE, deliverQueue, type DeliverJobData } from '../lib/queue/deliver';
import { listStoredRules, onRuleChange, seedAlertRules, type StoredRule } from '../lib/store/alert-rules';
import { AlertStore } from '../lib/store/alerts';
import { connect } from '../lib/store/redis';

export const ALERTS_GROUP = 'alerts';
const READ_BLOCK_MS = 1_000;
const FLUSH_TICK_MS = 50;
const PRUNE_EVERY_MS = 10 * 60_000;
/** A full reload of the rule registry this often, in case a change message was missed (pub/sub is fire-and-forget). */
const RULES_RELOAD_MS = 30_000;

export interface AlertsHandle {
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The enabled rules of the registry, compiled; a stored rule that no longer validates is skipped with a warning. */
export function compileStored(stored: StoredRule[], log: Logger): Rule[] {
  const rules: Rule[] = [];
  for (const { doc } of stored) {
    try {
      const rule = compileRule(doc, 'rule registry');
      if (rule.enabled) rules.push(rule);
    } catch (e) {
      log.warn({ rule: doc.name, err: (e as Error).message }, 'stored alert rule skipped');
    }
  }
  return rules;
}

/**
 * Seeds the rule registry from the alerts file, then starts the evaluator, the flush loop and the delivery processor.
 * Rule changes (admin API) reach them through a pub/sub message, and a periodic reload, without a restart.
 */
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
  const { delivery } = file;
  const redis = connect(opts.redisUrl, { name: 'alerts' });
  const seeded = await seedAlertRules(redis, file.docs);
  if (seeded.added.length + seeded.updated.length + seeded.removed.length) log.info(seeded, 'alerts file merged into the rule registry');
  const rules = compileStored(await listStoredRules(redis), log);
  const reader = connect(opts.redisUrl, { name: 'alerts-read', blocking: true });
  const queueConn = connect(opts.redisUrl, { name: 'alerts-queue', blocking: true });
  const store = new AlertStore(redis);
  const queue = deliverQueue(queueConn);
  const deliverer = new Deliverer(queue, store, rules, delivery, { smtp: opts.smtp ?? { url: c.SMTP_URL, from: c.SMTP_FROM }, vapid: opts.vapid ?? vapidOf(c) }, log);
  const engine = new AlertEngine(store, rules, log, (n) => deliverer.enqueue(n));
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
  log.info({ rules: rules.map((r) => r.name), consumer }, 'alerts started');

  let loaded = JSON.stringify(rules);
  const reload = async () => {
    const next = compileStored(await listStoredRules(redis), log);
    const text = JSON.stringify(next);
    if (text === loaded) return;
    loaded = text;
    engine.setRules(next);
    deliverer.setRules(next);
    log.info({ rules: next.map((r) => r.name) }, 'alert rules reloaded');
  };
  const reloadNow = () => void reload().catch((err: Error) => log.warn({ err: err.message }, 'alert rules reload failed'));
  const subscriber = redis.duplicate();
  await onRuleChange(subscriber, reloadNow);
  const reloadTimer = setInterval(reloadNow, RULES_RELOAD_MS);

  return {
    async close() {
      closed = true;
      clearInterval(reloadTimer);
      subscriber.disconnect();
      reader.disconnect();
      await Promise.allSettled([evaluator, flusher]);
      await worker.close();
      await queue.close();
      await Promise.allSettled([queueConn.quit(), workerConn.quit(), redis.quit()]);
    },
  };
}
