// Browser side of the realtime protocol (DESIGN.md, "Realtime protocol"): one Socket.IO connection per dashboard,
// catch-up from the last stream id held, and a bounded incident list kept in stream order without duplicates.
import { useEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import { EVENT_TYPES, type Incident, type IncidentMessage } from '../types';
import type { Stats } from '../store/types';
import type { WindowStats } from '../store/timeline';

export const DEFAULT_LIST_LIMIT = 200;
/** How long a created or updated row stays in `highlighted`. */
export const HIGHLIGHT_MS = 6_000;
/** Counters and charts are fetched at most once per this delay while incidents keep coming. */
export const STATS_REFRESH_DELAY_MS = 1_000;
/** Windows slide and outages must show: the counters are fetched at least this often. */
export const STATS_POLL_MS = 30_000;
/** Messages that arrive while a snapshot loads are kept (at most this many) and applied on top of it. */
const RECENT_MESSAGES = 2_000;
const FLUSH_DELAY_MS = 50;
const RECONNECT_DELAY_MAX_MS = 10_000;

export type ConnectionState = 'connecting' | 'live' | 'reconnecting' | 'offline';

export interface LiveInitial {
  incidents: Incident[];
  /** The stream id of the snapshot: the connection asks for everything after it. */
  streamId: string;
  /** Cursor of the next (older) page of the same query, null when there is none. */
  nextCursor: string | null;
  stats: WindowStats;
}

export interface LiveQuery {
  /** Query string of GET /api/incidents for the snapshot and the next pages (without limit and cursor). */
  incidents: string;
  /** Query string of GET /api/stats. */
  stats: string;
  /** Whether an incident belongs to the view; live messages for other incidents are dropped (and their rows removed). */
  accept?: (incident: Incident) => boolean;
}

export interface LiveOptions {
  /** Called once per applied `incident` message that the view accepts, in stream order. */
  onIncident?: (message: IncidentMessage) => void;
  /** Rows kept live; "more" pages raise it. */
  limit?: number;
  /** Rows asked for in a snapshot or a page. */
  pageSize?: number;
  /** What is kept of each incident (e.g. without the parts no row shows), so long-running screens stay small. */
  prepare?: (incident: Incident) => Incident;
}

export interface LiveIncidents {
  incidents: Incident[];
  stats: WindowStats;
  connection: ConnectionState;
  /** Epoch ms of the last applied message or snapshot, null before the first one. */
  lastEventAt: number | null;
  /** Epoch ms the view was last known to be current: a message, a snapshot or a counters refresh. */
  freshAt: number | null;
  /** True while the last counters request failed (the server cannot read the store). */
  dataError: boolean;
  /** True while a new snapshot for a changed query is loading. */
  loading: boolean;
  /** Ids of incidents created or updated in the last HIGHLIGHT_MS. */
  highlighted: ReadonlySet<string>;
  hasMore: boolean;
  loadMore: () => void;
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
 * same lastSeen), unless `accept` rejects it (then its row goes), and the list is cut to `limit` rows. Returns `state` itself when nothing was applied.
 */
export function reduceIncidentMessages(
  state: IncidentListState,
  messages: readonly IncidentMessage[],
  limit: number = DEFAULT_LIST_LIMIT,
  accept: (incident: Incident) => boolean = () => true,
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
    if (!accept(incident)) continue;
    const at = seenAt(incident);
    let index = rows.findIndex((row) => seenAt(row) <= at);
    if (index === -1) index = rows.length;
    rows.splice(index, 0, incident);
  }
  if (rows === null) return state;
  if (rows.length > limit) rows.length = Math.max(0, limit);
  return { incidents: rows, lastId };
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
export function parseIncidentPage(
  value: unknown,
): { incidents: Incident[]; streamId: string; nextCursor: string | null } | undefined {
  if (!isRecord(value) || typeof value.streamId !== 'string' || !Array.isArray(value.incidents)) return undefined;
  if (!value.incidents.every(isIncident)) return undefined;
  const nextCursor = typeof value.nextCursor === 'string' ? value.nextCursor : null;
  return { incidents: value.incidents, streamId: value.streamId, nextCursor };
}

/** The body of GET /api/stats with `by`, when it is one. */
export function isWindowStats(value: unknown): value is WindowStats {
  return isStats(value) && isRecord(value) && (value.timeline === null || Array.isArray(value.timeline));
}

/** Appends an older page below the live rows, skipping ids already shown. */
export function appendPage(state: IncidentListState, page: readonly Incident[]): IncidentListState {
  const seen = new Set(state.incidents.map((i) => i.id));
  const extra = page.filter((i) => !seen.has(i.id));
  return extra.length === 0 ? state : { incidents: [...state.incidents, ...extra], lastId: state.lastId };
}

// ---------------------------------------------------------------------------------------------------------------
// The hook

interface ServerToClientEvents {
  incident: (message: unknown) => void;
  /** The same entries in order, several at a time (we connect with `auth.batch`). */
  incidents: (messages: unknown) => void;
  /** Replay finished: what follows is live. */
  live: (message: unknown) => void;
  /** The server cannot replay from our `since` (trimmed, or too far behind): reload the snapshot. */
  resync: (message: unknown) => void;
  /** The server's own link to Redis went down or came back. */
  status: (message: unknown) => void;
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

const withParams = (path: string, ...parts: string[]) => {
  const query = parts.filter(Boolean).join('&');
  return query ? `${path}?${query}` : path;
};

const PAGE_SIZE = 50;
const MAX_ROWS = 1_000;

/**
 * Live view of the incidents and counters of one query, starting from a server-rendered snapshot.
 * Reconnects forever (Socket.IO backoff capped at 10 s, plus a manual retry when the server closes the session)
 * and always asks for what came after the last stream id applied. A changed query loads a new snapshot over the
 * same connection; messages that arrived meanwhile are applied on top of it.
 */
export function useLiveIncidents(initial: LiveInitial, query: LiveQuery, options: LiveOptions = {}): LiveIncidents {
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const [limit, setLimit] = useState(options.limit ?? DEFAULT_LIST_LIMIT);
  const [list, setList] = useState<IncidentListState>(() =>
    initIncidentList(initial.incidents, initial.streamId, limit),
  );
  const [nextCursor, setNextCursor] = useState(initial.nextCursor);
  const [stats, setStats] = useState<WindowStats>(initial.stats);
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const [lastEventAt, setLastEventAt] = useState<number | null>(null);
  const [freshAt, setFreshAt] = useState<number | null>(null);
  const [dataError, setDataError] = useState(false);
  const [loading, setLoading] = useState(false);
  const [highlighted, setHighlighted] = useState<ReadonlySet<string>>(() => new Set());

  // Read by the socket handlers, which live as long as the component.
  const lastIdRef = useRef(initial.streamId);
  const limitRef = useRef(limit);
  const queryRef = useRef(query);
  const onIncidentRef = useRef(options.onIncident);
  const prepareRef = useRef(options.prepare);
  const snapshotRef = useRef<(() => Promise<void>) | null>(null);
  useEffect(() => {
    limitRef.current = limit;
    queryRef.current = query;
    onIncidentRef.current = options.onIncident;
    prepareRef.current = options.prepare;
  });

  useEffect(() => {
    let disposed = false;
    const pending: IncidentMessage[] = [];
    let flushTimer: Timer | null = null;
    const highlightUntil = new Map<string, number>();
    let sweepTimer: Timer | null = null;
    let statsTimer: Timer | null = null;
    let statsAbort: AbortController | null = null;
    let lastStatsAt = 0;
    let statsDueAt = 0;
    let retryTimer: Timer | null = null;
    let retryAttempt = 0;
    let snapshotTimer: Timer | null = null;
    let snapshotAbort: AbortController | null = null;
    let snapshotAttempt = 0;
    // Only filled while a snapshot is loading: nothing is kept in steady state.
    let during: IncidentMessage[] | null = null;

    const socket: Socket<ServerToClientEvents> = io({
      // batch: entries come as `incidents` arrays, one per read of the stream (cheaper for the server in bursts).
      auth: (cb) => cb({ since: lastIdRef.current, batch: true }),
      reconnection: true,
      reconnectionDelayMax: RECONNECT_DELAY_MAX_MS,
      transports: ['websocket', 'polling'],
      forceNew: true,
    });

    const waiting = (): ConnectionState => (browserOffline() ? 'offline' : 'reconnecting');
    const accept = (incident: Incident) => queryRef.current.accept?.(incident) ?? true;

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

    const prepared = (messages: IncidentMessage[]): IncidentMessage[] => {
      const prepare = prepareRef.current;
      return prepare ? messages.map((m) => ({ ...m, incident: prepare(m.incident) })) : messages;
    };

    const flush = () => {
      flushTimer = null;
      if (disposed || pending.length === 0) return;
      const batch = prepared(pending.splice(0, pending.length));
      setList((state) => reduceIncidentMessages(state, batch, limitRef.current, accept));
      setLastEventAt(Date.now());
      setFreshAt(Date.now());
      const until = Date.now() + HIGHLIGHT_MS;
      // Only the last `limit` of a long replay can be on screen.
      for (const message of batch.slice(-limitRef.current)) {
        if (!accept(message.incident)) continue;
        highlightUntil.delete(message.incident.id); // re-insert so iteration order follows recency
        highlightUntil.set(message.incident.id, until);
      }
      setHighlighted(new Set(highlightUntil.keys()));
      sweepTimer ??= setTimeout(sweep, HIGHLIGHT_MS);
    };

    const scheduleStats = (delay: number) => {
      if (statsTimer !== null) clearTimeout(statsTimer);
      statsDueAt = Date.now() + delay;
      statsTimer = setTimeout(() => void refreshStats(), delay);
    };

    const refreshStats = async () => {
      if (statsTimer !== null) clearTimeout(statsTimer);
      statsTimer = null;
      statsAbort?.abort();
      const abort = new AbortController();
      statsAbort = abort;
      lastStatsAt = Date.now();
      const body = await getJson(withParams('/api/stats', queryRef.current.stats), abort.signal).catch(() => undefined);
      if (disposed || abort.signal.aborted) return;
      if (isWindowStats(body)) {
        setStats(body);
        setDataError(false);
        setFreshAt(Date.now());
      } else {
        setDataError(true);
      }
      if (statsTimer === null) scheduleStats(STATS_POLL_MS);
    };

    /** At most one request per delay while incidents keep coming, and never postponed by the next incident. */
    const scheduleStatsRefresh = () => {
      if (statsTimer !== null && statsDueAt <= Date.now() + STATS_REFRESH_DELAY_MS) return;
      scheduleStats(Math.max(0, lastStatsAt + STATS_REFRESH_DELAY_MS - Date.now()));
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

    /** Loads the first page of the current query; `reconnect` also restarts the session from the new snapshot. */
    const snapshot = async (reconnect: boolean) => {
      if (snapshotTimer !== null) clearTimeout(snapshotTimer);
      snapshotTimer = null;
      snapshotAbort?.abort();
      const abort = new AbortController();
      snapshotAbort = abort;
      during ??= [];
      setLoading(true);
      try {
        const body = await getJson(
          withParams('/api/incidents', queryRef.current.incidents, `limit=${pageSize}`),
          abort.signal,
        );
        const page = parseIncidentPage(body);
        if (!page) throw new Error('/api/incidents: unexpected response');
        if (disposed || abort.signal.aborted) return;
        snapshotAttempt = 0;
        const arrived = reconnect ? [] : (during ?? []);
        during = null;
        if (reconnect) {
          pending.length = 0;
          lastIdRef.current = page.streamId;
        } else if (compareStreamIds(page.streamId, lastIdRef.current) > 0) {
          lastIdRef.current = page.streamId;
        }
        const prepare = prepareRef.current ?? ((i: Incident) => i);
        const base = initIncidentList(page.incidents.map(prepare), page.streamId, limitRef.current);
        setList(reduceIncidentMessages(base, prepared(arrived), limitRef.current, accept));
        setNextCursor(page.nextCursor);
        setLoading(false);
        setLastEventAt(Date.now());
        setFreshAt(Date.now());
        void refreshStats();
        // A new session asks for what came after the new snapshot.
        if (reconnect) socket.disconnect().connect();
      } catch {
        if (disposed || abort.signal.aborted) return;
        setDataError(true);
        const delay = Math.min(RECONNECT_DELAY_MAX_MS, 1_000 * 2 ** snapshotAttempt);
        snapshotAttempt += 1;
        snapshotTimer = setTimeout(() => void snapshot(reconnect), delay);
      }
    };
    snapshotRef.current = () => snapshot(false);

    socket.on('connect', () => {
      retryAttempt = 0;
      setConnection('live');
    });
    socket.on('live', () => {
      if (disposed) return;
      setConnection('live');
      // Caught up: the list shown is current, even before the counters below answer.
      setFreshAt(Date.now());
      // After an outage the counters may have moved without any message for this view.
      void refreshStats();
    });
    socket.on('resync', () => {
      if (disposed || snapshotTimer !== null) return;
      setConnection(waiting());
      snapshotTimer = setTimeout(() => void snapshot(true), 0);
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

    const onIncident = (message: unknown) => {
      if (disposed || !isIncidentMessage(message)) return;
      if (compareStreamIds(message.id, lastIdRef.current) <= 0) return;
      lastIdRef.current = message.id;
      if (during) {
        during.push(message);
        if (during.length > RECENT_MESSAGES) during.splice(0, during.length - RECENT_MESSAGES);
      }
      pending.push(message);
      flushTimer ??= setTimeout(flush, FLUSH_DELAY_MS);
      scheduleStatsRefresh();
      if (!accept(message.incident)) return;
      try {
        onIncidentRef.current?.(message);
      } catch (error) {
        console.error('onIncident handler failed', error);
      }
    };
    socket.on('status', (message) => {
      if (disposed || !isRecord(message)) return;
      if (message.redis === 'down') setDataError(true);
      else if (message.redis === 'up') scheduleStats(0); // a successful fetch clears the error
    });
    socket.on('incident', onIncident);
    socket.on('incidents', (messages) => {
      if (Array.isArray(messages)) for (const m of messages) onIncident(m);
    });

    const onOffline = () => setConnection('offline');
    const onOnline = () => {
      setConnection(socket.connected ? 'live' : 'reconnecting');
      if (!socket.connected && !socket.active) socket.connect();
    };
    window.addEventListener('offline', onOffline);
    window.addEventListener('online', onOnline);
    scheduleStats(STATS_POLL_MS);

    return () => {
      disposed = true;
      snapshotRef.current = null;
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('online', onOnline);
      for (const timer of [flushTimer, sweepTimer, statsTimer, retryTimer, snapshotTimer]) {
        if (timer !== null) clearTimeout(timer);
      }
      statsAbort?.abort();
      snapshotAbort?.abort();
      socket.io.off('reconnect_attempt');
      socket.removeAllListeners();
      socket.disconnect();
    };
  }, [pageSize]);

  // A changed query (filters, window) loads its own snapshot; the first render already has one.
  const queryKey = `${query.incidents}|${query.stats}`;
  const shownKey = useRef(queryKey);
  useEffect(() => {
    if (shownKey.current === queryKey) return;
    shownKey.current = queryKey;
    setLimit(options.limit ?? DEFAULT_LIST_LIMIT);
    void snapshotRef.current?.();
  }, [queryKey, options.limit]);

  const moreAbort = useRef<AbortController | null>(null);
  const loadMore = () => {
    if (!nextCursor || moreAbort.current) return;
    const abort = new AbortController();
    moreAbort.current = abort;
    const url = withParams('/api/incidents', query.incidents, `limit=${pageSize}`, `cursor=${encodeURIComponent(nextCursor)}`);
    getJson(url, abort.signal)
      .then((body) => {
        const page = parseIncidentPage(body);
        if (!page) throw new Error('/api/incidents: unexpected response');
        setLimit((n) => Math.min(MAX_ROWS, n + page.incidents.length));
        setList((state) => appendPage(state, options.prepare ? page.incidents.map(options.prepare) : page.incidents));
        setNextCursor(page.nextCursor);
      })
      .catch(() => setDataError(true))
      .finally(() => {
        moreAbort.current = null;
      });
  };

  return {
    incidents: list.incidents,
    stats,
    connection,
    lastEventAt,
    freshAt,
    dataError,
    loading,
    highlighted,
    hasMore: nextCursor !== null && list.incidents.length < MAX_ROWS,
    loadMore,
  };
}
