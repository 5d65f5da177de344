import { Redis, type RedisOptions } from 'ioredis';
import { logger } from '../log';

const ERROR_LOG_INTERVAL_MS = 10_000;

const SENTINEL_URL = /^redis\+sentinel:\/\/(?:([^:@/]*):([^@/]*)@)?([^/]+)\/([^/?#]+)$/;

/**
 * `redis+sentinel://[user:password@]host:port[,host:port...]/<master name>` names a Redis behind Sentinel:
 * ioredis asks the sentinels for the current master and follows a failover.
 */
export function sentinelOptions(url: string): RedisOptions | null {
  const m = SENTINEL_URL.exec(url);
  if (!m) return null;
  const sentinels = m[3]!.split(',').map((hp) => {
    const [host, port] = hp.split(':');
    return { host: host!, port: Number(port ?? 26379) };
  });
  return {
    sentinels,
    name: decodeURIComponent(m[4]!),
    ...(m[1] ? { username: decodeURIComponent(m[1]) } : {}),
    ...(m[2] ? { password: decodeURIComponent(m[2]) } : {}),
  };
}

/**
 * A Redis connection, to a `redis://` URL or through Sentinel (see sentinelOptions). `blocking` is for connections
 * that issue blocking commands (XREAD BLOCK, BullMQ workers): those must never give up on a command while Redis
 * restarts or fails over. `failFast` is for the web process's requests: better a quick error than a hung page.
 */
export function connect(url: string, opts: { name: string; blocking?: boolean; failFast?: boolean } & RedisOptions): Redis {
  const { name, blocking, failFast, ...rest } = opts;
  const base: RedisOptions = {
    connectionName: `vigia:${name}`,
    maxRetriesPerRequest: blocking ? null : 20,
    enableReadyCheck: true,
    retryStrategy: (times) => Math.min(200 * times, 5_000),
    // failFast: commands are refused while disconnected and time out after 5 s, for code that answers people.
    ...(failFast ? { enableOfflineQueue: false, maxRetriesPerRequest: 0, commandTimeout: 5_000 } : {}),
    ...rest,
  };
  const sentinel = sentinelOptions(url);
  const redis = sentinel ? new Redis({ ...base, ...sentinel }) : new Redis(url, base);
  // ioredis reconnects by itself; say so once in a while instead of an "Unhandled error event" per attempt.
  let lastLogged = 0;
  redis.on('error', (err: Error) => {
    if (Date.now() - lastLogged < ERROR_LOG_INTERVAL_MS) return;
    lastLogged = Date.now();
    logger('redis').warn({ connection: name, err: err.message }, 'Redis connection error; retrying');
  });
  return redis;
}

/**
 * Another connection like `redis` but patient: it queues commands while disconnected and retries them. For
 * subscriptions and BullMQ queues opened next to a failFast connection.
 */
export function patientDuplicate(redis: Redis): Redis {
  const dup = redis.duplicate({ enableOfflineQueue: true, maxRetriesPerRequest: null, commandTimeout: undefined });
  dup.on('error', () => {}); // the connection it copies reports Redis errors
  return dup;
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
