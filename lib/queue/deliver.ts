import { Queue, type ConnectionOptions } from 'bullmq';
import type { ChannelType } from '../alerts/types';

/** Queue "deliver": one job per notification and channel of its rule, retried with exponential backoff. */
export const DELIVER_QUEUE = 'deliver';
export const SEND_JOB = 'send';

export interface DeliverJobData {
  key: string; // the notification's key (X-Vigia-Delivery); the notification itself is read from the store
  rule: string;
  channel: number; // index in the rule's channels
  type: ChannelType;
}

export function deliverQueue(connection: ConnectionOptions): Queue<DeliverJobData> {
  return new Queue<DeliverJobData>(DELIVER_QUEUE, { connection });
}

/** Stable per notification and channel, so that queueing a notification twice makes one job. */
export const deliveryJobId = (key: string, channel: number) => `${key}.c${channel}`;
