import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Server, Socket } from 'socket.io';
import { compareStreamIds, type Store } from '../store';
import type { IncidentMessage } from '../types';
import { authorizeViewer, type AccessConfig } from '../auth';
import { onSourceHealth } from '../store/sources';

const STREAM_ID = /^\d{1,16}-\d{1,16}$/;
const REPLAY_PAGE = 500;
/** A client further behind than this gets `resync` and reloads its snapshot instead of a replay. */
const REPLAY_MAX = 20_000;
const LIVE_ROOM = 'live';

export interface RealtimeHandle {
  /** The id of the last stream entry this process has emitted. */
  position(): string;
  close(): Promise<void>;
}

/**
 * Tails vigia:events and emits each entry to this process's clients, in stream order. A client that connects with
 * `since` first gets every entry after it (replay), then live entries, with no gap and no duplicate: while its replay
 * runs, live entries for it are buffered and then flushed past the last replayed id.
 */
export function attachRealtime(
  io: Server,
  store: Store,
  blocking: Redis,
  log: Logger,
  opts: { /** the viewer credential rule (VIGIA_VIEWER_TOKEN); none: public */ access?: AccessConfig } = {},
): RealtimeHandle {
  const access = opts.access;
  if (access) {
    // The handshake carries the token as `auth.token`, or the session cookie of the page that opened the socket.
    io.use((socket, next) => {
      const headers = new Headers();
      for (const [k, v] of Object.entries(socket.handshake.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
      const d = authorizeViewer(headers, access, (socket.handshake.auth as { token?: unknown } | undefined)?.token);
      if (d.ok) return next();
      next(Object.assign(new Error(d.reason), { data: { status: d.status } }));
    });
  }
  // A source's health after each poll (published by the worker), to every client of this process.
  const healthFeed = store.redis.duplicate();
  onSourceHealth(healthFeed, (h) => io.local.to(LIVE_ROOM).emit('source', h)).catch((err: Error) =>
    log.warn({ err: err.message }, 'source health feed unavailable'),
  );

  let position = '0-0';
  let closed = false;
  const catchingUp = new Map<string, IncidentMessage[]>();
  let statsTimer: NodeJS.Timeout | null = null;

  const pushStats = () => {
    statsTimer = null;
    Promise.all([store.getStats('today'), store.getStats('24h')])
      .then(([today, last24h]) => io.local.to(LIVE_ROOM).emit('stats', { today, last24h }))
      .catch((err: Error) => log.warn({ err: err.message }, 'stats push failed'));
  };

  const deliver = (msgs: IncidentMessage[]) => {
    for (const m of msgs) {
      io.local.to(LIVE_ROOM).emit('incident', m);
      for (const buf of catchingUp.values()) buf.push(m);
    }
    if (msgs.length && !statsTimer) statsTimer = setTimeout(pushStats, 500);
  };

  const tail = async () => {
    while (!closed) {
      try {
        if (position === '0-0') position = await store.lastStreamId();
        const msgs = await store.waitAfter(blocking, position, 5_000);
        if (closed) break;
        if (msgs.length) {
          position = msgs[msgs.length - 1]!.id;
          deliver(msgs);
        }
      } catch (err) {
        if (closed) break;
        log.warn({ err: (err as Error).message }, 'stream tail interrupted; retrying');
        await new Promise((r) => setTimeout(r, 1_000));
      }
    }
  };
  const started = store.lastStreamId().then(
    (id) => {
      position = id;
      void tail();
    },
    (err: Error) => {
      log.warn({ err: err.message }, 'stream not readable yet');
      void tail();
    },
  );

  const catchUp = async (socket: Socket, since: string) => {
    const buffer: IncidentMessage[] = [];
    catchingUp.set(socket.id, buffer);
    try {
      await started;
      // Everything up to `end` has been delivered by the tail already, so the replay covers (since, end] and the
      // tail delivers everything after `end` into the buffer: the two never overlap and leave no gap.
      const end = position;
      if (await store.missedByTrim(since)) {
        socket.emit('resync', { reason: 'trimmed' });
        return;
      }
      let last = since;
      let sent = 0;
      while (compareStreamIds(last, end) < 0) {
        const page = await store.readAfter(last, REPLAY_PAGE, end);
        if (page.length === 0) break;
        for (const m of page) socket.emit('incident', m);
        last = page[page.length - 1]!.id;
        sent += page.length;
        if (sent >= REPLAY_MAX) {
          socket.emit('resync', { reason: 'too-far-behind' });
          return;
        }
      }
      for (const m of buffer) {
        if (compareStreamIds(m.id, last) > 0) {
          socket.emit('incident', m);
          last = m.id;
        }
      }
      socket.join(LIVE_ROOM);
      socket.emit('live', { position: last });
    } finally {
      catchingUp.delete(socket.id);
    }
  };

  io.on('connection', (socket) => {
    const since = (socket.handshake.auth as { since?: unknown } | undefined)?.since;
    if (typeof since === 'string' && STREAM_ID.test(since)) {
      catchUp(socket, since).catch((err: Error) => {
        log.warn({ err: err.message }, 'replay failed');
        socket.disconnect(true);
      });
    } else {
      socket.join(LIVE_ROOM);
      socket.emit('live', { position });
    }
    socket.on('disconnect', () => catchingUp.delete(socket.id));
  });

  return {
    position: () => position,
    async close() {
      healthFeed.disconnect();
      closed = true;
      if (statsTimer) clearTimeout(statsTimer);
      blocking.disconnect();
    },
  };
}
