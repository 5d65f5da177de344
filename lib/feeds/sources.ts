// Admin-side source handling: validation with the sources-file schema, the feed check with a preview, OPML entries.
import { sourceSchema, type Source } from '../config/sources';
import type { Item } from '../types';
import { FeedError } from './errors';
import type { OpmlFeed } from './opml';
import { readFeed } from './index';

export class SourceInputError extends Error {
  override name = 'SourceInputError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`field "${field}": ${message}`);
  }
}

/** A whole source, validated with the schema of config/sources.yml; the error names the field. */
export function validateSource(input: unknown): Source {
  const r = sourceSchema.safeParse(input);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new SourceInputError(issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '(body)'), issue.message);
  }
  return r.data;
}

/** An edit: the fields given over the current source (the id stays). */
export function applyEdit(current: Source, patch: unknown): Source {
  if (!patch || typeof patch !== 'object' || Array.isArray(patch)) throw new SourceInputError('(body)', 'expected a JSON object of fields');
  if ('id' in patch && (patch as { id: unknown }).id !== current.id) throw new SourceInputError('id', 'the id of a source cannot change');
  return validateSource({ ...current, ...patch });
}

export const PREVIEW_ITEMS = 5;

/** Fetches and parses the feed under the SSRF rule: its first items, or a FeedError saying what is wrong. */
export async function checkFeed(
  source: Source,
  opts: { allowPrivate: boolean; timeoutMs: number; maxBytes: number },
): Promise<{ title: string | null; items: Item[]; hub: string | null }> {
  const res = await readFeed(source.url, {
    sourceId: source.id,
    lang: source.language,
    allowPrivate: opts.allowPrivate || source.private,
    timeoutMs: opts.timeoutMs,
    maxBytes: opts.maxBytes,
  });
  if (res.kind === 'not-modified') throw new FeedError('http', `${source.url} answered 304 to an unconditional request`);
  if (res.feed.items.length === 0) throw new FeedError('parse', `${source.url} parsed as a feed but has no items`);
  return { title: res.feed.title, items: res.feed.items.slice(0, PREVIEW_ITEMS), hub: res.feed.hub };
}

/** A readable id from a name: lower case ASCII letters, digits and "-". */
export function slugId(name: string, taken: Set<string>): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50) || 'feed';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

export interface OpmlDefaults {
  language: string;
  country: string;
  scale: Source['scale'];
}

/** OPML outlines as source inputs; `vigia:*` attributes (our export) win over the defaults. */
export function sourcesFromOpml(feeds: OpmlFeed[], defaults: OpmlDefaults, taken: Set<string>): unknown[] {
  return feeds.map((f) => {
    const a = f.attrs;
    const input: Record<string, unknown> = {
      id: a['vigia:id'] && !taken.has(a['vigia:id']) ? (taken.add(a['vigia:id']), a['vigia:id']) : slugId(f.title, taken),
      name: f.title,
      url: f.xmlUrl,
      language: (a.language ?? defaults.language).slice(0, 2).toLowerCase(),
      country: a['vigia:country'] ?? defaults.country,
      scale: a['vigia:scale'] ?? defaults.scale,
    };
    if (a['vigia:interval']) input.interval = Number(a['vigia:interval']);
    if (a['vigia:enabled']) input.enabled = a['vigia:enabled'] === 'true';
    if (a['vigia:private'] === 'true') input.private = true;
    if (a['vigia:demo'] === 'true') input.demo = true;
    return input;
  });
}
