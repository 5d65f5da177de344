// A registry of named entries in one Redis hash, seeded from a file and managed by admins at run time: the source
// registry (sources.ts) and the alert rule registry (alert-rules.ts). Changes are published on a channel so that
// every process reloads without a restart.
import type { Redis } from 'ioredis';
import { logger } from '../log';

/** "file" entries follow the file; "admin" entries (added or edited by an admin) are left alone by it. */
export type Origin = 'file' | 'admin';
export interface RegistryChange<A extends string = string> {
  id: string;
  action: A | 'added' | 'edited' | 'removed' | 'seeded';
}
export interface SeedResult {
  added: string[];
  updated: string[];
  removed: string[];
}

/** A subscriber reconnects (and resubscribes) by itself: its errors are logged once a minute, not thrown. */
export function quietErrors(conn: Redis, name: string): void {
  let last = 0;
  conn.on('error', (err: Error) => {
    if (Date.now() - last < 60_000) return;
    last = Date.now();
    logger('redis').warn({ connection: name, err: err.message }, 'Redis subscriber error; retrying');
  });
}

export interface RegistrySpec<T, R extends { origin: Origin }> {
  /** The hash of entries by id, the set of ids an admin removed, and the change channel. */
  hash: string;
  removed: string;
  channel: string;
  id(value: T): string;
  /** What is stored for a value: the value and its origin. */
  record(value: T, origin: Origin): R;
}

export class Registry<T, R extends { origin: Origin }, A extends string = never> {
  constructor(private readonly spec: RegistrySpec<T, R>) {}

  /**
   * Merges the file into the registry. File entries are added, updated and removed with the file as long as no admin
   * has touched them; an admin's add or edit makes the entry the admin's, and an admin's removal is remembered (the
   * file does not bring the id back).
   */
  async seed(redis: Redis, file: T[]): Promise<SeedResult> {
    const { hash, removed } = this.spec;
    const [stored, removedIds] = await Promise.all([redis.hgetall(hash), redis.smembers(removed)]);
    const removedByAdmin = new Set(removedIds);
    const inFile = new Set(file.map((v) => this.spec.id(v)));
    const out: SeedResult = { added: [], updated: [], removed: [] };
    const multi = redis.multi();
    for (const value of file) {
      const id = this.spec.id(value);
      const have = stored[id];
      if (removedByAdmin.has(id) || (have && this.parse(have).origin === 'admin')) continue;
      const entry = JSON.stringify(this.spec.record(value, 'file'));
      if (!have) out.added.push(id);
      else if (have !== entry) out.updated.push(id);
      else continue;
      multi.hset(hash, id, entry);
    }
    for (const [id, json] of Object.entries(stored)) {
      if (!inFile.has(id) && this.parse(json).origin === 'file') {
        out.removed.push(id);
        multi.hdel(hash, id);
      }
    }
    await multi.exec();
    if (out.added.length + out.updated.length + out.removed.length) await this.notify(redis, { id: '*', action: 'seeded' });
    return out;
  }

  /** Every entry, by id. */
  async list(redis: Redis): Promise<R[]> {
    const all = await redis.hgetall(this.spec.hash);
    return Object.keys(all)
      .sort((a, b) => a.localeCompare(b))
      .map((id) => this.parse(all[id]!));
  }

  async get(redis: Redis, id: string): Promise<R | null> {
    const json = await redis.hget(this.spec.hash, id);
    return json ? this.parse(json) : null;
  }

  /** An admin's add or edit: the entry becomes the admin's. */
  async put(redis: Redis, value: T, action: 'added' | 'edited'): Promise<void> {
    const id = this.spec.id(value);
    await redis.multi().hset(this.spec.hash, id, JSON.stringify(this.spec.record(value, 'admin'))).srem(this.spec.removed, id).exec();
    await this.notify(redis, { id, action });
  }

  /** An admin's removal, remembered; `alsoDelete` are keys that belong to the entry. Whether it existed. */
  async remove(redis: Redis, id: string, alsoDelete: string[] = []): Promise<boolean> {
    const multi = redis.multi().hdel(this.spec.hash, id).sadd(this.spec.removed, id);
    if (alsoDelete.length) multi.del(...alsoDelete);
    const [[, n]] = (await multi.exec()) as [[unknown, number]];
    if (n) await this.notify(redis, { id, action: 'removed' });
    return n > 0;
  }

  async notify(redis: Redis, change: RegistryChange<A>): Promise<void> {
    await redis.publish(this.spec.channel, JSON.stringify(change));
  }

  /** Calls `on` for every change; `subscriber` becomes a subscriber connection. */
  async onChange(subscriber: Redis, on: (c: RegistryChange<A>) => void): Promise<void> {
    const { channel } = this.spec;
    quietErrors(subscriber, channel);
    subscriber.on('message', (ch: string, message: string) => {
      if (ch === channel) on(JSON.parse(message) as RegistryChange<A>);
    });
    await subscriber.subscribe(channel);
  }

  private parse(json: string): R {
    const r = JSON.parse(json) as R;
    // Entries written before origins existed came from the file.
    return r.origin ? r : { ...r, origin: 'file' };
  }
}
