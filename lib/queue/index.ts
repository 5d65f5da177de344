import { Queue, type ConnectionOptions } from 'bullmq';

/** Queue "poll": one job scheduler per source; each job polls that source once. */
export const POLL_QUEUE = 'poll';
export const POLL_JOB = 'poll';

export interface PollJobData {
  sourceId: string;
}

export function pollQueue(connection: ConnectionOptions): Queue<PollJobData, PollResult> {
  return new Queue<PollJobData, PollResult>(POLL_QUEUE, { connection });
}

export interface PollResult {
  status: number; // HTTP status (304 when not modified), 0 on a network error
  items: number;
  created: number;
  updated: number;
  duplicates: number;
  nonEvents: number;
}

export const schedulerId = (sourceId: string) => `source:${sourceId}`;

/** A stable offset in [0, spreadMs) per source, so that sources do not all poll at the same instant. */
export function jitterOffset(sourceId: string, spreadMs: number): number {
  let h = 2166136261;
  for (const ch of sourceId) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return spreadMs > 0 ? h % Math.floor(spreadMs) : 0;
}
