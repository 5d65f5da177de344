// Everything between a URL and clean items: fetch -> decode -> parse (with sanitize inside parse).
import { createHash } from 'node:crypto';
import { decodeFeedBytes } from './decode';
import { fetchFeed, type FetchOptions } from './fetch';
import { parseFeedText, type ParsedFeed } from './parse';

export { blockedKind } from './address';
export { charsetFromContentType, decodeFeedBytes, type DecodedFeed } from './decode';
export { FeedError, type FeedErrorCode } from './errors';
export {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_REDIRECTS,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_USER_AGENT,
  fetchFeed,
  postForm,
  type FetchOptions,
  type FetchResult,
} from './fetch';
export { MAX_ITEMS, MAX_SUMMARY, MAX_TITLE, parseFeedText, type ParseContext, type ParsedFeed } from './parse';
export { safeLink, sanitizeHtml, toPlainText } from './sanitize';

export type ReadFeedResult =
  | { kind: 'not-modified'; headers: Record<string, string> }
  | {
      kind: 'ok';
      feed: ParsedFeed;
      etag: string | null;
      lastModified: string | null;
      status: number;
      finalUrl: string;
      charset: string;
      headers: Record<string, string>;
    };

/** One poll of one feed: conditional GET, decode, parse. Throws FeedError. */
export async function readFeed(
  url: string,
  opts: FetchOptions & { sourceId: string; lang?: string },
): Promise<ReadFeedResult> {
  const res = await fetchFeed(url, opts);
  if (res.kind === 'not-modified') return { kind: 'not-modified', headers: res.headers };
  const { text, charset } = decodeFeedBytes(res.body, res.contentType);
  const feed = await parseFeedText(text, {
    sourceId: opts.sourceId,
    fetched: new Date(),
    baseUrl: res.finalUrl,
    ...(opts.lang ? { lang: opts.lang } : {}),
  });
  return {
    kind: 'ok',
    feed,
    etag: res.etag,
    lastModified: res.lastModified,
    status: res.status,
    finalUrl: res.finalUrl,
    charset,
    headers: res.headers,
  };
}

/** The idempotency key of an item: 20 hex characters (80 bits) of sha256 over source and guid. */
export function itemKey(sourceId: string, guid: string): string {
  return createHash('sha256').update(sourceId).update('\u0000').update(guid).digest('hex').slice(0, 20);
}
