import { Queue, type ConnectionOptions, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { logger } from '../log';
import { patientDuplicate } from '../store/redis';

/**
 * Queue "poll". Each source has at most one pending poll job, with the deterministic id `pollJobId(source)`: each poll
 * schedules the next one (a delayed job) when it finishes, so that a restart, a reconcile or a second worker adding
 * the same id never doubles it. "push" jobs carry a body a WebSub hub delivered, to ingest at once.
 */
export const POLL_QUEUE = 'poll';
export const POLL_JOB = 'poll';
export const PUSH_JOB = 'push';

export type PollJobData = { sourceId: string } | { sourceId: string; push: { body: string; contentType: string | null } };

export function pollQueue(connection: ConnectionOptions): Queue<PollJobData, PollResult> {
  return new Queue<PollJobData, PollResult>(POLL_QUEUE, { connection });
}

export interface PollResult {
  status: number; // HTTP status (304 when not modified), 0 on a network error, -1 when deferred (host busy)
  items: number;
  created: number;
  updated: number;
  duplicates: number;
  nonEvents: number;
}

const g = globalThis as unknown as { __vigiaPollQueue?: Queue<PollJobData, PollResult> };

/** The web process's handle on the poll queue (WebSub pushes, health), on a connection of its own. */
export function sharedPollQueue(redis: Redis): Queue<PollJobData, PollResult> {
  if (!g.__vigiaPollQueue) {
    g.__vigiaPollQueue = pollQueue(patientDuplicate(redis));
    g.__vigiaPollQueue.on('error', (err) => logger('web').warn({ err: err.message }, 'poll queue error'));
  }
  return g.__vigiaPollQueue;
}

export const pollJobId = (sourceId: string) => `poll-${sourceId}`;

const ONE_SHOT: JobsOptions = { removeOnComplete: true, removeOnFail: true, attempts: 1 };

/** Adds the source's next poll `delayMs` from now, unless one is already pending (then nothing changes). */
export async function schedulePoll(queue: Queue<PollJobData, PollResult>, sourceId: string, delayMs: number): Promise<void> {
  await queue.add(POLL_JOB, { sourceId }, { ...ONE_SHOT, jobId: pollJobId(sourceId), delay: Math.max(0, Math.round(delayMs)) });
}

/** A body delivered by a WebSub hub (base64), ingested by the worker through the same parse and store path. */
export async function enqueuePush(
  queue: Queue<PollJobData, PollResult>,
  sourceId: string,
  body: Buffer,
  contentType: string | null,
): Promise<void> {
  await queue.add(PUSH_JOB, { sourceId, push: { body: body.toString('base64'), contentType } }, { ...ONE_SHOT, priority: 1 });
}

/** A stable value in [0, spreadMs) per source, so that sources do not all poll at the same instant. */
export function jitterOffset(sourceId: string, spreadMs: number): number {
  let h = 2166136261;
  for (const ch of sourceId) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return spreadMs > 0 ? h % Math.floor(spreadMs) : 0;
}
