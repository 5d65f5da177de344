// Admin operations on sources, between the route handlers (app/api/sources, app/api/opml) and lib/feeds + lib/store.
import type { Redis } from 'ioredis';
import type { Config } from '../config/env';
import type { Source } from '../config/sources';
import { BodyError, readJson, readLimited } from '../auth/request';
import { FeedError } from '../feeds/errors';
import { parseOpml, toOpml } from '../feeds/opml';
import { applyEdit, checkFeed, SourceInputError, sourcesFromOpml, validateSource, type OpmlDefaults } from '../feeds/sources';
import {
  getRegistered,
  listRegistered,
  putSource,
  removeSource,
  resetSource,
  sourceHealth,
  type RegisteredSource,
  type SourceHealth,
} from '../store/sources';

type FeedCheckConfig = Pick<Config, 'VIGIA_ALLOW_PRIVATE_SOURCES' | 'VIGIA_FETCH_TIMEOUT_MS' | 'VIGIA_FETCH_MAX_BYTES'>;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Runs an admin operation and turns its refusals into JSON answers with the right status. */
export async function answer(op: () => Promise<{ status?: number; body: unknown }>): Promise<Response> {
  try {
    const r = await op();
    return r.status === 204 ? new Response(null, { status: 204 }) : Response.json(r.body, { status: r.status ?? 200 });
  } catch (e) {
    if (e instanceof HttpError) return Response.json({ error: e.message, ...e.extra }, { status: e.status });
    if (e instanceof SourceInputError) return Response.json({ error: e.message, field: e.field }, { status: 400 });
    if (e instanceof BodyError) return Response.json({ error: e.message }, { status: e.status });
    if (e instanceof FeedError) return Response.json({ error: e.message, code: e.code }, { status: 422 });
    throw e;
  }
}

export type SourceView = RegisteredSource & { health: SourceHealth };

export async function listSourcesWithHealth(redis: Redis): Promise<SourceView[]> {
  const all = await listRegistered(redis);
  return Promise.all(all.map(async (s) => ({ ...s, health: await sourceHealth(redis, s) })));
}

async function existing(redis: Redis, id: string): Promise<RegisteredSource> {
  const s = await getRegistered(redis, id);
  if (!s) throw new HttpError(404, `no source with id "${id}"`);
  return s;
}

const checkOpts = (c: FeedCheckConfig) => ({ allowPrivate: c.VIGIA_ALLOW_PRIVATE_SOURCES, timeoutMs: c.VIGIA_FETCH_TIMEOUT_MS, maxBytes: c.VIGIA_FETCH_MAX_BYTES });

/** Validates, checks that the feed is reachable under the SSRF rule and parses, then saves (unless dryRun). */
export async function addSource(req: Request, redis: Redis, c: FeedCheckConfig, dryRun: boolean) {
  const source = validateSource(await readJson(req));
  if (await getRegistered(redis, source.id)) throw new HttpError(409, `a source with id "${source.id}" exists already`, { field: 'id' });
  const preview = await checkFeed(source, checkOpts(c));
  if (!dryRun) await putSource(redis, source, 'added');
  return { status: dryRun ? 200 : 201, body: { source, saved: !dryRun, preview } };
}

/** An edit (pause and resume are `enabled`); a changed URL is checked again. */
export async function editSource(req: Request, redis: Redis, c: FeedCheckConfig, id: string) {
  const current = await existing(redis, id);
  const { origin: _origin, ...plain } = current;
  const next = applyEdit(plain, await readJson(req));
  const preview = next.url !== current.url ? await checkFeed(next, checkOpts(c)) : null;
  await putSource(redis, next, 'edited');
  return { body: { source: next, preview } };
}

export async function deleteSource(redis: Redis, id: string) {
  if (!(await removeSource(redis, id))) throw new HttpError(404, `no source with id "${id}"`);
  return { status: 204, body: null };
}

export async function resetBroken(redis: Redis, id: string) {
  await existing(redis, id);
  await resetSource(redis, id);
  return { body: { reset: id } };
}

export async function exportOpml(redis: Redis): Promise<string> {
  return toOpml((await listRegistered(redis)).map(({ origin: _o, ...s }) => s as Source));
}

/**
 * OPML import: every feed outline not registered yet (by URL) becomes an admin source. Feeds are not fetched here
 * (a large import would take minutes); a bad one shows as failing after its first poll. Defaults for fields OPML
 * does not carry come from the query (?language=es&country=PE&scale=national).
 */
export async function importOpml(req: Request, redis: Redis, params: URLSearchParams) {
  const defaults: OpmlDefaults = {
    language: params.get('language') ?? 'es',
    country: params.get('country') ?? 'PE',
    scale: (params.get('scale') ?? 'national') as OpmlDefaults['scale'],
  };
  const feeds = await parseOpml((await readLimited(req, 1024 * 1024)).toString('utf8'));
  const current = await listRegistered(redis);
  const urls = new Set(current.map((s) => s.url));
  const taken = new Set(current.map((s) => s.id));
  const fresh = feeds.filter((f) => !urls.has(f.xmlUrl));
  const added: string[] = [];
  const errors: { name: string; error: string }[] = [];
  for (const input of sourcesFromOpml(fresh, defaults, taken)) {
    try {
      const s = validateSource(input);
      await putSource(redis, s, 'added');
      added.push(s.id);
    } catch (e) {
      errors.push({ name: String((input as { name?: unknown }).name), error: (e as Error).message });
    }
  }
  return { body: { added, skipped: feeds.length - fresh.length, errors } };
}
