// Keeps exactly one pending poll job per enabled source, reacting to registry changes without a restart.
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { jitterOffset, pollJobId, schedulePoll, type PollJobData, type PollResult } from '../lib/queue';
import { getRegistered, getSourceState, listRegistered, onSourceChange, type SourceChange } from '../lib/store/sources';

/** A full pass over the registry this often, in case a change message was missed (pub/sub is fire-and-forget). */
const RECONCILE_MS = 30_000;

export class PollScheduler {
  private timer: NodeJS.Timeout | null = null;
  private subscriber: Redis | null = null;

  constructor(
    private readonly queue: Queue<PollJobData, PollResult>,
    private readonly redis: Redis,
    private readonly log: Logger,
  ) {}

  async start(): Promise<void> {
    this.subscriber = this.redis.duplicate();
    await onSourceChange(this.subscriber, (c) => void this.changed(c).catch((err: Error) => this.log.warn({ err: err.message, change: c }, 'source change not applied')));
    await this.reconcile();
    this.timer = setInterval(() => void this.reconcile().catch((err: Error) => this.log.warn({ err: err.message }, 'reconcile failed')), RECONCILE_MS);
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.subscriber?.disconnect();
  }

  /** Every enabled source has its pending poll; disabled or removed ones have none. */
  async reconcile(): Promise<void> {
    const sources = await listRegistered(this.redis);
    const enabled = new Set(sources.filter((s) => s.enabled).map((s) => s.id));
    for (const id of enabled) await this.ensure(id);
    for (const job of await this.queue.getJobs(['delayed', 'waiting', 'prioritized'])) {
      if (job?.name === 'poll' && !enabled.has(job.data.sourceId)) await job.remove().catch(() => undefined);
    }
  }

  /** Adds the source's next poll at the time its state says, unless one is pending. */
  async ensure(id: string): Promise<void> {
    const source = await getRegistered(this.redis, id);
    if (!source?.enabled) return;
    const state = await getSourceState(this.redis, id);
    // A source never polled starts within its first interval (at most 10 s), at a stable offset of its own.
    const due = state.nextPoll ? Date.parse(state.nextPoll) - Date.now() : jitterOffset(id, Math.min(source.interval, 10) * 1000);
    await schedulePoll(this.queue, id, due);
  }

  private async changed(c: SourceChange): Promise<void> {
    if (c.action === 'seeded') return this.reconcile();
    const job = await this.queue.getJob(pollJobId(c.id));
    if (c.action === 'removed' || !(await getRegistered(this.redis, c.id))?.enabled) {
      if (job && (await job.isDelayed())) await job.remove().catch(() => undefined);
      return;
    }
    // Added, edited or reset: poll now with the new settings.
    if (job && (await job.isDelayed())) await job.promote().catch(() => undefined);
    else if (!job) await schedulePoll(this.queue, c.id, 0);
    this.log.info(c, 'source changed');
  }
}
