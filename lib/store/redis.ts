import { Redis, type RedisOptions } from 'ioredis';

/**
 * A Redis connection. `blocking` is for connections that issue blocking commands (XREAD BLOCK, BullMQ workers):
 * those must never give up on a command while Redis restarts.
 */
export function connect(url: string, opts: { name: string; blocking?: boolean } & RedisOptions): Redis {
  const { name, blocking, ...rest } = opts;
  return new Redis(url, {
    connectionName: `vigia:${name}`,
    maxRetriesPerRequest: blocking ? null : 20,
    enableReadyCheck: true,
    retryStrategy: (times) => Math.min(200 * times, 5_000),
    ...rest,
  });
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
