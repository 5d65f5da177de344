import { z } from 'zod';
import { EVENT_STATUSES, EVENT_TYPES } from '../types';
import { STATS_WINDOWS, type IncidentQuery, type StatsWindow } from '../store/types';
import { STATS_BY, type StatsBy, type StatsFilter } from '../store/timeline';

const list = <T extends z.ZodType<string, string>>(item: T) =>
  z
    .string()
    .optional()
    .transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : undefined))
    .pipe(z.array(item).optional());

const isoDate = z
  .string()
  .refine((v) => !Number.isNaN(Date.parse(v)), 'an ISO 8601 date or time')
  .optional();

const incidentQuerySchema = z
  .object({
    type: list(z.enum(EVENT_TYPES)),
    status: list(z.enum(EVENT_STATUSES)),
    country: list(z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 codes such as PE')),
    region: list(z.string().regex(/^[A-Z]{2}-[A-Z0-9?]{1,3}$/, 'ISO 3166-2 codes such as PE-PUN')),
    q: z.string().max(200).optional(),
    since: isoDate,
    until: isoDate,
    limit: z.coerce.number().int().min(1).max(200).optional(),
    cursor: z.string().max(200).optional(),
  })
  .strict();

export class BadRequest extends Error {}

function firstIssue(e: z.ZodError): string {
  const i = e.issues[0]!;
  return `${i.path.join('.') || 'query'}: ${i.message}`;
}

export function parseIncidentQuery(params: URLSearchParams): IncidentQuery {
  const r = incidentQuerySchema.safeParse(Object.fromEntries(params));
  if (!r.success) throw new BadRequest(firstIssue(r.error));
  return r.data;
}

export interface StatsQuery {
  window: StatsWindow;
  /** Absent: the plain Stats of the window; hour or day add a timeline; filters narrow every figure. */
  by?: StatsBy;
  filter: StatsFilter;
}

const statsQuerySchema = incidentQuerySchema
  .pick({ type: true, status: true, country: true, region: true })
  .extend({
    window: z.enum(STATS_WINDOWS, `one of ${STATS_WINDOWS.join(', ')}`).default('24h'),
    by: z.enum(STATS_BY, `one of ${STATS_BY.join(', ')}`).optional(),
  })
  .strict();

export function parseStatsQuery(params: URLSearchParams): StatsQuery {
  const r = statsQuerySchema.safeParse(Object.fromEntries(params));
  if (!r.success) throw new BadRequest(firstIssue(r.error));
  const { window, by, ...filter } = r.data;
  for (const key of Object.keys(filter) as (keyof StatsFilter)[]) if (filter[key] === undefined) delete filter[key];
  return { window, by, filter };
}

/** JSON response helpers for route handlers. */
export function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { 'cache-control': 'no-store' } });
}

export function errorResponse(err: unknown): Response {
  if (err instanceof BadRequest || err instanceof RangeError) return json({ error: err.message }, 400);
  return json({ error: 'internal error' }, 500);
}
