import { Redis, type RedisOptions } from 'ioredis';
import { logger } from '../log';

const ERROR_LOG_INTERVAL_MS = 10_000;

/**
 * A Redis connection. `blocking` is for connections that issue blocking commands (XREAD BLOCK, BullMQ workers):
 * those must never give up on a command while Redis restarts.
 */
export function connect(url: string, opts: { name: string; blocking?: boolean } & RedisOptions): Redis {
  const { name, blocking, ...rest } = opts;
  const redis = new Redis(url, {
    connectionName: `vigia:${name}`,
    maxRetriesPerRequest: blocking ? null : 20,
    enableReadyCheck: true,
    retryStrategy: (times) => Math.min(200 * times, 5_000),
    ...rest,
  });
  // ioredis reconnects by itself; say so once in a while instead of an "Unhandled error event" per attempt.
  let lastLogged = 0;
  redis.on('error', (err: Error) => {
    if (Date.now() - lastLogged < ERROR_LOG_INTERVAL_MS) return;
    lastLogged = Date.now();
    logger('redis').warn({ connection: name, err: err.message }, 'Redis connection error; retrying');
  });
  return redis;
}

/** Warns when Redis may evict data: Vigía and BullMQ need maxmemory-policy noeviction. */
export async function checkEvictionPolicy(redis: Redis): Promise<string | null> {
  try {
    const reply = (await redis.config('GET', 'maxmemory-policy')) as string[];
    const policy = reply[1];
    if (policy && policy !== 'noeviction') {
      return `Redis maxmemory-policy is "${policy}": Redis may silently evict incidents and queue jobs. Set it to noeviction (CONFIG SET maxmemory-policy noeviction, or in redis.conf).`;
    }
  } catch {
    // Managed services may refuse CONFIG; nothing to check then.
  }
  return null;
}
