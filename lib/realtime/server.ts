import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Server, Socket } from 'socket.io';
import { compareStreamIds, type Stats, type Store } from '../store';
import type { IncidentMessage } from '../types';
import { authorizeViewer, type AccessConfig } from '../auth';
import { patientDuplicate } from '../store/redis';
import { onSourceHealth } from '../store/sources';
import { emitFrames } from './fanout';

const STREAM_ID = /^\d{1,16}-\d{1,16}$/;
const STATS_EVERY_MS = 2_000;
const REPLAY_PAGE = 500;
/** A client further behind than this gets `resync` and reloads its snapshot instead of a replay. */
const REPLAY_MAX = 20_000;
/** Every live client, and those that asked for no incidents (`auth.incidents: false`): `stats`, `source`, `alert`. */
const LIVE_ROOM = 'live';
/** Live clients that take one `incident` message per entry (the default). */
const EACH_ROOM = 'incident-each';
/** Live clients that asked for `auth.batch`: one `incidents` message (an array, in order) per read of the stream. */
const BATCH_ROOM = 'incident-batch';

function counters({ byRegion: _regions, ...rest }: Stats): Omit<Stats, 'byRegion'> {
  return rest;
}

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
  const healthFeed = patientDuplicate(store.redis);
  onSourceHealth(healthFeed, (h) => emitFrames(io.sockets, LIVE_ROOM, [['source', h]])).catch((err: Error) =>
    log.warn({ err: err.message }, 'source health feed unavailable'),
  );

  // `status`: whether this process reaches Redis, told to every client when it changes and to each on connection.
  let redisUp = blocking.status === 'ready';
  const setRedis = (up: boolean) => {
    if (up === redisUp) return;
    redisUp = up;
    emitFrames(io.sockets, LIVE_ROOM, [['status', { redis: up ? 'up' : 'down' }]]);
  };
  blocking.on('close', () => setRedis(false));
  blocking.on('ready', () => setRedis(true));

  let position = '0-0';
  let closed = false;
  const catchingUp = new Map<string, IncidentMessage[]>();
  let statsTimer: NodeJS.Timeout | null = null;

  // `stats`: the counters (by type, totals) of today and the last 24 h, at most every STATS_EVERY_MS while entries
  // arrive. Regions and timelines are not pushed: with thousands of clients they would cost more than the incidents.
  const pushStats = () => {
    statsTimer = null;
    Promise.all([store.getStats('today'), store.getStats('24h')])
      .then(([today, last24h]) => emitFrames(io.sockets, LIVE_ROOM, [['stats', { today: counters(today), last24h: counters(last24h) }]]))
      .catch((err: Error) => log.warn({ err: err.message }, 'stats push failed'));
  };

  // One read of the stream goes to each WebSocket client in one write: its entries as consecutive `incident` frames,
  // or one `incidents` frame.
  const deliver = (msgs: IncidentMessage[]) => {
    emitFrames(io.sockets, EACH_ROOM, msgs.map((m) => ['incident', m]));
    emitFrames(io.sockets, BATCH_ROOM, [['incidents', msgs]]);
    for (const buf of catchingUp.values()) buf.push(...msgs);
    if (!statsTimer) statsTimer = setTimeout(pushStats, STATS_EVERY_MS);
  };

  /** Sends entries to one socket in its chosen form. */
  const send = (socket: Socket, batch: boolean, msgs: IncidentMessage[]) => {
    if (msgs.length === 0) return;
    emitFrames(io.sockets, socket, batch ? [['incidents', msgs]] : msgs.map((m) => ['incident', m]));
  };
  const goLive = (socket: Socket, batch: boolean, last: string) => {
    socket.join([LIVE_ROOM, batch ? BATCH_ROOM : EACH_ROOM]);
    socket.emit('live', { position: last });
    if (!redisUp) socket.emit('status', { redis: 'down' });
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

  const catchUp = async (socket: Socket, since: string, batch: boolean) => {
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
        send(socket, batch, page);
        last = page[page.length - 1]!.id;
        sent += page.length;
        if (sent >= REPLAY_MAX) {
          socket.emit('resync', { reason: 'too-far-behind' });
          return;
        }
      }
      const rest = buffer.filter((m) => compareStreamIds(m.id, last) > 0);
      send(socket, batch, rest);
      goLive(socket, batch, rest.at(-1)?.id ?? last);
    } finally {
      catchingUp.delete(socket.id);
    }
  };

  io.on('connection', (socket) => {
    const auth = socket.handshake.auth as { since?: unknown; batch?: unknown; incidents?: unknown } | undefined;
    // `auth.incidents: false` (the dashboard's alert center): `stats`, `source` and `alert` only, no incident and no replay.
    if (auth?.incidents === false) {
      socket.join(LIVE_ROOM);
      return;
    }
    const since = auth?.since;
    const batch = auth?.batch === true;
    if (typeof since === 'string' && STREAM_ID.test(since)) {
      catchUp(socket, since, batch).catch((err: Error) => {
        log.warn({ err: err.message }, 'replay failed');
        socket.disconnect(true);
      });
    } else {
      goLive(socket, batch, position);
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
