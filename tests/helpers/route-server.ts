// The web process without Next.js: server.ts's HTTP gate, the route handlers of the admin, auth, WebSub, metrics and
// alert routes called as Next would call them, and Socket.IO with the viewer check. For access, sources, WebSub and
// alert admin tests.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import pino from 'pino';
import { Server } from 'socket.io';
import * as alertRuleOne from '../../app/api/alert-rules/[name]/route';
import * as alertRules from '../../app/api/alert-rules/route';
import * as alertAck from '../../app/api/alerts/[id]/ack/route';
import * as alertList from '../../app/api/alerts/route';
import * as login from '../../app/api/auth/login/route';
import * as session from '../../app/api/auth/session/route';
import * as opml from '../../app/api/opml/route';
import * as push from '../../app/api/push/subscribe/route';
import * as sourceReset from '../../app/api/sources/[id]/reset/route';
import * as sourceOne from '../../app/api/sources/[id]/route';
import * as sources from '../../app/api/sources/route';
import * as silenceOne from '../../app/api/silences/[id]/route';
import * as silences from '../../app/api/silences/route';
import * as websub from '../../app/api/websub/[source]/route';
import * as metrics from '../../app/metrics/route';
import { createHttpGate } from '../../lib/auth/http';
import { config } from '../../lib/config/env';
import { attachRealtime } from '../../lib/realtime/server';
import { getStore } from '../../lib/store';

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
type RouteModule = Partial<Record<'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', Handler>>;

const ROUTES: [RegExp, string[], RouteModule][] = [
  [/^\/api\/sources$/, [], sources as unknown as unknown as RouteModule],
  [/^\/api\/sources\/([^/]+)\/reset$/, ['id'], sourceReset as unknown as unknown as RouteModule],
  [/^\/api\/sources\/([^/]+)$/, ['id'], sourceOne as unknown as unknown as RouteModule],
  [/^\/api\/opml$/, [], opml as unknown as unknown as RouteModule],
  [/^\/api\/auth\/login$/, [], login as unknown as unknown as RouteModule],
  [/^\/api\/auth\/session$/, [], session as unknown as unknown as RouteModule],
  [/^\/api\/websub\/([^/]+)$/, ['source'], websub as unknown as unknown as RouteModule],
  [/^\/metrics$/, [], metrics as unknown as unknown as RouteModule],
  [/^\/api\/alerts$/, [], alertList as unknown as RouteModule],
  [/^\/api\/alerts\/([^/]+)\/ack$/, ['id'], alertAck as unknown as RouteModule],
  [/^\/api\/silences$/, [], silences as unknown as RouteModule],
  [/^\/api\/silences\/([^/]+)$/, ['id'], silenceOne as unknown as RouteModule],
  [/^\/api\/alert-rules$/, [], alertRules as unknown as RouteModule],
  [/^\/api\/alert-rules\/([^/]+)$/, ['name'], alertRuleOne as unknown as RouteModule],
  [/^\/api\/push\/subscribe$/, [], push as unknown as RouteModule],
];

async function route(req: IncomingMessage, res: ServerResponse, base: string): Promise<void> {
  const url = new URL(req.url ?? '/', base);
  for (const [re, names, mod] of ROUTES) {
    const m = re.exec(url.pathname);
    if (!m) continue;
    const handler = mod[(req.method ?? 'GET') as keyof RouteModule];
    if (!handler) break;
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
    const request = new Request(url, { method: req.method, headers, ...(hasBody ? { body: req as unknown as BodyInit, duplex: 'half' } : {}) } as RequestInit);
    const params = Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)]));
    const response = await handler(request, { params: Promise.resolve(params) });
    response.headers.forEach((v, k) => {
      if (k !== 'set-cookie') res.setHeader(k, v);
    });
    const cookies = response.headers.getSetCookie();
    if (cookies.length) res.setHeader('set-cookie', cookies);
    res.writeHead(response.status);
    res.end(Buffer.from(await response.arrayBuffer()));
    return;
  }
  res.writeHead(req.method === 'GET' && url.pathname === '/' ? 200 : 404, { 'content-type': 'text/html' }).end('<!doctype html><p>page</p>');
}

export async function startRouteServer(port = 0): Promise<{ base: string; close(): Promise<void> }> {
  const c = config();
  const store = await getStore();
  const gate = createHttpGate(c, store.redis, { dev: false });
  let base = '';
  const http = createServer((req, res) => {
    gate(req, res)
      .then((go) => (go ? route(req, res, base) : undefined))
      .catch((err: Error) => {
        if (!res.headersSent) res.writeHead(500);
        res.end(err.stack);
      });
  });
  const io = new Server(http, { serveClient: false, cors: { origin: false } });
  const realtime = attachRealtime(io, store, store.redis.duplicate(), pino({ level: 'silent' }), { access: c });
  await new Promise<void>((r) => http.listen(port, '127.0.0.1', () => r()));
  const a = http.address();
  base = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
  return {
    base,
    async close() {
      await realtime.close();
      await new Promise<void>((r) => io.close(() => r()));
    },
  };
}
