import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';

export interface FeedEntry {
  guid: string;
  title: string;
  summary?: string;
  published?: Date;
}

/**
 * A real HTTP feed server for tests: RSS feeds whose items the test controls. Feeds named in `conditional` answer
 * If-None-Match with 304; the others always answer 200 with the whole feed.
 */
export class FeedServer {
  readonly feeds = new Map<string, FeedEntry[]>();
  readonly requests: { path: string; headers: IncomingHttpHeaders; status: number }[] = [];
  private server: Server;
  url = '';

  constructor(private readonly conditional = new Set<string>()) {
    this.server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0]!;
      const items = this.feeds.get(path);
      if (!items) {
        res.writeHead(404).end();
        this.requests.push({ path, headers: req.headers, status: 404 });
        return;
      }
      const body = rss(path, items);
      const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
      if (this.conditional.has(path) && req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag }).end();
        this.requests.push({ path, headers: req.headers, status: 304 });
        return;
      }
      const headers: Record<string, string> = { 'content-type': 'application/rss+xml; charset=utf-8' };
      if (this.conditional.has(path)) headers.etag = etag;
      res.writeHead(200, headers).end(body);
      this.requests.push({ path, headers: req.headers, status: 200 });
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', () => r()));
    const a = this.server.address();
    this.url = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
    return this;
  }

  publish(path: string, entry: FeedEntry): void {
    const list = this.feeds.get(path) ?? [];
    list.unshift({ ...entry, published: entry.published ?? new Date() });
    this.feeds.set(path, list);
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((r) => this.server.close(() => r()));
  }
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function rss(path: string, items: FeedEntry[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test feed ${esc(path)}</title><link>http://127.0.0.1/</link><description>t</description>
${items
  .map(
    (i) => `<item><guid isPermaLink="false">${esc(i.guid)}</guid><title>${esc(i.title)}</title><link>http://127.0.0.1/${esc(i.guid)}</link>
<description>${esc(i.summary ?? '')}</description><pubDate>${i.published!.toUTCString()}</pubDate></item>`,
  )
  .join('\n')}
</channel></rss>`;
}
