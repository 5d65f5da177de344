// Admin operations on alerts, between the route handlers (app/api/alerts, app/api/silences, app/api/alert-rules) and
// lib/alerts + lib/store/alerts: acknowledgements, silences (validated with zod), the rules file with secrets hidden.
import { isIP } from 'node:net';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { readJson } from '../auth/request';
import { loadAlertsFile } from '../alerts/rules';
import { SEVERITIES, type ChannelConfig, type Rule, type Silence } from '../alerts/types';
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
}

export function ruleView(r: Rule): RuleView {
  const { regions, ...match } = r.match;
  return { ...r, match: { ...match, ...(regions ? { regions: regions.map((g) => g.label) } : {}) }, channels: r.channels.map(redactChannel) };
}

/** The enabled rules of the alerts file, as the worker loads them, with secrets hidden. */
export async function listRules(path: string) {
  try {
    return { body: { file: path, rules: loadAlertsFile(path).rules.map(ruleView) } };
  } catch (e) {
    throw new HttpError(500, (e as Error).message, { file: path });
  }
}
