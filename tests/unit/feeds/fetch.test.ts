import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { FeedError, fetchFeed } from '../../../lib/feeds';
import { fetchWithRule, refusePrivate, type AddressRule } from '../../../lib/feeds/fetch';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

interface TestServer {
  url: string;
  port: number;
  hits: http.IncomingMessage[];
  close(): Promise<void>;
}

const servers: TestServer[] = [];

async function serve(handler: Handler, host = '127.0.0.1'): Promise<TestServer> {
  const hits: http.IncomingMessage[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((req, res) => {
    hits.push(req);
    handler(req, res);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const port = (server.address() as AddressInfo).port;
  const t: TestServer = {
    url: `http://${host}:${port}/`,
    port,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
  servers.push(t);
  return t;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>';

async function failure(p: Promise<unknown>): Promise<FeedError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(FeedError);
    return e as FeedError;
  }
  throw new Error('expected the fetch to fail');
}

const local = { allowPrivate: true } as const;

describe('fetchFeed: conditional GET', () => {
  it('returns the body, ETag and Last-Modified, then 304 when the server sees them again', async () => {
    const etag = '"v1"';
    const lastModified = 'Wed, 01 Jan 2025 00:00:00 GMT';
    const s = await serve((req, res) => {
      if (req.headers['if-none-match'] === etag || req.headers['if-modified-since'] === lastModified) {
        res.writeHead(304).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag, 'last-modified': lastModified });
      res.end(RSS);
    });

    const first = await fetchFeed(s.url, local);
    expect(first.kind).toBe('ok');
    if (first.kind !== 'ok') return;
    expect(first.status).toBe(200);
    expect(first.body.toString()).toBe(RSS);
    expect(first.contentType).toBe('application/rss+xml; charset=utf-8');
    expect(first.etag).toBe(etag);
    expect(first.lastModified).toBe(lastModified);
    expect(first.finalUrl).toBe(s.url);
    expect(s.hits[0]!.headers['if-none-match']).toBeUndefined();

    const byEtag = await fetchFeed(s.url, { ...local, etag: first.etag });
    expect(byEtag).toMatchObject({ kind: 'not-modified', status: 304, finalUrl: s.url });
    expect(s.hits[1]!.headers['if-none-match']).toBe(etag);

    const byDate = await fetchFeed(s.url, { ...local, lastModified: first.lastModified });
    expect(byDate.kind).toBe('not-modified');
    expect(s.hits[2]!.headers['if-modified-since']).toBe(lastModified);
  });

  it('sends a User-Agent, Accept and Accept-Encoding, and the caller headers', async () => {
    const s = await serve((_req, res) => res.end(RSS));
    await fetchFeed(s.url, { ...local, userAgent: 'test-agent/1', headers: { 'X-Extra': 'yes' } });
    const h = s.hits[0]!.headers;
    expect(h['user-agent']).toBe('test-agent/1');
    expect(h['accept']).toContain('application/rss+xml');
    expect(h['accept-encoding']).toBe('gzip, deflate, br');
    expect(h['x-extra']).toBe('yes');
  });
});

describe('fetchFeed: errors', () => {
  it('turns a non-2xx status into an http error naming the status and URL', async () => {
    const s = await serve((_req, res) => res.writeHead(500).end('boom'));
    const e = await failure(fetchFeed(s.url, local));
    expect(e.code).toBe('http');
    expect(e.status).toBe(500);
    expect(e.message).toBe(`HTTP 500 from ${s.url}`);

    const s404 = await serve((_req, res) => res.writeHead(404).end());
    expect((await failure(fetchFeed(s404.url + 'missing.xml', local))).message).toBe(`HTTP 404 from ${s404.url}missing.xml`);
  });

  it('refuses URLs that are not http(s)', async () => {
    expect((await failure(fetchFeed('ftp://example.com/feed.xml'))).code).toBe('invalid-url');
    expect((await failure(fetchFeed('file:///etc/passwd'))).code).toBe('invalid-url');
    expect((await failure(fetchFeed('not a url'))).code).toBe('invalid-url');
  });

  it('reports a refused connection as a network error', async () => {
    const s = await serve((_req, res) => res.end());
    const port = s.port;
    await s.close();
    const e = await failure(fetchFeed(`http://127.0.0.1:${port}/`, local));
    expect(e.code).toBe('network');
    expect(e.message).toContain('connection refused');
  });
});

describe('fetchFeed: timeout', () => {
  it('aborts a server that never answers within the budget and closes the socket', async () => {
    let socketClosed!: Promise<void>;
    const s = await serve((req) => {
      socketClosed = new Promise((resolve) => req.socket.once('close', () => resolve()));
    });
    const started = Date.now();
    const e = await failure(fetchFeed(s.url, { ...local, timeoutMs: 300 }));
    expect(e.code).toBe('timeout');
    expect(e.message).toBe(`timed out after 300 ms fetching ${s.url}`);
    expect(Date.now() - started).toBeLessThan(3_000);
    await socketClosed; // the server sees the connection go away: the request was really aborted
  });

  it('covers the body too: a server that sends headers and then stalls is cut off', async () => {
    let socketClosed!: Promise<void>;
    const s = await serve((req, res) => {
      socketClosed = new Promise((resolve) => req.socket.once('close', () => resolve()));
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.write('<rss version="2.0"><channel>'); // and never ends
    });
    const e = await failure(fetchFeed(s.url, { ...local, timeoutMs: 300 }));
    expect(e.code).toBe('timeout');
    await socketClosed;
  });
});

describe('fetchFeed: byte cap', () => {
  const cap = 64 * 1024;

  it('refuses a declared Content-Length above the cap without reading the body', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-length': String(cap + 1) });
      res.end(Buffer.alloc(cap + 1, 0x20));
    });
    const e = await failure(fetchFeed(s.url, { ...local, maxBytes: cap }));
    expect(e.code).toBe('too-large');
    expect(e.message).toBe(`response from ${s.url} is larger than ${cap} bytes`);
  });

  it('counts bytes while streaming when there is no Content-Length', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/xml' }); // chunked
      for (let i = 0; i < 10; i++) res.write(Buffer.alloc(16 * 1024, 0x20));
      res.end();
    });
    expect((await failure(fetchFeed(s.url, { ...local, maxBytes: cap }))).code).toBe('too-large');
    const ok = await fetchFeed(s.url, { ...local, maxBytes: 10 * 16 * 1024 });
    expect(ok.kind === 'ok' && ok.body.length).toBe(10 * 16 * 1024);
  });

  it('refuses a gzip bomb by its decompressed size', async () => {
    const bomb = zlib.gzipSync(Buffer.alloc(16 * 1024 * 1024)); // 16 MiB of zeros in ~16 KB
    expect(bomb.length).toBeLessThan(cap);
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip', 'content-length': String(bomb.length) });
      res.end(bomb);
    });
    const e = await failure(fetchFeed(s.url, { ...local, maxBytes: cap }));
    expect(e.code).toBe('too-large');
    expect(e.message).toContain('once decompressed');
  });

  it('decompresses gzip, deflate (zlib and raw) and brotli bodies', async () => {
    const encoders: Record<string, (b: Buffer) => Buffer> = {
      gzip: zlib.gzipSync,
      deflate: zlib.deflateSync,
      'raw-deflate': zlib.deflateRawSync,
      br: zlib.brotliCompressSync,
    };
    const s = await serve((req, res) => {
      const name = req.url!.slice(1);
      res.writeHead(200, { 'content-encoding': name === 'raw-deflate' ? 'deflate' : name });
      res.end(encoders[name]!(Buffer.from(RSS)));
    });
    for (const name of Object.keys(encoders)) {
      const r = await fetchFeed(s.url + name, local);
      expect(r.kind === 'ok' && r.body.toString(), name).toBe(RSS);
    }
  });

  it('reports a corrupt compressed body as a decode error', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip' });
      res.end(Buffer.from('this is not gzip at all'));
    });
    expect((await failure(fetchFeed(s.url, local))).code).toBe('decode');
  });
});

describe('fetchFeed: redirects', () => {
  it('follows redirects up to maxRedirects and reports the final URL', async () => {
    const s = await serve((req, res) => {
      const n = Number(req.url!.slice(1) || '0');
      if (n < 3) res.writeHead(n % 2 ? 302 : 301, { location: `/${n + 1}` }).end();
      else res.writeHead(200).end(RSS);
    });
    const r = await fetchFeed(s.url, local);
    expect(r.kind === 'ok' && r.finalUrl).toBe(`${s.url}3`);
    expect(s.hits).toHaveLength(4);

    const e = await failure(fetchFeed(s.url, { ...local, maxRedirects: 2 }));
    expect(e.code).toBe('http');
    expect(e.message).toContain('too many redirects');
  });

  it('refuses a redirect to a non-http scheme', async () => {
    const s = await serve((_req, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end());
    expect((await failure(fetchFeed(s.url, local))).code).toBe('invalid-url');
  });

  it('drops credentials when a redirect leaves the origin', async () => {
    const target = await serve((_req, res) => res.end(RSS));
    const s = await serve((_req, res) => res.writeHead(302, { location: `http://localhost:${target.port}/` }).end());
    await fetchFeed(s.url, { ...local, headers: { Authorization: 'Bearer secret', 'X-Keep': '1' } });
    expect(s.hits[0]!.headers['authorization']).toBe('Bearer secret');
    expect(target.hits[0]!.headers['authorization']).toBeUndefined();
    expect(target.hits[0]!.headers['x-keep']).toBe('1');
  });
});

describe('fetchFeed: SSRF guard', () => {
  it('refuses a loopback IP literal unless allowPrivate, before connecting', async () => {
    const s = await serve((_req, res) => res.end(RSS));
    const e = await failure(fetchFeed(s.url));
    expect(e.code).toBe('blocked-address');
    expect(e.message).toBe(
      'refused: 127.0.0.1 is a loopback address (set VIGIA_ALLOW_PRIVATE_SOURCES=true or mark the source private)',
    );
    expect(s.hits).toHaveLength(0);
    expect((await fetchFeed(s.url, { allowPrivate: true })).kind).toBe('ok');
  });

  it('checks a host name on the address it resolves to, at connect time', async () => {
    const s = await serve((_req, res) => res.end(RSS));
    const e = await failure(fetchFeed(`http://localhost:${s.port}/`));
    expect(e.code).toBe('blocked-address');
    expect(e.message).toMatch(/^refused: localhost resolves to loopback address (127\.0\.0\.1|::1) \(set VIGIA_ALLOW_PRIVATE_SOURCES=true/);
    expect(s.hits).toHaveLength(0);
  });

  it('refuses IPv4-mapped IPv6, unspecified and link-local (cloud metadata) literals', async () => {
    for (const url of ['http://[::ffff:127.0.0.1]/', 'http://0.0.0.0/', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]/', 'http://10.1.2.3/']) {
      expect((await failure(fetchFeed(url, { timeoutMs: 2_000 }))).code, url).toBe('blocked-address');
    }
  });

  it('checks again after every redirect: an allowed first hop cannot lead to a private address', async () => {
    const inner = await serve((_req, res) => res.end(RSS));
    const outer = await serve((_req, res) => res.writeHead(302, { location: `http://localhost:${inner.port}/` }).end());
    // This rule stands in for a public first hop: only the literal 127.0.0.1 is allowed, the rest is the real rule.
    const firstHopOnly: AddressRule = (host, address) => (host === '127.0.0.1' ? null : refusePrivate(host, address));

    const e = await failure(fetchWithRule(outer.url, {}, firstHopOnly));
    expect(e.code).toBe('blocked-address');
    expect(e.message).toContain('refused: localhost resolves to loopback address');
    expect(outer.hits).toHaveLength(1);
    expect(inner.hits).toHaveLength(0);

    const allowed = await fetchFeed(outer.url, { allowPrivate: true });
    expect(allowed.kind === 'ok' && allowed.finalUrl).toBe(`http://localhost:${inner.port}/`);
    expect(inner.hits).toHaveLength(1);
  });
});
