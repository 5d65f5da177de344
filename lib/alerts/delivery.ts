// Delivery: a committed notification becomes one BullMQ job per channel of its rule (at least once, retried with
// exponential backoff, one dead channel never holding up the others), and every outcome goes to the alert's log.
import { UnrecoverableError, type Job, type Queue } from 'bullmq';
import type { Logger } from 'pino';
import { deliveryJobId, SEND_JOB, type DeliverJobData } from '../queue/deliver';
import type { AlertStore } from '../store/alerts';
import { PermanentError, sendTo, type ChannelContext } from './channels';
import type { DeliveryLogEntry, DeliverySettings, Notification, Rule } from './types';

export class Deliverer {
  private rules: Map<string, Rule>;

  constructor(
    private readonly queue: Queue<DeliverJobData>,
    private readonly alerts: AlertStore,
    rules: Rule[],
    private readonly settings: DeliverySettings,
    private readonly ctx: Omit<ChannelContext, 'alerts' | 'timeoutMs'>,
    private readonly log: Logger,
  ) {
    this.rules = new Map(rules.map((r) => [r.name, r]));
  }

  /** Replaces the rules (the registry changed); work in progress finishes with the rules it started with. */
  setRules(rules: Rule[]): void {
    this.rules = new Map(rules.map((r) => [r.name, r]));
  }

  /** Queues one job per channel (job ids are stable, so queueing twice makes no second job), then clears the outbox. */
  async enqueue(n: Notification): Promise<void> {
    const rule = this.rules.get(n.rule);
    if (rule) {
      await this.queue.addBulk(
        rule.channels.map((c, channel) => ({
          name: SEND_JOB,
          data: { key: n.key, rule: n.rule, channel, type: c.type },
          opts: {
            jobId: deliveryJobId(n.key, channel),
            attempts: this.settings.attempts,
            backoff: { type: 'exponential', delay: this.settings.backoff },
            removeOnComplete: { age: 24 * 3600, count: 10_000 },
            removeOnFail: { age: 7 * 24 * 3600 },
          },
        })),
      );
      await this.record(n, { status: 'queued' });
    }
    await this.alerts.clearOutbox(n.key);
  }

  /** Queues notifications that were committed but whose worker died before queueing them. */
  async recoverOutbox(now = Date.now()): Promise<number> {
    const keys = await this.alerts.outbox(now - this.settings.stalledAfter);
    for (const key of keys) {
      const n = await this.alerts.getNotification(key);
      if (n) await this.enqueue(n);
      else await this.alerts.clearOutbox(key);
    }
    return keys.length;
  }

  /** The "deliver" queue's processor: one notification to one channel. */
  async process(job: Job<DeliverJobData>): Promise<void> {
    const { key, rule, channel, type } = job.data;
    const attempt = job.attemptsMade + 1;
    const label = `${type}#${channel}`;
    const n = await this.alerts.getNotification(key);
    if (!n) throw new PermanentError(`notification ${key} is no longer kept`);
    const cfg = this.rules.get(rule)?.channels[channel];
    try {
      if (!cfg || cfg.type !== type) throw new PermanentError(`rule "${rule}" has no ${label} channel any more (the rules changed)`);
      await sendTo(cfg, n, { ...this.ctx, alerts: this.alerts, timeoutMs: this.settings.timeout });
    } catch (e) {
      const error = (e as Error).message;
      const final = e instanceof UnrecoverableError || attempt >= (job.opts.attempts ?? 1);
      await this.record(n, { status: final ? 'gave-up' : 'failed', channel: label, attempt, error });
      this.log.warn({ key, channel: label, attempt, err: error, final }, 'alert delivery failed');
      throw e;
    }
    await this.record(n, { status: 'sent', channel: label, attempt });
  }

  private record(n: Notification, e: Omit<DeliveryLogEntry, 'at' | 'key'>): Promise<void> {
    return this.alerts.log(n.alerts.map((a) => a.id), { at: new Date().toISOString(), key: n.key, ...e });
  }
}
