// Browser side of the realtime protocol (DESIGN.md, "Realtime protocol"): one Socket.IO connection per dashboard,
// catch-up from the last stream id held, and a bounded incident list kept in stream order without duplicates.
import { useEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import { EVENT_TYPES, type Incident, type IncidentMessage } from '../types';
import type { Stats } from '../store/types';

export const DEFAULT_LIST_LIMIT = 200;
/** How long a created or updated row stays in `highlighted`. */
export const HIGHLIGHT_MS = 6_000;
/** Quiet time after an incident before the counters are fetched, when the server sent no `stats` message. */
export const STATS_REFRESH_DELAY_MS = 1_000;
const FLUSH_DELAY_MS = 50;
const RECONNECT_DELAY_MAX_MS = 10_000;

export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'offline';

/** The `stats` message: counters snapshot for both dashboard windows. */
export interface StatsMessage {
  today: Stats;
  last24h: Stats;
}

export interface LiveInitial {
  incidents: Incident[];
  /** The stream id of the snapshot: the connection asks for everything after it. */
  streamId: string;
  today: Stats;
  last24h: Stats;
}

export interface LiveOptions {
  /** Called once per applied `incident` message (after de-duplication), in stream order. */
  onIncident?: (message: IncidentMessage) => void;
  limit?: number;
}

export interface LiveIncidents {
  incidents: Incident[];
  today: Stats;
  last24h: Stats;
  connection: ConnectionState;
  /** Epoch ms of the last applied `incident` or `stats` message, null before the first one. */
  lastEventAt: number | null;
  /** Ids of incidents created or updated in the last HIGHLIGHT_MS. */
  highlighted: ReadonlySet<string>;
}

// ---------------------------------------------------------------------------------------------------------------
// Pure parts

const STREAM_ID = /^(\d+)(?:-(\d+))?$/;

function compareDigits(a: string, b: string): number {
  const x = a.replace(/^0+(?=\d)/, '');
  const y = b.replace(/^0+(?=\d)/, '');
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Orders Redis stream ids ("<ms>-<seq>", or "<ms>" meaning seq 0) numerically: ms first, then seq.
 * Exact for any length. A malformed id sorts before every valid one, so a message carrying one is never applied.
 */
export function compareStreamIds(a: string, b: string): number {
  const ma = STREAM_ID.exec(a);
  const mb = STREAM_ID.exec(b);
  if (!ma || !mb) return ma ? 1 : mb ? -1 : 0;
  return compareDigits(ma[1]!, mb[1]!) || compareDigits(ma[2] ?? '0', mb[2] ?? '0');
}

export interface IncidentListState {
  /** Newest first by lastSeen, one row per incident id, at most `limit` rows. */
  incidents: Incident[];
  /** The highest stream id applied. */
  lastId: string;
}

function seenAt(incident: Incident): number {
  const t = Date.parse(incident.lastSeen);
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
}

/** The list state for a snapshot: sorted newest first, one row per id (the first occurrence wins), bounded. */
export function initIncidentList(
  incidents: readonly Incident[],
  streamId: string,
  limit: number = DEFAULT_LIST_LIMIT,
): IncidentListState {
  const seen = new Set<string>();
  const unique: Incident[] = [];
  for (const incident of incidents) {
    if (seen.has(incident.id)) continue;
    seen.add(incident.id);
    unique.push(incident);
  }
  // Array.prototype.sort is stable, so equal lastSeen keep the snapshot's order.
  unique.sort((a, b) => seenAt(b) - seenAt(a));
  return { incidents: unique.slice(0, Math.max(0, limit)), lastId: streamId };
}

/**
 * Applies `incident` messages in order. A message whose stream id is not above the last applied one is ignored;
 * otherwise its incident replaces any row with the same id and is placed by lastSeen (ahead of rows with the
 * same lastSeen), and the list is cut to `limit` rows. Returns `state` itself when nothing was applied.
 */
export function reduceIncidentMessages(
  state: IncidentListState,
  messages: readonly IncidentMessage[],
  limit: number = DEFAULT_LIST_LIMIT,
): IncidentListState {
  let lastId = state.lastId;
  let rows: Incident[] | null = null;
  for (const message of messages) {
    if (compareStreamIds(message.id, lastId) <= 0) continue;
    lastId = message.id;
    rows ??= state.incidents.slice();
    const incident = message.incident;
    const old = rows.findIndex((row) => row.id === incident.id);
    if (old !== -1) rows.splice(old, 1);
    const at = seenAt(incident);
    let index = rows.findIndex((row) => seenAt(row) <= at);
    if (index === -1) index = rows.length;
    rows.splice(index, 0, incident);
  }
  if (rows === null) return state;
  if (rows.length > limit) rows.length = Math.max(0, limit);
  return { incidents: rows, lastId };
}

/** Keeps, per window, the snapshot with the later stream id, so a slow response never overwrites a newer one. */
export function mergeStats(current: StatsMessage, next: Partial<StatsMessage>): StatsMessage {
  const pick = (a: Stats, b: Stats | undefined): Stats =>
    b !== undefined && compareStreamIds(b.streamId, a.streamId) >= 0 ? b : a;
  const today = pick(current.today, next.today);
  const last24h = pick(current.last24h, next.last24h);
  return today === current.today && last24h === current.last24h ? current : { today, last24h };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isStats(value: unknown): value is Stats {
  if (!isRecord(value)) return false;
  const { byType, totals, byRegion, streamId } = value;
  return (
    typeof streamId === 'string' &&
    isRecord(byType) &&
    EVENT_TYPES.every((type) => typeof byType[type] === 'number') &&
    isRecord(totals) &&
    ['incidents', 'killed', 'injured', 'detained'].every((k) => typeof totals[k] === 'number') &&
    Array.isArray(byRegion)
  );
}

export function isIncident(value: unknown): value is Incident {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.lastSeen === 'string' &&
    typeof value.firstSeen === 'string' &&
    typeof value.type === 'string' &&
    (EVENT_TYPES as readonly string[]).includes(value.type) &&
    Array.isArray(value.sources) &&
    Array.isArray(value.outlets)
  );
}

export function isIncidentMessage(value: unknown): value is IncidentMessage {
  if (!isRecord(value)) return false;
  const { id, change, incident } = value;
  return typeof id === 'string' && (change === 'created' || change === 'updated') && isIncident(incident);
}

/** The body of GET /api/incidents, when it is one. */
export function parseIncidentPage(value: unknown): { incidents: Incident[]; streamId: string } | undefined {
  if (!isRecord(value) || typeof value.streamId !== 'string' || !Array.isArray(value.incidents)) return undefined;
  if (!value.incidents.every(isIncident)) return undefined;
  return { incidents: value.incidents, streamId: value.streamId };
}

// ---------------------------------------------------------------------------------------------------------------
// The hook

interface ServerToClientEvents {
  incident: (message: unknown) => void;
  stats: (message: unknown) => void;
  /** Replay finished: what follows is live. */
  live: (message: unknown) => void;
  /** The server cannot replay from our `since` (trimmed, or too far behind): reload the snapshot. */
  resync: (message: unknown) => void;
}

type Timer = ReturnType<typeof setTimeout>;

function browserOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

async function getJson(url: string, signal: AbortSignal): Promise<unknown> {
  const response = await fetch(url, { cache: 'no-store', headers: { accept: 'application/json' }, signal });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

async function fetchStats(window: 'today' | '24h', signal: AbortSignal): Promise<Stats | undefined> {
  const body = await getJson(`/api/stats?window=${window}`, signal).catch(() => undefined);
  return isStats(body) ? body : undefined;
}

/** Incidents the snapshot starts with: the same as the server-rendered page. */
const SNAPSHOT_LIMIT = 50;

/**
 * Live view of the newest incidents and the counters, starting from a server-rendered snapshot.
 * Reconnects forever (Socket.IO backoff capped at 10 s, plus a manual retry when the server closes the session)
 * and always asks for what came after the last stream id applied.
 */
export function useLiveIncidents(initial: LiveInitial, options: LiveOptions = {}): LiveIncidents {
  const limit = options.limit ?? DEFAULT_LIST_LIMIT;
  const [list, setList] = useState<IncidentListState>(() =>
    initIncidentList(initial.incidents, initial.streamId, limit),
  );
  const [stats, setStats] = useState<StatsMessage>(() => ({ today: initial.today, last24h: initial.last24h }));
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const [lastEventAt, setLastEventAt] = useState<number | null>(null);
  const [highlighted, setHighlighted] = useState<ReadonlySet<string>>(() => new Set());

  // Read by the socket handlers, which live as long as the component.
  const lastIdRef = useRef(initial.streamId);
  const limitRef = useRef(limit);
  const onIncidentRef = useRef(options.onIncident);
  useEffect(() => {
    limitRef.current = limit;
    onIncidentRef.current = options.onIncident;
  });

  useEffect(() => {
    let disposed = false;
    const pending: IncidentMessage[] = [];
    let flushTimer: Timer | null = null;
    const highlightUntil = new Map<string, number>();
    let sweepTimer: Timer | null = null;
    let statsTimer: Timer | null = null;
    let statsAbort: AbortController | null = null;
    let retryTimer: Timer | null = null;
    let retryAttempt = 0;
    let resyncTimer: Timer | null = null;
    let resyncAbort: AbortController | null = null;
    let resyncAttempt = 0;

    const socket: Socket<ServerToClientEvents> = io({
      auth: (cb) => cb({ since: lastIdRef.current }),
      reconnection: true,
      reconnectionDelayMax: RECONNECT_DELAY_MAX_MS,
      transports: ['websocket', 'polling'],
      forceNew: true,
    });

    const waiting = (): ConnectionState => (browserOffline() ? 'offline' : 'reconnecting');

    const sweep = () => {
      sweepTimer = null;
      const now = Date.now();
      for (const [id, until] of highlightUntil) if (until <= now) highlightUntil.delete(id);
      setHighlighted(new Set(highlightUntil.keys()));
      if (highlightUntil.size > 0) {
        const next = Math.min(...highlightUntil.values());
        sweepTimer = setTimeout(sweep, Math.max(0, next - now));
      }
    };

    const flush = () => {
      flushTimer = null;
      if (disposed || pending.length === 0) return;
      const batch = pending.splice(0, pending.length);
      setList((state) => reduceIncidentMessages(state, batch, limitRef.current));
      setLastEventAt(Date.now());
      const until = Date.now() + HIGHLIGHT_MS;
      // Only the last `limit` of a long replay can be on screen.
      for (const message of batch.slice(-limitRef.current)) {
        highlightUntil.delete(message.incident.id); // re-insert so iteration order follows recency
        highlightUntil.set(message.incident.id, until);
      }
      setHighlighted(new Set(highlightUntil.keys()));
      sweepTimer ??= setTimeout(sweep, HIGHLIGHT_MS);
    };

    const refreshStats = async () => {
      statsTimer = null;
      statsAbort?.abort();
      const abort = new AbortController();
      statsAbort = abort;
      const [today, last24h] = await Promise.all([fetchStats('today', abort.signal), fetchStats('24h', abort.signal)]);
      if (disposed || abort.signal.aborted) return;
      if (today || last24h) setStats((current) => mergeStats(current, { today, last24h }));
    };

    const scheduleStatsRefresh = () => {
      // At most one refresh per delay while incidents keep coming; a `stats` message cancels it.
      statsTimer ??= setTimeout(() => void refreshStats(), STATS_REFRESH_DELAY_MS);
    };

    const retryLater = () => {
      // Socket.IO does not reconnect after a server-side disconnect or a refused handshake: retry ourselves.
      if (retryTimer !== null || disposed) return;
      const base = Math.min(RECONNECT_DELAY_MAX_MS, 1_000 * 2 ** retryAttempt);
      retryAttempt += 1;
      retryTimer = setTimeout(
        () => {
          retryTimer = null;
          if (!disposed && !socket.connected && !socket.active) socket.connect();
        },
        base / 2 + Math.random() * (base / 2),
      );
    };

    const resync = async () => {
      resyncTimer = null;
      resyncAbort?.abort();
      const abort = new AbortController();
      resyncAbort = abort;
      try {
        const [body, today, last24h] = await Promise.all([
          getJson(`/api/incidents?limit=${SNAPSHOT_LIMIT}`, abort.signal),
          fetchStats('today', abort.signal),
          fetchStats('24h', abort.signal),
        ]);
        const page = parseIncidentPage(body);
        if (!page) throw new Error('/api/incidents: unexpected response');
        if (disposed || abort.signal.aborted) return;
        resyncAttempt = 0;
        pending.length = 0;
        lastIdRef.current = page.streamId;
        setList(initIncidentList(page.incidents, page.streamId, limitRef.current));
        if (today || last24h) setStats((current) => mergeStats(current, { today, last24h }));
        setLastEventAt(Date.now());
        // A new session asks for what came after the new snapshot.
        socket.disconnect().connect();
      } catch {
        if (disposed || abort.signal.aborted) return;
        const delay = Math.min(RECONNECT_DELAY_MAX_MS, 1_000 * 2 ** resyncAttempt);
        resyncAttempt += 1;
        resyncTimer = setTimeout(() => void resync(), delay);
      }
    };

    socket.on('connect', () => {
      retryAttempt = 0;
      setConnection('live');
    });
    socket.on('live', () => {
      if (!disposed) setConnection('live');
    });
    socket.on('resync', () => {
      if (disposed || resyncTimer !== null) return;
      setConnection(waiting());
      resyncTimer = setTimeout(() => void resync(), 0);
    });
    socket.on('disconnect', (reason) => {
      if (disposed || reason === 'io client disconnect') return;
      setConnection(waiting());
      if (!socket.active) retryLater();
    });
    socket.on('connect_error', () => {
      if (disposed) return;
      setConnection((state) => (state === 'connecting' && socket.active ? state : waiting()));
      if (!socket.active) retryLater();
    });
    socket.io.on('reconnect_attempt', () => {
      if (!disposed) setConnection(waiting());
    });

    socket.on('incident', (message) => {
      if (disposed || !isIncidentMessage(message)) return;
      if (compareStreamIds(message.id, lastIdRef.current) <= 0) return;
      lastIdRef.current = message.id;
      pending.push(message);
      flushTimer ??= setTimeout(flush, FLUSH_DELAY_MS);
      scheduleStatsRefresh();
      try {
        onIncidentRef.current?.(message);
      } catch (error) {
        console.error('onIncident handler failed', error);
      }
    });

    socket.on('stats', (message) => {
      if (disposed || !isRecord(message) || !isStats(message.today) || !isStats(message.last24h)) return;
      const next: StatsMessage = { today: message.today, last24h: message.last24h };
      if (statsTimer !== null) {
        clearTimeout(statsTimer);
        statsTimer = null;
      }
      setStats((current) => mergeStats(current, next));
      setLastEventAt(Date.now());
    });

    const onOffline = () => setConnection('offline');
    const onOnline = () => {
      setConnection(socket.connected ? 'live' : 'reconnecting');
      if (!socket.connected && !socket.active) socket.connect();
    };
    window.addEventListener('offline', onOffline);
    window.addEventListener('online', onOnline);

    return () => {
      disposed = true;
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('online', onOnline);
      for (const timer of [flushTimer, sweepTimer, statsTimer, retryTimer, resyncTimer]) {
        if (timer !== null) clearTimeout(timer);
      }
      statsAbort?.abort();
      resyncAbort?.abort();
      socket.io.off('reconnect_attempt');
      socket.removeAllListeners();
      socket.disconnect();
    };
  }, []);

  return {
    incidents: list.incidents,
    today: stats.today,
    last24h: stats.last24h,
    connection,
    lastEventAt,
    highlighted,
  };
}
