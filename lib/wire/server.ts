import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomInt } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { OutletScale } from '../types';
import { WIRE_ITEMS, type WireItem } from './items';
import { OUTLETS, type Outlet } from './outlets';
import { renderAtom, renderItemPage, renderRss, type ReleasedItem } from './render';
import { demoSourcesYaml } from './sources';

export interface WireFeed {
  id: string;
  name: string;
  url: string;
  language: 'es' | 'en';
  country: string;
  scale: OutletScale;
  format: 'rss' | 'atom';
}

export interface Wire {
  url: string;
  port: number;
  feeds: WireFeed[];
  /** How many items have been released since start, backlog included. */
  released(): number;
  /** Releases the next item now, without changing the timer's schedule. */
  releaseNext(): void;
  close(): Promise<void>;
}

export interface WireOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** Release rate multiplier: 1 = one item every 3 s on average across all feeds. */
  speed?: number;
  /** Makes guids and the timing jitter reproducible. */
  seed?: number;
  /** Index in the corpus of the first item released. */
  startIndex?: number;
  /** Items already published when the wire starts, dated in the recent past (one mean interval apart, at most a minute). */
  backlog?: number;
  /** Replaces the bundled corpus (tests). Every outlet must be one of OUTLETS. */
  items?: readonly WireItem[];
  /** Called after each release (the CLI prints a line). */
  onRelease?: (item: ReleasedItem) => void;
}

export const DEFAULT_WIRE_PORT = 4100;
export const BASE_INTERVAL_MS = 3000;
export const MAX_SPEED = 1000;
export const DEFAULT_BACKLOG = 6;
/** Backlog items are spaced one mean interval apart, but never more than this, so they stay recent at low speeds. */
const BACKLOG_MAX_STEP_MS = 60_000;
/** Items per feed document. */
export const FEED_WINDOW = 50;
/** Released items whose pages stay available; older ones answer 404. */
const PAGE_WINDOW = 5000;

interface FeedState {
  outlet: Outlet;
  feed: WireFeed;
  items: ReleasedItem[]; // newest first, at most FEED_WINDOW
  version: number;
  updated: Date;
}

/** mulberry32: a small seeded PRNG, enough for timing jitter. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function checkOptions(o: WireOptions): void {
  const int = (v: number | undefined, name: string, min: number, max: number) => {
    if (v !== undefined && (!Number.isInteger(v) || v < min || v > max)) {
      throw new RangeError(`wire: ${name} must be an integer from ${min} to ${max}, got ${v}`);
    }
  };
  int(o.port, 'port', 0, 65535);
  int(o.startIndex, 'startIndex', 0, Number.MAX_SAFE_INTEGER);
  int(o.backlog, 'backlog', 0, 10_000);
  if (o.seed !== undefined && !Number.isFinite(o.seed)) throw new RangeError('wire: seed must be a finite number');
  if (o.speed !== undefined && !(Number.isFinite(o.speed) && o.speed > 0 && o.speed <= MAX_SPEED)) {
    throw new RangeError(`wire: speed must be a number above 0 and at most ${MAX_SPEED}, got ${o.speed}`);
  }
  if (o.items) {
    if (o.items.length === 0) throw new RangeError('wire: items must not be empty');
    const keys = new Set<string>();
    for (const it of o.items) {
      if (!/^[A-Za-z0-9_-]{1,64}$/.test(it.key)) throw new RangeError(`wire: item key "${it.key}" must match [A-Za-z0-9_-]{1,64}`);
      if (keys.has(it.key)) throw new RangeError(`wire: duplicate item key "${it.key}"`);
      keys.add(it.key);
      if (!OUTLETS.some((x) => x.id === it.outlet)) throw new RangeError(`wire: item ${it.key} names unknown outlet "${it.outlet}"`);
      if (!it.title.trim()) throw new RangeError(`wire: item ${it.key} has an empty title`);
    }
  }
}

/** Host as written in URLs: wildcard binds are reached through loopback, IPv6 gets brackets. */
function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

/** HTTP dates have one-second resolution. */
function wholeSeconds(d: Date): number {
  return Math.floor(d.getTime() / 1000) * 1000;
}

function etagMatches(header: string, etag: string): boolean {
  const strip = (t: string) => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => t.trim() === '*' || strip(t) === strip(etag));
}

/** Starts the demo news wire: an HTTP server with one RSS or Atom feed per demo outlet, releasing items over time. */
export async function startWire(opts: WireOptions = {}): Promise<Wire> {
  checkOptions(opts);
  const host = opts.host ?? '127.0.0.1';
  const speed = opts.speed ?? 1;
  const corpus = opts.items ?? WIRE_ITEMS;
  const seed = opts.seed ?? randomInt(2 ** 31);
  const random = prng(seed);
  const startIndex = (opts.startIndex ?? 0) % corpus.length;
  const backlog = opts.backlog ?? DEFAULT_BACKLOG;
  const meanMs = BASE_INTERVAL_MS / speed;
  // A run id in every guid: a restarted wire must not repeat guids a worker has already stored.
  const runId = opts.seed !== undefined ? `s${(opts.seed >>> 0).toString(36)}` : `r${Date.now().toString(36)}${seed.toString(36)}`;
  const startedAt = new Date();

  let baseUrl = '';
  const states = new Map<string, FeedState>();
  const pages = new Map<string, ReleasedItem>();
  let count = 0;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  function release(at: Date): void {
    const abs = startIndex + count;
    const src = corpus[abs % corpus.length]!;
    const cycle = Math.floor(abs / corpus.length);
    const state = states.get(src.outlet)!;
    const guid = `${runId}-c${cycle}-${src.key}`;
    const item: ReleasedItem = {
      guid,
      key: src.key,
      outlet: state.outlet,
      title: src.title,
      summary: src.summary,
      link: `${baseUrl}/item/${guid}`,
      published: at,
      cycle,
    };
    count++;
    state.items.unshift(item);
    if (state.items.length > FEED_WINDOW) state.items.length = FEED_WINDOW;
    state.version++;
    state.updated = at;
    pages.set(guid, item);
    if (pages.size > PAGE_WINDOW) pages.delete(pages.keys().next().value!);
    opts.onRelease?.(item);
  }

  function schedule(): void {
    if (closed) return;
    // Uniform in [0.5, 1.5) x the mean, so the pace looks like a newsroom and not a metronome.
    const delay = meanMs * (0.5 + random());
    timer = setTimeout(() => {
      release(new Date());
      schedule();
    }, delay);
    timer.unref();
  }

  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (e) {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`internal error: ${(e as Error).message}\n`);
    }
  });

  function send(res: ServerResponse, req: IncomingMessage, status: number, type: string, body: string, extra: Record<string, string> = {}): void {
    res.writeHead(status, {
      'Content-Type': type,
      'Content-Length': String(Buffer.byteLength(body)),
      'Cache-Control': 'no-cache',
      'X-Vigia-Demo': '1',
      ...extra,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, req, 405, 'text/plain; charset=utf-8', 'only GET and HEAD are served\n', { Allow: 'GET, HEAD' });
      return;
    }
    const path = new URL(req.url ?? '/', 'http://wire.invalid').pathname;
    if (path === '/') {
      const body = JSON.stringify(
        {
          name: 'Vigía demo wire',
          demo: true,
          note: 'Fictional outlets and items for demonstrations; not real news.',
          speed,
          meanIntervalSeconds: meanMs / 1000,
          released: count,
          sources: `${baseUrl}/sources.yml`,
          feeds: wire.feeds,
        },
        null,
        2,
      );
      send(res, req, 200, 'application/json; charset=utf-8', body + '\n');
      return;
    }
    if (path === '/sources.yml') {
      send(res, req, 200, 'application/yaml; charset=utf-8', demoSourcesYaml(wire));
      return;
    }
    const feedMatch = /^\/feeds\/([A-Za-z0-9_-]+)\.xml$/.exec(path);
    const state = feedMatch ? states.get(feedMatch[1]!) : undefined;
    if (state) {
      serveFeed(req, res, state);
      return;
    }
    const itemMatch = /^\/item\/([A-Za-z0-9_-]+)$/.exec(path);
    const item = itemMatch ? pages.get(itemMatch[1]!) : undefined;
    if (item) {
      send(res, req, 200, 'text/html; charset=utf-8', renderItemPage(item, baseUrl));
      return;
    }
    send(res, req, 404, 'text/plain; charset=utf-8', `not found: ${path}\nthe feeds are listed at ${baseUrl}/\n`);
  }

  function serveFeed(req: IncomingMessage, res: ServerResponse, s: FeedState): void {
    const etag = `"${runId}.${s.outlet.id}.${s.version}"`;
    const lastModified = new Date(wholeSeconds(s.updated)).toUTCString();
    const validators = { ETag: etag, 'Last-Modified': lastModified };
    const inm = req.headers['if-none-match'];
    const ims = req.headers['if-modified-since'];
    // RFC 9110 13.2.2: If-None-Match, when present, decides; If-Modified-Since only without it.
    const notModified =
      inm !== undefined ? etagMatches(inm, etag) : ims !== undefined && !Number.isNaN(Date.parse(ims)) && wholeSeconds(s.updated) <= Date.parse(ims);
    if (notModified) {
      res.writeHead(304, { ...validators, 'Cache-Control': 'no-cache', 'X-Vigia-Demo': '1' });
      res.end();
      return;
    }
    const ctx = { baseUrl, feedUrl: s.feed.url, updated: s.updated };
    const atom = s.outlet.format === 'atom';
    const body = atom ? renderAtom(s.outlet, s.items, ctx) : renderRss(s.outlet, s.items, ctx);
    send(res, req, 200, `${atom ? 'application/atom+xml' : 'application/rss+xml'}; charset=utf-8`, body, validators);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  baseUrl = `http://${urlHost(host)}:${port}`;

  const feeds: WireFeed[] = [];
  for (const outlet of OUTLETS) {
    const feed: WireFeed = {
      id: outlet.id,
      name: outlet.name,
      url: `${baseUrl}/feeds/${outlet.id}.xml`,
      language: outlet.language,
      country: outlet.country,
      scale: outlet.scale,
      format: outlet.format,
    };
    feeds.push(feed);
    states.set(outlet.id, { outlet, feed, items: [], version: 0, updated: startedAt });
  }

  const wire: Wire = {
    url: baseUrl,
    port,
    feeds,
    released: () => count,
    releaseNext: () => {
      if (closed) throw new Error('wire: closed');
      release(new Date());
    },
    close: async () => {
      if (closed) return;
      closed = true;
      clearTimeout(timer);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };

  const now = startedAt.getTime();
  const backlogStep = Math.min(meanMs, BACKLOG_MAX_STEP_MS);
  for (let k = 0; k < backlog; k++) release(new Date(now - (backlog - k) * backlogStep));
  schedule();
  return wire;
}
