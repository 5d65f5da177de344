// The alert rule registry: every rule as written, seeded from the alerts file and managed by admins at run time.
import type { Redis } from 'ioredis';
import type { RuleDoc } from '../alerts/types';
import { keys } from './keys';
import { Registry, type Origin, type RegistryChange } from './registry';

export type RuleOrigin = Origin;
export interface StoredRule {
  doc: RuleDoc;
  origin: RuleOrigin;
}
export type RuleChange = RegistryChange;

const rules = new Registry<RuleDoc, StoredRule>({
  hash: keys.alertRules,
  removed: keys.alertRulesRemoved,
  channel: keys.alertRulesChanged,
  id: (doc) => doc.name,
  record: (doc, origin) => ({ doc, origin }),
});

/** Merges the alerts file's rules into the registry (see Registry.seed). */
export const seedAlertRules = (redis: Redis, file: RuleDoc[]) => rules.seed(redis, file);
export const listStoredRules = (redis: Redis) => rules.list(redis);
export const getStoredRule = (redis: Redis, name: string) => rules.get(redis, name);
/** An admin's add or edit: the rule becomes the admin's. */
export const putAlertRule = (redis: Redis, doc: RuleDoc, action: 'added' | 'edited') => rules.put(redis, doc, action);
/** An admin's removal: remembered, so the file does not bring the rule back. */
export const removeAlertRule = (redis: Redis, name: string) => rules.remove(redis, name);
/** Calls `on` for every registry change; `subscriber` becomes a subscriber connection. */
export const onRuleChange = (subscriber: Redis, on: (c: RuleChange) => void) => rules.onChange(subscriber, on);
