// Alert state in Redis: groups, their flush schedule, the notification outbox, silences, inhibition, delivery logs,
// acknowledgements, the consumer group on vigia:events, and the in-app stream vigia:alerts.
import { createHash, randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { AlertGroup, DeliveryLogEntry, Notification, NotifiedAlert, Silence } from '../alerts/types';
import type { DueMode } from '../alerts/grouping';
import type { IncidentMessage } from '../types';
import { keys } from './keys';
import { toMessage } from './stream';

type RawEntry = [id: string, fields: string[]];

const DAY_MS = 24 * 3_600_000;
/** How long notifications, alert records and delivery logs are kept. */
export const ALERT_RETENTION_MS = 30 * DAY_MS;
const LOG_MAX = 200;
const INAPP_MAXLEN = 10_000;

/**
 * Writes a group if its version is still the one read (another worker may have changed it), with its flush schedule;
 * with a notification, also the notification record, its outbox entry and the alert records, all in one step.
 */
const COMMIT_GROUP = `
local cur = tonumber(redis.call('HGET', KEYS[1], 'v') or '0')
if cur ~= tonumber(ARGV[1]) then return 0 end
if ARGV[2] == '' then redis.call('DEL', KEYS[1]) else
  redis.call('HSET', KEYS[1], 'v', cur + 1, 'doc', ARGV[2])
  redis.call('PEXPIRE', KEYS[1], ARGV[6])
end
local mode = ARGV[4]
if mode == 'DEL' then redis.call('ZREM', KEYS[2], ARGV[3])
elseif mode == 'SET' then redis.call('ZADD', KEYS[2], ARGV[5], ARGV[3])
elseif mode ~= 'KEEP' then redis.call('ZADD', KEYS[2], mode, ARGV[5], ARGV[3]) end
if ARGV[7] ~= '' then
  redis.call('SET', KEYS[3], ARGV[7], 'PX', ARGV[10])
  redis.call('ZADD', KEYS[4], ARGV[9], ARGV[8])
  redis.call('ZREMRANGEBYSCORE', KEYS[5], '-inf', tonumber(ARGV[9]) - tonumber(ARGV[10]))
  for k = 6, #KEYS do
    local i = 11 + (k - 6) * 2
    redis.call('ZADD', KEYS[5], ARGV[9], ARGV[i])
    redis.call('SET', KEYS[k], ARGV[i + 1], 'PX', ARGV[10])
  end
end
return 1
`;

/** Appends a notification to the in-app stream once, whatever the number of attempts. */
const APPEND_INAPP = `
if redis.call('SET', KEYS[1], '1', 'NX', 'PX', ARGV[3]) then
  return redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[4], '*', 'k', ARGV[1], 'j', ARGV[2])
end
return false
`;

export interface AlertRecord {
  alert: NotifiedAlert;
  rule: string;
  severity: string;
  notification: string; // key of the latest notification that carried it
  at: string;
}

export interface AlertListEntry extends AlertRecord {
  ack: { by: string; at: string } | null;
  log: DeliveryLogEntry[];
}

/** A browser's PushSubscription as its toJSON() gives it. */
export interface PushSubscriptionJSON {
  endpoint: string;
  expirationTime?: number | null;
  keys: { p256dh: string; auth: string };
}

export interface StoredPushSubscription extends PushSubscriptionJSON {
  id: string;
  createdAt: string;
}

/** A subscription's id: a hash of its endpoint, so subscribing twice from one browser keeps one entry. */
export const pushSubscriptionId = (endpoint: string) => createHash('sha256').update(endpoint).digest('base64url').slice(0, 22);

/** One entry of the stream vigia:alerts as clients receive it (the `alert` message). */
export interface AlertMessage {
  id: string; // stream id
  notification: Notification;
}

interface Scripts {
  vigiaCommitGroup(...args: string[]): Promise<number>;
  vigiaAppendInApp(...args: string[]): Promise<string | null>;
}

export class AlertStore {
  constructor(readonly redis: Redis) {
    redis.defineCommand('vigiaCommitGroup', { lua: COMMIT_GROUP });
    redis.defineCommand('vigiaAppendInApp', { numberOfKeys: 2, lua: APPEND_INAPP });
  }

  private get scripts(): Scripts {
    return this.redis as unknown as Scripts;
  }

  // --- groups and their schedule

  async getGroup(key: string): Promise<AlertGroup | null> {
    const [v, doc] = await this.redis.hmget(keys.alertGroup(key), 'v', 'doc');
    if (!doc) return null;
    return { ...(JSON.parse(doc) as AlertGroup), version: Number(v) };
  }

  /**
   * Writes `group` (null deletes `key`) if nobody changed it since `expectedVersion` was read; false means read
   * again. `ttlMs` bounds how long an idle group is kept.
   */
  async commitGroup(
    key: string,
    expectedVersion: number,
    write: { group: AlertGroup | null; due: number; dueMode: DueMode; notification?: Notification | null },
    ttlMs: number,
    now = Date.now(),
  ): Promise<boolean> {
    const n = write.notification;
    const recordKeys: string[] = [];
    const records: string[] = [];
    for (const a of n?.alerts ?? []) {
      const rec: AlertRecord = { alert: a, rule: n!.rule, severity: n!.severity, notification: n!.key, at: n!.at };
      recordKeys.push(keys.alert(a.id));
      records.push(a.id, JSON.stringify(rec));
    }
    const doc = write.group ? JSON.stringify({ ...write.group, version: expectedVersion + 1 }) : '';
    const ok = await this.scripts.vigiaCommitGroup(
      String(5 + recordKeys.length),
      keys.alertGroup(key),
      keys.alertsDue,
      n ? keys.alertNotification(n.key) : keys.alertNotification('-'),
      keys.alertsOutbox,
      keys.alertsIndex,
      ...recordKeys,
      String(expectedVersion),
      doc,
      key,
      write.dueMode,
      String(Math.round(write.due)),
      String(ttlMs),
      n ? JSON.stringify(n) : '',
      n?.key ?? '',
      String(now),
      String(ALERT_RETENTION_MS),
      ...records,
    );
    return ok === 1;
  }

  /** Groups whose flush time has come, earliest first. */
  dueGroups(now: number, limit = 50): Promise<string[]> {
    return this.redis.zrangebyscore(keys.alertsDue, '-inf', now, 'LIMIT', 0, limit);
  }

  // --- inhibition

  /** Records that `rule` (of severity rank `rank`) fires for the incident. */
  async markFiring(incidentId: string, rule: string, rank: number, ttlMs: number): Promise<void> {
    await this.redis.multi().hset(keys.alertFiring(incidentId), rule, rank).pexpire(keys.alertFiring(incidentId), ttlMs).exec();
  }

  async firing(incidentIds: string[]): Promise<Map<string, Record<string, number>>> {
    const out = new Map<string, Record<string, number>>();
    if (incidentIds.length === 0) return out;
    const p = this.redis.pipeline();
    for (const id of incidentIds) p.hgetall(keys.alertFiring(id));
    const res = (await p.exec()) ?? [];
    incidentIds.forEach((id, k) => {
      const h = (res[k]?.[1] ?? {}) as Record<string, string>;
      out.set(id, Object.fromEntries(Object.entries(h).map(([r, v]) => [r, Number(v)])));
    });
    return out;
  }

  // --- notification outbox: committed with the group, removed once its delivery jobs are queued

  async getNotification(key: string): Promise<Notification | null> {
    const s = await this.redis.get(keys.alertNotification(key));
    return s ? (JSON.parse(s) as Notification) : null;
  }

  /** Notifications committed before `before` (ms) whose delivery jobs may not have been queued. */
  async outbox(before: number, limit = 100): Promise<string[]> {
    return this.redis.zrangebyscore(keys.alertsOutbox, '-inf', before, 'LIMIT', 0, limit);
  }

  async clearOutbox(key: string): Promise<void> {
    await this.redis.zrem(keys.alertsOutbox, key);
  }

  // --- delivery log, alert list, acknowledgements

  async log(alertIds: string[], entry: DeliveryLogEntry): Promise<void> {
    const p = this.redis.pipeline();
    const json = JSON.stringify(entry);
    for (const id of alertIds) {
      p.lpush(keys.alertLog(id), json).ltrim(keys.alertLog(id), 0, LOG_MAX - 1).pexpire(keys.alertLog(id), ALERT_RETENTION_MS);
    }
    p.hincrby(keys.alertDeliveryCounts, entry.status, 1);
    await p.exec();
  }

  /** How many delivery log entries of each status were ever written (for /metrics). */
  async deliveryCounts(): Promise<Record<string, number>> {
    const h = await this.redis.hgetall(keys.alertDeliveryCounts);
    return Object.fromEntries(Object.entries(h).map(([k, v]) => [k, Number(v)]));
  }

  async getLog(alertId: string): Promise<DeliveryLogEntry[]> {
    return (await this.redis.lrange(keys.alertLog(alertId), 0, LOG_MAX - 1)).map((s) => JSON.parse(s) as DeliveryLogEntry);
  }

  /** Alerts most recently notified first, each with its acknowledgement and delivery log (newest entry first). */
  async listAlerts(limit = 50): Promise<AlertListEntry[]> {
    const ids = await this.redis.zrevrange(keys.alertsIndex, 0, Math.max(0, limit - 1));
    if (ids.length === 0) return [];
    const docs = await this.redis.mget(...ids.map(keys.alert));
    const acks = await this.redis.hmget(keys.alertAcks, ...ids);
    const out: AlertListEntry[] = [];
    for (let k = 0; k < ids.length; k++) {
      if (!docs[k]) continue;
      out.push({ ...(JSON.parse(docs[k]!) as AlertRecord), ack: acks[k] ? JSON.parse(acks[k]!) : null, log: await this.getLog(ids[k]!) });
    }
    return out;
  }

  /** Acknowledges a notified alert; false when no such alert is kept. */
  async acknowledge(alertId: string, by: string, now = new Date()): Promise<boolean> {
    if ((await this.redis.exists(keys.alert(alertId))) === 0) return false;
    await this.redis.hset(keys.alertAcks, alertId, JSON.stringify({ by, at: now.toISOString() }));
    return true;
  }

  // --- silences

  async addSilence(s: Omit<Silence, 'id' | 'createdAt'>, now = new Date()): Promise<Silence> {
    if (Object.keys(s.matchers).length === 0) throw new Error('a silence needs at least one matcher');
    if (!(Date.parse(s.expiresAt) > now.getTime())) throw new Error('a silence needs an expiresAt in the future');
    const silence: Silence = { ...s, id: randomUUID(), createdAt: now.toISOString() };
    await this.redis.hset(keys.alertSilences, silence.id, JSON.stringify(silence));
    return silence;
  }

  /** Silences still in force; expired ones are deleted on the way. */
  async listSilences(now = Date.now()): Promise<Silence[]> {
    const all = Object.values(await this.redis.hgetall(keys.alertSilences)).map((s) => JSON.parse(s) as Silence);
    const expired = all.filter((s) => Date.parse(s.expiresAt) <= now);
    if (expired.length) await this.redis.hdel(keys.alertSilences, ...expired.map((s) => s.id));
    return all.filter((s) => Date.parse(s.expiresAt) > now);
  }

  async deleteSilence(id: string): Promise<boolean> {
    return (await this.redis.hdel(keys.alertSilences, id)) === 1;
  }

  // --- Web Push subscriptions

  async addPushSubscription(s: PushSubscriptionJSON, now = new Date()): Promise<StoredPushSubscription> {
    const stored: StoredPushSubscription = { ...s, id: pushSubscriptionId(s.endpoint), createdAt: now.toISOString() };
    await this.redis.hset(keys.pushSubscriptions, stored.id, JSON.stringify(stored));
    return stored;
  }

  async listPushSubscriptions(): Promise<StoredPushSubscription[]> {
    return Object.values(await this.redis.hgetall(keys.pushSubscriptions)).map((s) => JSON.parse(s) as StoredPushSubscription);
  }

  async removePushSubscription(endpoint: string): Promise<boolean> {
    return (await this.redis.hdel(keys.pushSubscriptions, pushSubscriptionId(endpoint))) === 1;
  }

  // --- in-app alerts: the stream vigia:alerts

  /** Appends the notification once (a retried delivery adds nothing); returns its stream id, or null if already there. */
  appendInApp(n: Notification): Promise<string | null> {
    return this.scripts.vigiaAppendInApp(keys.alertInAppSent(n.key), keys.alertsStream, n.key, JSON.stringify(n), String(ALERT_RETENTION_MS), String(INAPP_MAXLEN));
  }

  async lastAlertId(): Promise<string> {
    const last = (await this.redis.xrevrange(keys.alertsStream, '+', '-', 'COUNT', 1)) as RawEntry[];
    return last[0]?.[0] ?? '0-0';
  }

  async alertsAfter(afterId: string, count: number): Promise<AlertMessage[]> {
    const rows = (await this.redis.xrange(keys.alertsStream, `(${afterId}`, '+', 'COUNT', count)) as RawEntry[];
    return rows.map(toAlertMessage);
  }

  /** Blocks on `blocking` (a connection of its own) until alerts after `afterId` arrive or `blockMs` passes. */
  async waitAlerts(blocking: Redis, afterId: string, blockMs: number): Promise<AlertMessage[]> {
    const res = (await blocking.xread('COUNT', 200, 'BLOCK', blockMs, 'STREAMS', keys.alertsStream, afterId)) as [string, RawEntry[]][] | null;
    return res?.[0]?.[1].map(toAlertMessage) ?? [];
  }

  // --- the consumer group on vigia:events

  /** Creates the consumer group at the stream's end (alerts start with what happens from now on). */
  async ensureConsumerGroup(group: string): Promise<void> {
    try {
      await this.redis.xgroup('CREATE', keys.events, group, '$', 'MKSTREAM');
    } catch (e) {
      if (!String((e as Error).message).includes('BUSYGROUP')) throw e;
    }
  }

  /** New entries for this consumer (blocking on `blocking`); they stay pending until acked. */
  async readGroup(blocking: Redis, group: string, consumer: string, count: number, blockMs: number): Promise<IncidentMessage[]> {
    const res = (await blocking.xreadgroup('GROUP', group, consumer, 'COUNT', count, 'BLOCK', blockMs, 'STREAMS', keys.events, '>')) as
      | [string, RawEntry[]][]
      | null;
    return res?.[0]?.[1].map(toMessage) ?? [];
  }

  /** Takes over entries that another consumer read but did not ack within `minIdleMs` (it died or hangs). */
  async claimStale(group: string, consumer: string, minIdleMs: number, count = 100): Promise<IncidentMessage[]> {
    const out: IncidentMessage[] = [];
    let cursor = '0-0';
    do {
      const [next, rows] = (await this.redis.xautoclaim(keys.events, group, consumer, minIdleMs, cursor, 'COUNT', count)) as [string, (RawEntry | null)[]];
      for (const r of rows) if (r && r[1]) out.push(toMessage(r));
      cursor = next;
    } while (cursor !== '0-0' && out.length < 1000);
    return out;
  }

  async ack(group: string, ids: string[]): Promise<void> {
    if (ids.length) await this.redis.xack(keys.events, group, ...ids);
  }

  /** Removes consumers that hold nothing and were idle for `idleMs` (left behind by stopped workers). */
  async pruneConsumers(group: string, idleMs: number): Promise<void> {
    const rows = (await this.redis.xinfo('CONSUMERS', keys.events, group)) as unknown[][];
    for (const row of rows) {
      const f = new Map<string, unknown>();
      for (let k = 0; k < row.length; k += 2) f.set(String(row[k]), row[k + 1]);
      if (Number(f.get('pending')) === 0 && Number(f.get('idle')) > idleMs) {
        await this.redis.xgroup('DELCONSUMER', keys.events, group, String(f.get('name')));
      }
    }
  }
}

function toAlertMessage([id, fields]: RawEntry): AlertMessage {
  const f: Record<string, string> = {};
  for (let k = 0; k < fields.length; k += 2) f[fields[k]!] = fields[k + 1]!;
  return { id, notification: JSON.parse(f.j!) as Notification };
}

const g = globalThis as unknown as { __vigiaAlertStore?: AlertStore };

/** The web process's alert store, on the shared store connection. */
export function alertStoreOf(redis: Redis): AlertStore {
  if (g.__vigiaAlertStore?.redis !== redis) g.__vigiaAlertStore = new AlertStore(redis);
  return g.__vigiaAlertStore;
}
