// The alert rules file (VIGIA_ALERTS, default config/alerts.yml): parsed, validated (zod) and compiled into Rules.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError, parseDuration, readYamlFile } from '../config/sources';
import { fold } from '../gazetteer';
import { EVENT_STATUSES, EVENT_TYPES } from '../types';
import type { AlertsFile, ChannelConfig, RegionMatcher, Rule, RuleDoc } from './types';
import { SEVERITIES } from './types';

/** A duration in milliseconds from "300ms", "30s", "5m", "4h" or a number of seconds. */
const duration = z.union([z.number().nonnegative(), z.string()]).transform((v, ctx) => {
  try {
    return Math.round(parseDuration(v) * 1000);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: (e as Error).message });
    return z.NEVER;
  }
});

const httpUrl = z.url({ protocol: /^https?$/, error: 'an http(s) URL' });
const count = z.number().int().nonnegative();

const channelSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('inapp') }).strict(),
  z.object({ type: z.literal('webpush') }).strict(),
  z
    .object({
      type: z.literal('webhook'),
      url: httpUrl,
      secret: z.string().min(1).optional(),
      headers: z.record(z.string(), z.string()).optional(),
    })
    .strict(),
  z.object({ type: z.literal('slack'), url: httpUrl }).strict(),
  z.object({ type: z.literal('discord'), url: httpUrl }).strict(),
  z.object({ type: z.literal('email'), to: z.array(z.email()).min(1), subject: z.string().optional() }).strict(),
  z
    .object({
      type: z.literal('telegram'),
      token: z.string().min(1),
      chatId: z.union([z.string().min(1), z.number().int()]).transform(String),
      apiUrl: httpUrl.default('https://api.telegram.org'),
    })
    .strict(),
]);

const matchSchema = z
  .object({
    countries: z.array(z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 codes such as PE')).optional(),
    regions: z.array(z.string().min(2)).optional(),
    types: z.array(z.enum(EVENT_TYPES)).optional(),
    statuses: z.array(z.enum(EVENT_STATUSES)).optional(),
    minKilled: count.optional(),
    minInjured: count.optional(),
    minDetained: count.optional(),
    keywords: z.array(z.string().min(1)).optional(),
    minOutlets: z.number().int().positive().optional(),
    tollRose: z.boolean().optional(),
  })
  .strict();

const ruleSchema = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, 'lower-case letters, digits, "-" or "_"'),
    enabled: z.boolean().default(true),
    severity: z.enum(SEVERITIES).default('warning'),
    match: matchSchema.default({}),
    groupWait: duration.default(30_000),
    groupInterval: duration.default(300_000),
    repeatInterval: duration.default(4 * 3_600_000),
    /** How long after an incident's last report its alert stops firing (and stops being repeated). */
    resolveAfter: duration.default(24 * 3_600_000),
    /** "update": a changed incident updates its alert; "new": every material change is a new alert. */
    onUpdate: z.enum(['update', 'new']).default('update'),
    channels: z.array(channelSchema).min(1),
  })
  .strict();

const deliverySchema = z
  .object({
    attempts: z.number().int().min(1).max(100).default(10),
    /** First retry delay; each next one doubles (BullMQ exponential backoff). */
    backoff: duration.default(5_000),
    timeout: duration.default(10_000),
    /** Work held by a worker that stopped answering for this long is taken over by another one. */
    stalledAfter: duration.default(30_000),
  })
  .strict();

const fileSchema = z.object({ delivery: z.unknown().optional(), rules: z.array(z.unknown()) }).strict();

/** ISO 3166-2 (PE-PUN), optionally with a province and district name: PE-PUN/San Román/Juliaca. */
const REGION_PATH = /^([A-Z]{2}-[A-Z0-9]{1,3})((?:\/[^/]+){0,2})$/;

interface PeruFile {
  departments: { code: string; iso: string; name: string }[];
  provinces: { code: string; name: string }[];
  districts: { ubigeo: string; name: string }[];
}
let peru: PeruFile | undefined;

/** Resolves "PE-PUN", "PE-PUN/San Román", "PE-PUN/San Román/Juliaca" or an INEI ubigeo (21, 2111, 211101). */
export function resolveRegion(text: string): RegionMatcher {
  const path = REGION_PATH.exec(text.trim());
  if (path) {
    const [admin2, admin3] = path[2]!.split('/').slice(1).map((s) => fold(s.trim()));
    return { code: path[1]!, label: text, admin2: admin2 ?? null, admin3: admin3 ?? null };
  }
  if (/^\d{2}(\d{2}(\d{2})?)?$/.test(text)) {
    peru ??= JSON.parse(readFileSync(new URL('../../data/gazetteer/peru.json', import.meta.url), 'utf8')) as PeruFile;
    const dept = peru.departments.find((d) => d.code === text.slice(0, 2));
    const prov = text.length >= 4 ? peru.provinces.find((p) => p.code === text.slice(0, 4)) : undefined;
    const dist = text.length === 6 ? peru.districts.find((d) => d.ubigeo === text) : undefined;
    if (dept && (text.length < 4 || prov) && (text.length < 6 || dist)) {
      return { code: dept.iso, label: text, admin2: prov ? fold(prov.name) : null, admin3: dist ? fold(dist.name) : null };
    }
    throw new Error(`unknown ubigeo "${text}"`);
  }
  throw new Error(`"${text}" is not a region: use ISO 3166-2 (PE-PUN), PE-PUN/<province>[/<district>] or a ubigeo`);
}

function issueText(e: z.ZodError): { field: string; message: string } {
  const i = e.issues[0]!;
  return { field: i.path.join('.') || '(entry)', message: i.message };
}

/** A rule that does not validate: the message names the rule and the field. */
export class RuleError extends ConfigError {
  override name = 'RuleError';
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

/** Validates and compiles one rule document (disabled ones too); errors name the rule and the field. */
export function compileRule(raw: unknown, origin = 'alerts', label?: string): Rule & { enabled: boolean } {
  const name = (raw as { name?: unknown } | null)?.name;
  const shown = typeof name === 'string' ? `"${name}"` : (label ?? '(unnamed)');
  const prefix = origin ? `${origin}: ` : '';
  const fail = (field: string, message: string) => new RuleError(`${prefix}rule ${shown}, field "${field}": ${message}`, field);
  const r = ruleSchema.safeParse(raw);
  if (!r.success) {
    const { field, message } = issueText(r.error);
    throw fail(field, message);
  }
  const { regions, keywords, ...match } = r.data.match;
  let resolved: RegionMatcher[] | undefined;
  try {
    resolved = regions?.map(resolveRegion);
  } catch (e) {
    throw fail('match.regions', (e as Error).message);
  }
  return {
    ...r.data,
    match: { ...match, regions: resolved, keywords: keywords?.map((k) => fold(k.trim())) },
    channels: r.data.channels as ChannelConfig[],
  };
}

/** Validates a parsed alerts document; an error names the rule and the field. */
export function validateAlerts(doc: unknown, origin = 'alerts'): AlertsFile {
  const file = fileSchema.safeParse(doc ?? { rules: [] });
  if (!file.success) throw new ConfigError(`${origin}: expected a top-level "rules:" list (and optionally "delivery:")`);
  const d = deliverySchema.safeParse(file.data.delivery ?? {});
  if (!d.success) {
    const { field, message } = issueText(d.error);
    throw new ConfigError(`${origin}: delivery, field "${field}": ${message}`);
  }
  const rules: Rule[] = [];
  const docs: RuleDoc[] = [];
  const seen = new Set<string>();
  file.data.rules.forEach((raw, i) => {
    const rule = compileRule(raw, origin, `#${i + 1}`);
    if (seen.has(rule.name)) throw new ConfigError(`${origin}: rule "${rule.name}": duplicate name`);
    seen.add(rule.name);
    docs.push(raw as RuleDoc);
    if (rule.enabled) rules.push(rule);
  });
  return { delivery: d.data, rules, docs };
}

export function loadAlertsFile(path: string): AlertsFile {
  return validateAlerts(readYamlFile(path, 'alerts'), path);
}
