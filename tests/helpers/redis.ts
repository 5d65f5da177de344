import { Redis } from 'ioredis';
import { inject } from 'vitest';

/** A connection to the test run's real Redis, emptied first: integration files run one at a time. */
export async function freshRedis(): Promise<Redis> {
  const url = inject('redisUrl');
  process.env.REDIS_URL = url;
  const redis = new Redis(url, { maxRetriesPerRequest: null });
  await redis.flushdb();
  return redis;
}
