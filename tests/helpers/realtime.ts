import { createServer } from 'node:http';
import type { Redis } from 'ioredis';
import pino from 'pino';
import { Server } from 'socket.io';
import { attachRealtime } from '../../lib/realtime/server';
import type { Store } from '../../lib/store';

/** The web process's realtime layer (Socket.IO tailing the stream) on a free port, without Next.js. */
export async function startRealtime(store: Store, redis: Redis, port = 0): Promise<{ base: string; port: number; close(): Promise<void> }> {
  const http = createServer();
  const io = new Server(http, { serveClient: false });
  const blocking = redis.duplicate();
  blocking.on('error', () => {}); // it reconnects by itself; fault tests restart Redis on purpose
  const realtime = attachRealtime(io, store, blocking, pino({ level: 'silent' }));
  await new Promise<void>((r) => http.listen(port, '127.0.0.1', () => r()));
  const a = http.address();
  const actual = typeof a === 'object' && a ? a.port : 0;
  return {
    base: `http://127.0.0.1:${actual}`,
    port: actual,
    async close() {
      await realtime.close();
      await new Promise<void>((r) => io.close(() => r()));
    },
  };
}
