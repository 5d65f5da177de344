// The web process: Next.js (pages and /api) and Socket.IO on one port, tailing vigia:events for live clients.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname } from 'node:path';
import next from 'next';
import { Server } from 'socket.io';
import { config } from './lib/config/env';
import { logger } from './lib/log';
import { attachAlerts } from './lib/realtime/alerts';
import { attachRealtime } from './lib/realtime/server';
import { createHttpGate } from './lib/auth/http';
import { DEFAULT_REDIS_URL, getStore } from './lib/store';
import { alertStoreOf } from './lib/store/alerts';
import { webHeartbeat } from './lib/store/processes';
import { checkEvictionPolicy, connect } from './lib/store/redis';

export interface WebHandle {
  port: number;
  close(): Promise<void>;
}

export async function startWeb(opts: { port?: number; host?: string; dev?: boolean } = {}): Promise<WebHandle> {
  const c = config();
  const log = logger('web');
  const dev = opts.dev ?? c.NODE_ENV !== 'production';
  const port = opts.port ?? c.PORT;
  const hostname = opts.host ?? c.HOST;
  const app = next({ dev, dir: dirname(fileURLToPath(import.meta.url)), hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();

  const store = await getStore();
  const warning = await checkEvictionPolicy(store.redis);
  if (warning) log.warn(warning);

  const gate = createHttpGate(c, store.redis, { dev });
  const server = createServer((req, res) => {
    gate(req, res)
      .then((go) => (go ? handle(req, res) : undefined))
      .catch((err: Error) => {
        log.error({ err: err.message, url: req.url }, 'request failed');
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
  });
  const io = new Server(server, { serveClient: false, cors: { origin: false } });
  const realtime = attachRealtime(io, store, connect(c.REDIS_URL ?? DEFAULT_REDIS_URL, { name: 'web-tail', blocking: true }), log, { access: c });
  const alertsTail = attachAlerts(io, alertStoreOf(store.redis), connect(c.REDIS_URL ?? DEFAULT_REDIS_URL, { name: 'web-alerts', blocking: true }), log);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => resolve());
  });
  const webId = `${process.pid}-${randomUUID().slice(0, 8)}`;
  const beat = () =>
    webHeartbeat(store.redis, webId, { clients: io.engine.clientsCount, position: realtime.position() }).catch((err: Error) =>
      log.warn({ err: err.message }, 'heartbeat failed'),
    );
  void beat();
  const beatTimer = setInterval(beat, 5_000);

  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  log.info({ port: actualPort, dev }, `Vigía web listening on http://localhost:${actualPort}`);

  return {
    port: actualPort,
    async close() {
      clearInterval(beatTimer);
      await realtime.close();
      await alertsTail.close();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await app.close?.();
      await store.close();
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const web = await startWeb();
  const stop = () => void web.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
