// The alert rule registry: every rule as written, seeded from the alerts file and managed by admins at run time
// (the same merge as the source registry in sources.ts).
import type { Redis } from 'ioredis';
import type { RuleDoc } from '../alerts/types';
import { keys } from './keys';
import { quietErrors } from './sources';

/** "file" rules follow the alerts file; "admin" rules (added or edited by an admin) are left alone by it. */
export type RuleOrigin = 'file' | 'admin';
export interface StoredRule {
  doc: RuleDoc;
  origin: RuleOrigin;
}
export type RuleChange = { name: string; action: 'added' | 'edited' | 'removed' | 'seeded' };

/**
 * Merges the file's rules into the registry: file rules are added, updated and removed with the file as long as no
 * admin has touched them; an admin's add or edit makes the rule the admin's, and an admin's removal is remembered.
 */
export async function seedAlertRules(redis: Redis, file: RuleDoc[]): Promise<{ added: string[]; updated: string[]; removed: string[] }> {
  const [current, removedNames] = await Promise.all([listStoredRules(redis), redis.smembers(keys.alertRulesRemoved)]);
  const byName = new Map(current.map((r) => [r.doc.name, r]));
  const removedByAdmin = new Set(removedNames);
  const inFile = new Set(file.map((d) => d.name));
  const out = { added: [] as string[], updated: [] as string[], removed: [] as string[] };
  const multi = redis.multi();
  for (const doc of file) {
    const have = byName.get(doc.name);
    if (removedByAdmin.has(doc.name) || have?.origin === 'admin') continue;
    const entry = JSON.stringify({ doc, origin: 'file' });
    if (!have) out.added.push(doc.name);
    else if (JSON.stringify(have) !== entry) out.updated.push(doc.name);
    else continue;
    multi.hset(keys.alertRules, doc.name, entry);
  }
  for (const r of current) {
    if (r.origin === 'file' && !inFile.has(r.doc.name)) {
      out.removed.push(r.doc.name);
      multi.hdel(keys.alertRules, r.doc.name);
    }
  }
  await multi.exec();
  if (out.added.length + out.updated.length + out.removed.length) await notifyRuleChange(redis, { name: '*', action: 'seeded' });
  return out;
}

export async function listStoredRules(redis: Redis): Promise<StoredRule[]> {
  const all = await redis.hgetall(keys.alertRules);
  return Object.values(all)
    .map((j) => JSON.parse(j) as StoredRule)
    .sort((a, b) => a.doc.name.localeCompare(b.doc.name));
}

export async function getStoredRule(redis: Redis, name: string): Promise<StoredRule | null> {
  const j = await redis.hget(keys.alertRules, name);
  return j ? (JSON.parse(j) as StoredRule) : null;
}

/** An admin's add or edit: the rule becomes the admin's. */
export async function putAlertRule(redis: Redis, doc: RuleDoc, action: 'added' | 'edited'): Promise<void> {
  await redis
    .multi()
    .hset(keys.alertRules, doc.name, JSON.stringify({ doc, origin: 'admin' }))
    .srem(keys.alertRulesRemoved, doc.name)
    .exec();
  await notifyRuleChange(redis, { name: doc.name, action });
}

/** An admin's removal: remembered, so the file does not bring the rule back. */
export async function removeAlertRule(redis: Redis, name: string): Promise<boolean> {
  const [[, n]] = (await redis.multi().hdel(keys.alertRules, name).sadd(keys.alertRulesRemoved, name).exec()) as [[unknown, number]];
  if (n) await notifyRuleChange(redis, { name, action: 'removed' });
  return n > 0;
}

async function notifyRuleChange(redis: Redis, change: RuleChange): Promise<void> {
  await redis.publish(keys.alertRulesChanged, JSON.stringify(change));
}

/** Calls `on` for every registry change; `subscriber` becomes a subscriber connection. */
export async function onRuleChange(subscriber: Redis, on: (c: RuleChange) => void): Promise<void> {
  quietErrors(subscriber, 'alert-rules-changed');
  subscriber.on('message', (channel: string, message: string) => {
    if (channel === keys.alertRulesChanged) on(JSON.parse(message) as RuleChange);
  });
  await subscriber.subscribe(keys.alertRulesChanged);
}
