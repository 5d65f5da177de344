// Admin operations on alerts, between the route handlers (app/api/alerts, app/api/silences, app/api/alert-rules) and
// lib/alerts + lib/store: acknowledgements, silences (validated with zod), the rule registry with secrets hidden.
import { isIP } from 'node:net';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { readJson } from '../auth/request';
import { compileRule, RuleError } from '../alerts/rules';
import { SEVERITIES, type ChannelConfig, type Rule, type RuleDoc, type Silence } from '../alerts/types';
import { getStoredRule, listStoredRules, putAlertRule, removeAlertRule, type RuleOrigin } from '../store/alert-rules';
import { alertStoreOf, type PushSubscriptionJSON } from '../store/alerts';
import { EVENT_TYPES } from '../types';
import { HttpError } from './sources';

const label = (max: number) => z.string().trim().min(1).max(max);

const silenceSchema = z
  .object({
    matchers: z
      .object({
        rule: label(64).optional(),
        region: z.string().regex(/^[A-Z]{2}-[A-Z0-9?]{1,3}$/, 'an ISO 3166-2 code such as PE-PUN').optional(),
        country: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as PE').optional(),
        type: z.enum(EVENT_TYPES).optional(),
        incident: label(100).optional(),
        severity: z.enum(SEVERITIES).optional(),
      })
      .strict()
      .refine((m) => Object.values(m).some((v) => v !== undefined), 'give at least one matcher'),
    expiresAt: z.iso.datetime({ offset: true, error: 'an ISO 8601 date and time, e.g. 2030-01-01T12:00:00Z' }),
    comment: z.string().trim().max(500).optional(),
    createdBy: z.string().trim().max(100).optional(),
  })
  .strict();

const MAX_SILENCE_MS = 366 * 24 * 3_600_000;

function invalid(e: z.ZodError): HttpError {
  const i = e.issues[0]!;
  const field = i.path.join('.') || '(body)';
  return new HttpError(400, `${field}: ${i.message}`, { field });
}

/** POST /api/alerts/:id/ack with an optional { "by": "<who>" }. */
export async function acknowledgeAlert(req: Request, redis: Redis, id: string) {
  const body = (await readJson(req).catch(() => ({}))) as { by?: unknown } | null;
  const by = typeof body?.by === 'string' && body.by.trim() ? body.by.trim().slice(0, 100) : 'admin';
  if (!(await alertStoreOf(redis).acknowledge(id, by))) throw new HttpError(404, `no alert ${id}`);
  return { body: { id, acknowledged: true, by } };
}

export async function listSilences(redis: Redis) {
  return { body: { silences: await alertStoreOf(redis).listSilences() } };
}

/** Validates a silence: at least one matcher, an expiry in the future (at most a year away). */
export function parseSilence(doc: unknown, now = Date.now()): Omit<Silence, 'id' | 'createdAt'> {
  const r = silenceSchema.safeParse(doc);
  if (!r.success) throw invalid(r.error);
  const expires = Date.parse(r.data.expiresAt);
  if (expires <= now) throw new HttpError(400, 'expiresAt: must be in the future', { field: 'expiresAt' });
  if (expires - now > MAX_SILENCE_MS) throw new HttpError(400, 'expiresAt: at most a year from now', { field: 'expiresAt' });
  const matchers = Object.fromEntries(Object.entries(r.data.matchers).filter(([, v]) => v !== undefined)) as Silence['matchers'];
  return { ...r.data, matchers, expiresAt: new Date(expires).toISOString() };
}

export async function addSilence(req: Request, redis: Redis) {
  const silence = await alertStoreOf(redis).addSilence(parseSilence(await readJson(req)));
  return { status: 201, body: silence };
}

export async function deleteSilence(redis: Redis, id: string) {
  if (!(await alertStoreOf(redis).deleteSilence(id))) throw new HttpError(404, `no silence ${id}`);
  return { status: 204, body: null };
}

const base64url = (min: number, max: number) => z.string().regex(new RegExp(`^[A-Za-z0-9_-]{${min},${max}}={0,2}$`), 'base64url');

/**
 * A browser's PushSubscription. The worker will POST to its endpoint, so only https endpoints named by a host (no IP
 * literal, no localhost) are taken: push services are public https hosts.
 */
const pushSubscriptionSchema = z.object({
  endpoint: z
    .url({ protocol: /^https$/, error: 'an https URL' })
    .max(2000)
    .refine((u) => {
      const host = new URL(u).hostname.replace(/^\[|\]$/g, '');
      return !isIP(host) && host !== 'localhost' && !host.endsWith('.localhost') && host.includes('.');
    }, 'a push service host name, not an address or localhost'),
  expirationTime: z.number().nullable().optional(),
  keys: z.object({ p256dh: base64url(80, 100), auth: base64url(16, 32) }),
});

function parseSubscription(doc: unknown): PushSubscriptionJSON {
  const r = pushSubscriptionSchema.safeParse(doc);
  if (!r.success) throw invalid(r.error);
  return r.data;
}

/** POST /api/push/subscribe with the browser's PushSubscription JSON. */
export async function subscribePush(req: Request, redis: Redis) {
  const s = await alertStoreOf(redis).addPushSubscription(parseSubscription(await readJson(req)));
  return { status: 201, body: { id: s.id } };
}

/** DELETE /api/push/subscribe with { endpoint }. */
export async function unsubscribePush(req: Request, redis: Redis) {
  const r = z.object({ endpoint: z.string().min(1).max(2000) }).safeParse(await readJson(req));
  if (!r.success) throw invalid(r.error);
  if (!(await alertStoreOf(redis).removePushSubscription(r.data.endpoint))) throw new HttpError(404, 'no such subscription');
  return { status: 204, body: null };
}

const HIDDEN = '•••';

/** What a channel may show to anyone who can read the dashboard: no secrets, tokens or secret-bearing URL paths. */
export function redactChannel(c: ChannelConfig): Record<string, unknown> {
  switch (c.type) {
    case 'webhook': {
      const u = new URL(c.url);
      return {
        type: c.type,
        url: `${u.origin}${u.pathname}${u.search ? `?${HIDDEN}` : ''}`,
        signed: Boolean(c.secret),
        ...(c.headers ? { headers: Object.fromEntries(Object.keys(c.headers).map((k) => [k, HIDDEN])) } : {}),
      };
    }
    case 'slack':
    case 'discord':
      return { type: c.type, url: `${new URL(c.url).origin}/${HIDDEN}` };
    case 'telegram':
      return { type: c.type, chatId: c.chatId, apiUrl: c.apiUrl, token: HIDDEN };
    default:
      return { ...c };
  }
}

export interface RuleView extends Omit<Rule, 'match' | 'channels'> {
  match: Omit<Rule['match'], 'regions'> & { regions?: string[] };
  channels: Record<string, unknown>[];
  enabled: boolean;
}

export function ruleView(r: Rule & { enabled: boolean }): RuleView {
  const { regions, ...match } = r.match;
  return { ...r, match: { ...match, ...(regions ? { regions: regions.map((g) => g.label) } : {}) }, channels: r.channels.map(redactChannel) };
}

/** A registry rule as anyone may see it: compiled and redacted (`error` when it no longer validates), and `doc`, the
 * rule as written with its secrets hidden, which an admin edits and sends back with PUT. */
export type RuleListEntry = (RuleView | { name: string; error: string }) & { origin: RuleOrigin; doc: RuleDoc };

const redactDoc = (doc: RuleDoc): RuleDoc =>
  Array.isArray(doc.channels) ? { ...doc, channels: doc.channels.map((c) => redactChannel(c as ChannelConfig)) } : doc;

/** Every rule of the registry (disabled ones too), with secrets hidden. */
export async function listRules(redis: Redis, file: string) {
  const rules: RuleListEntry[] = (await listStoredRules(redis)).map(({ doc, origin }) => {
    let view: RuleView | { name: string; error: string };
    try {
      view = ruleView(compileRule(doc, ''));
    } catch (e) {
      view = { name: doc.name, error: (e as Error).message };
    }
    return { ...view, origin, doc: redactDoc(doc) };
  });
  return { body: { file, rules } };
}

type Fields = Record<string, unknown>;
const isFields = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Puts back the stored values of secrets an edit left hidden, channel by channel (same position, same type). */
function restoreChannel(c: unknown, prev: unknown, field: string): unknown {
  if (!isFields(c)) return c;
  const { signed, ...out } = c;
  if (isFields(prev) && prev.type === out.type) {
    const shown = redactChannel(prev as ChannelConfig);
    for (const k of ['url', 'token'] as const) if (out[k] !== undefined && out[k] === shown[k]) out[k] = prev[k];
    if (prev.secret !== undefined && (out.secret === HIDDEN || (signed === true && out.secret === undefined))) out.secret = prev.secret;
    if (isFields(out.headers) && isFields(prev.headers)) {
      const old = prev.headers;
      out.headers = Object.fromEntries(Object.entries(out.headers).map(([k, v]) => [k, v === HIDDEN && k in old ? old[k] : v]));
    }
  }
  if (JSON.stringify(out).includes(HIDDEN) || (signed === true && out.secret === undefined)) {
    throw new HttpError(400, `${field}: "${HIDDEN}" stands for a hidden value this channel does not have; give the value`, { field });
  }
  return out;
}

/** Validates a rule document (the error names the rule and the field) and returns it as it will be stored. */
function parseRule(input: unknown, prev?: RuleDoc): RuleDoc {
  if (!isFields(input)) throw new HttpError(400, '(body): a JSON object: one rule', { field: '(body)' });
  const doc = Array.isArray(input.channels)
    ? { ...input, channels: input.channels.map((c, i) => restoreChannel(c, (prev?.channels as unknown[] | undefined)?.[i], `channels.${i}`)) }
    : input;
  try {
    compileRule(doc, '');
  } catch (e) {
    if (e instanceof RuleError) throw new HttpError(400, e.message, { field: e.field });
    throw e;
  }
  return doc as RuleDoc;
}

/** POST /api/alert-rules: a new rule (201), 409 when the name is taken. */
export async function addRule(req: Request, redis: Redis) {
  const doc = parseRule(await readJson(req));
  if (await getStoredRule(redis, doc.name)) throw new HttpError(409, `a rule named "${doc.name}" exists already`, { field: 'name' });
  await putAlertRule(redis, doc, 'added');
  return { status: 201, body: { name: doc.name, origin: 'admin' } };
}

/** PUT /api/alert-rules/:name: replaces the rule; hidden secrets left as they were shown keep their stored values. */
export async function replaceRule(req: Request, redis: Redis, name: string) {
  const current = await getStoredRule(redis, name);
  if (!current) throw new HttpError(404, `no rule named "${name}"`);
  const input = await readJson(req);
  if (isFields(input) && input.name !== undefined && input.name !== name) {
    throw new HttpError(400, `name: a rule keeps its name (${name}); add a new rule and delete this one to rename it`, { field: 'name' });
  }
  const doc = parseRule(isFields(input) ? { ...input, name } : input, current.doc);
  await putAlertRule(redis, doc, 'edited');
  return { body: { name, origin: 'admin' } };
}

/** DELETE /api/alert-rules/:name: removed, and the alerts file does not bring it back. */
export async function deleteRule(redis: Redis, name: string) {
  if (!(await removeAlertRule(redis, name))) throw new HttpError(404, `no rule named "${name}"`);
  return { status: 204, body: null };
}
