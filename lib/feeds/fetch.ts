// Hardened HTTP GET for feeds: conditional requests, one deadline for the whole exchange, a byte cap on the
// decompressed body, manual redirects, and an address check made on the address actually connected to.
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { blockedKind, PRIVATE_HINT } from './address';
import { FeedError } from './errors';

export { FeedError } from './errors';

export interface FetchOptions {
  etag?: string | null;
  lastModified?: string | null;
  timeoutMs?: number;
  maxBytes?: number;
  allowPrivate?: boolean;
  userAgent?: string;
  headers?: Record<string, string>;
  maxRedirects?: number;
}

export type FetchResult =
  | { kind: 'not-modified'; status: 304; finalUrl: string; headers: Record<string, string> }
  | {
      kind: 'ok';
      status: number;
      body: Buffer;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
      finalUrl: string;
      headers: Record<string, string>;
    };

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;
export const DEFAULT_USER_AGENT = 'Vigia/0.1 (news feed monitor)';

const ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Headers that must not follow a redirect to another origin. */
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];

/** Decides whether one resolved address may be connected to: null to allow, else the refusal message. */
export type AddressRule = (host: string, address: string) => string | null;

export const refusePrivate: AddressRule = (host, address) => {
  const kind = blockedKind(address);
  if (!kind) return null;
  const bare = host.replace(/^\[|\]$/g, '');
  return bare === address
    ? `refused: ${address} is a ${kind} address (${PRIVATE_HINT})`
    : `refused: ${bare} resolves to ${kind} address ${address} (${PRIVATE_HINT})`;
};

const allowAll: AddressRule = () => null;

export function fetchFeed(url: string, opts: FetchOptions = {}): Promise<FetchResult> {
  return fetchWithRule(url, opts, opts.allowPrivate ? allowAll : refusePrivate);
}

/** fetchFeed with an explicit address rule (fetchFeed picks it from allowPrivate; tests pass their own). */
export async function fetchWithRule(url: string, opts: FetchOptions, rule: AddressRule): Promise<FetchResult> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  let current = toHttpUrl(url);
  const origin = current.origin;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    for (let hop = 0; ; hop++) {
      const headers = requestHeaders(opts, current.origin !== origin);
      const res = await requestOnce(current, headers, rule, controller.signal);
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (REDIRECTS.has(status) && location) {
        res.destroy();
        if (hop >= maxRedirects) {
          throw new FeedError('http', `too many redirects (more than ${maxRedirects}) starting at ${url}`);
        }
        current = toHttpUrl(location, current.href);
        continue;
      }
      if (status === 304) {
        res.destroy();
        return { kind: 'not-modified', status: 304, finalUrl: current.href, headers: flattenHeaders(res.headers) };
      }
      if (status < 200 || status > 299) {
        res.destroy();
        throw new FeedError('http', `HTTP ${status} from ${current.href}`, { status, headers: flattenHeaders(res.headers) });
      }
      const body = await readBody(res, current.href, maxBytes, controller.signal);
      const flat = flattenHeaders(res.headers);
      return {
        kind: 'ok',
        status,
        body,
        contentType: flat['content-type'] ?? null,
        etag: flat['etag'] ?? null,
        lastModified: flat['last-modified'] ?? null,
        finalUrl: current.href,
        headers: flat,
      };
    }
  } catch (e) {
    if (controller.signal.aborted && !(e instanceof FeedError)) {
      throw new FeedError('timeout', `timed out after ${timeoutMs} ms fetching ${url}`, { cause: e });
    }
    throw toFeedError(e, current);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A form POST under the same address rule and deadline as feed fetches (WebSub subscription requests to a hub).
 * No redirects are followed; the response body is read up to 64 KiB, for the error message.
 */
export async function postForm(
  url: string,
  form: Record<string, string>,
  opts: Pick<FetchOptions, 'allowPrivate' | 'timeoutMs' | 'userAgent'> = {},
): Promise<{ status: number; body: string }> {
  const target = toHttpUrl(url);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const body = new URLSearchParams(form).toString();
  try {
    const res = await requestOnce(
      target,
      { 'user-agent': opts.userAgent ?? DEFAULT_USER_AGENT, 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(Buffer.byteLength(body)) },
      opts.allowPrivate ? allowAll : refusePrivate,
      controller.signal,
      body,
    );
    let text = '';
    try {
      text = (await readBody(res, target.href, 64 * 1024, controller.signal)).toString('utf8');
    } catch {
      // a body too large or cut short does not change the status
    }
    return { status: res.statusCode ?? 0, body: text };
  } catch (e) {
    if (controller.signal.aborted && !(e instanceof FeedError)) throw new FeedError('timeout', `timed out posting to ${url}`, { cause: e });
    throw toFeedError(e, target);
  } finally {
    clearTimeout(timer);
  }
}

function toHttpUrl(raw: string, base?: string): URL {
  let u: URL;
  try {
    u = new URL(raw, base);
  } catch {
    throw new FeedError('invalid-url', `not a valid URL: ${raw}`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new FeedError('invalid-url', `only http and https URLs can be fetched, not ${u.protocol} (${u.href})`);
  }
  return u;
}

function requestHeaders(opts: FetchOptions, crossOrigin: boolean): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': opts.userAgent ?? DEFAULT_USER_AGENT,
    accept: ACCEPT,
    'accept-encoding': 'gzip, deflate, br',
  };
  for (const [k, v] of Object.entries(opts.headers ?? {})) headers[k.toLowerCase()] = v;
  if (opts.etag) headers['if-none-match'] = opts.etag;
  if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
  if (crossOrigin) for (const h of CREDENTIAL_HEADERS) delete headers[h];
  return headers;
}

function requestOnce(
  url: URL,
  headers: Record<string, string>,
  rule: AddressRule,
  signal: AbortSignal,
  body?: string,
): Promise<http.IncomingMessage> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // Node connects to IP literals without a lookup, so those are checked here; names are checked in lookup.
  if (isIP(host)) {
    const refusal = rule(host, host);
    if (refusal) return Promise.reject(new FeedError('blocked-address', refusal));
  }
  const lookup: LookupFunction = (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '');
      for (const a of addresses) {
        const refusal = rule(hostname, a.address);
        if (refusal) return callback(new FeedError('blocked-address', refusal), '');
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(new FeedError('network', `${hostname} has no address`), '');
      callback(null, first.address, first.family);
    });
  };
  const mod = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    // agent: false gives every request its own connection, so a socket opened under one rule is never reused.
    const req = mod.request(url, { method: body === undefined ? 'GET' : 'POST', headers, agent: false, lookup, signal }, resolve);
    req.on('error', reject);
    req.end(body);
  });
}

async function readBody(res: http.IncomingMessage, url: string, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
  const encoding = String(res.headers['content-encoding'] ?? '').trim().toLowerCase() || 'identity';
  const declared = Number(res.headers['content-length']);
  const tooLarge = () =>
    new FeedError(
      'too-large',
      `response from ${url} is larger than ${maxBytes} bytes${encoding === 'identity' ? '' : ' once decompressed'}`,
    );
  if (encoding === 'identity' && Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let total = 0;
  // pipeline reports the streams' AbortError rather than the sink's own error, so the sink keeps its own.
  let refused: FeedError | null = null;
  const sink = async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) {
      total += chunk.length;
      if (total > maxBytes) throw (refused = tooLarge());
      chunks.push(chunk);
    }
  };
  const decoder = decompressor(encoding, url);
  try {
    if (decoder) await pipeline(res, decoder, sink, { signal });
    else await pipeline(res, sink, { signal });
  } catch (e) {
    res.destroy();
    if (refused) throw refused;
    const code = (e as NodeJS.ErrnoException).code;
    if (!(e instanceof FeedError) && typeof code === 'string' && code.startsWith('Z_')) {
      throw new FeedError('decode', `cannot decompress the ${encoding} body from ${url}: ${(e as Error).message}`);
    }
    throw e;
  }
  return Buffer.concat(chunks, total);
}

function decompressor(encoding: string, url: string): Transform | null {
  switch (encoding) {
    case 'identity':
      return null;
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      return new AutoInflate();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      throw new FeedError('decode', `unsupported Content-Encoding "${encoding}" from ${url}`);
  }
}

/** HTTP "deflate" is meant to be zlib-wrapped, but some servers send raw deflate: look at the first bytes. */
class AutoInflate extends Transform {
  private inner: zlib.Inflate | zlib.InflateRaw | null = null;

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    if (!this.inner) {
      const b0 = chunk[0] ?? 0;
      const b1 = chunk[1] ?? 0;
      const zlibHeader = (b0 & 0x0f) === 8 && ((b0 << 8) | b1) % 31 === 0;
      const inner = zlibHeader ? zlib.createInflate() : zlib.createInflateRaw();
      inner.on('data', (d: Buffer) => this.push(d));
      inner.on('error', (e) => this.destroy(e));
      this.inner = inner;
    }
    this.inner.write(chunk, () => done());
  }

  override _flush(done: TransformCallback): void {
    if (!this.inner) return done();
    this.inner.once('end', () => done());
    this.inner.end();
  }

  override _destroy(err: Error | null, done: (error: Error | null) => void): void {
    this.inner?.destroy();
    done(err);
  }
}

function flattenHeaders(h: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

function toFeedError(e: unknown, url: URL): FeedError {
  if (e instanceof FeedError) return e;
  const err = e as NodeJS.ErrnoException;
  const code = err.code ?? '';
  const host = url.host;
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NONAME':
      return new FeedError('network', `cannot resolve host ${url.hostname} (${code})`, { cause: e });
    case 'ECONNREFUSED':
      return new FeedError('network', `connection refused by ${host}`, { cause: e });
    case 'ECONNRESET':
      return new FeedError('network', `connection reset by ${host}`, { cause: e });
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new FeedError('network', `${host} is unreachable (${code})`, { cause: e });
    case 'ERR_INVALID_CHAR':
    case 'ERR_INVALID_HTTP_TOKEN':
      return new FeedError('invalid-url', `invalid request header for ${url.href}: ${err.message}`, { cause: e });
  }
  if (code.startsWith('ERR_TLS') || code.includes('CERT') || code.startsWith('ERR_SSL')) {
    return new FeedError('network', `TLS error from ${host}: ${err.message}`, { cause: e });
  }
  return new FeedError('network', `network error fetching ${url.href}: ${err.message ?? String(e)}`, { cause: e });
}
