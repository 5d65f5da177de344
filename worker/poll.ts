import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Source } from '../lib/config/sources';
import { decodeFeedBytes, FeedError, itemKey, parseFeedText, readFeed } from '../lib/feeds';
import { toReport } from '../lib/normalize';
import type { PollResult } from '../lib/queue';
import type { Store } from '../lib/store';
import {
  acquireHost,
  getRegistered,
  getSourceState,
  getWebSub,
  publishHealth,
  recordDelays,
  releaseHost,
  saveSourceState,
  countPushed,
  sourceHealth,
} from '../lib/store/sources';
import type { Item } from '../lib/types';
import { nextPoll, type PollOutcome, type ScheduleConfig } from './schedule';
import { maybeSubscribe } from './websub';

export interface PollContext {
  store: Store;
  log: Logger;
  allowPrivate: boolean;
  timeoutMs: number;
  maxBytes: number;
  schedule: ScheduleConfig;
  hostConcurrency: number;
  /** VIGIA_PUBLIC_URL: where WebSub hubs call back; undefined disables WebSub. */
  publicUrl?: string;
}

const EMPTY = (): PollResult => ({ status: 0, items: 0, created: 0, updated: 0, duplicates: 0, nonEvents: 0 });

/**
 * Items into the store, oldest first so the stream shows them in publication order. Items are idempotent by key, so
 * a retried or repeated poll (or a push of items already polled) never makes a second report.
 */
export async function ingestItems(ctx: PollContext, source: Source, items: Item[], result: PollResult, now: () => Date): Promise<void> {
  const { store } = ctx;
  const delays: number[] = [];
  const oldestFirst = [...items].reverse();
  const itemKeys = oldestFirst.map((item) => itemKey(source.id, item.guid));
  const seen = await store.writer.seen(itemKeys);
  const taken = new Set<string>(); // a feed may list one item twice
  for (const [k, item] of oldestFirst.entries()) {
    const key = itemKeys[k]!;
    if (seen[k] || taken.has(key)) {
      result.duplicates++;
      continue;
    }
    taken.add(key);
    const at = now();
    const report = toReport(item, source, `rep_${key}`, at);
    if (!report) {
      await store.writer.markNonEvent(key);
      result.nonEvents++;
      continue;
    }
    const w = await store.writer.ingest(key, report);
    if (w.kind === 'duplicate') {
      result.duplicates++;
      continue;
    }
    if (w.change === 'created') result.created++;
    else result.updated++;
    const published = item.published ? Date.parse(item.published) : NaN;
    if (Number.isFinite(published) && published <= at.getTime()) delays.push(at.getTime() - published);
  }
  await recordDelays(store.redis, source.id, delays);
}

/**
 * Polls one source once: conditional GET under the per-host limit, parse, store, then the state with the next poll
 * time (adaptive interval, server floors, backoff). Status -1 when the host was busy and the poll was deferred. The
 * host's slot is given back as soon as its answer is read: the limit is on requests to the host, and storing a
 * feed's items while holding it kept the other feeds of that host waiting.
 */
export async function pollSource(ctx: PollContext, source: Source, now = () => new Date()): Promise<PollResult> {
  const { store } = ctx;
  const host = new URL(source.url).host;
  const lease = randomUUID();
  if (!(await acquireHost(store.redis, host, ctx.hostConcurrency, ctx.timeoutMs + 5_000, lease))) {
    // Another poll of the same host is in flight on some worker: try again in 1 to 3 s.
    const state = await getSourceState(store.redis, source.id);
    state.nextPoll = new Date(now().getTime() + 1_000 + Math.random() * 2_000).toISOString();
    await saveSourceState(store.redis, source.id, state);
    return { ...EMPTY(), status: -1 };
  }
  let held = true;
  const release = async () => {
    if (!held) return;
    held = false;
    await releaseHost(store.redis, host, lease);
  };
  try {
    return await pollLocked(ctx, source, now, release);
  } finally {
    await release();
  }
}

async function pollLocked(ctx: PollContext, source: Source, now: () => Date, releaseHostSlot: () => Promise<void>): Promise<PollResult> {
  const { store, log } = ctx;
  const state = await getSourceState(store.redis, source.id);
  const websub = await getWebSub(store.redis, source.id);
  const pushed = websub?.state === 'active' && websub.leaseUntil > now().getTime();
  const result = EMPTY();
  const outcome: PollOutcome = {
    sourceInterval: source.interval,
    previousInterval: state.interval,
    kind: 'ok',
    errorStreak: 0,
    pushed,
    fixed: source.private,
  };
  state.lastPoll = now().toISOString();
  state.polls += 1;
  let failure: unknown = null;
  try {
    const res = await readFeed(source.url, {
      sourceId: source.id,
      lang: source.language,
      etag: state.etag,
      lastModified: state.lastModified,
      timeoutMs: ctx.timeoutMs,
      maxBytes: ctx.maxBytes,
      allowPrivate: ctx.allowPrivate || source.private,
    }).finally(releaseHostSlot);
    outcome.headers = res.headers;
    if (res.kind === 'not-modified') {
      result.status = 304;
      outcome.kind = 'not-modified';
    } else {
      result.status = res.status;
      result.items = res.feed.items.length;
      await ingestItems(ctx, source, res.feed.items, result, now);
      state.etag = res.etag;
      state.lastModified = res.lastModified;
      state.lastItems = result.items;
      outcome.published = res.feed.items.map((i) => i.published);
      outcome.ttlMinutes = res.feed.ttl;
      if (ctx.publicUrl && res.feed.hub) {
        await maybeSubscribe(ctx, source, res.feed.hub, res.feed.self ?? source.url).catch((err: Error) =>
          log.warn({ source: source.id, hub: res.feed.hub, err: err.message }, 'WebSub subscription failed'),
        );
      }
    }
    state.lastStatus = result.status;
    state.lastError = null;
    state.errorStreak = 0;
    state.broken = false;
  } catch (err) {
    failure = err;
    state.lastStatus = err instanceof FeedError ? (err.status ?? 0) : 0;
    state.lastError = err instanceof Error ? err.message : String(err);
    state.errorStreak += 1;
    state.errors += 1;
    outcome.kind = 'error';
    outcome.errorStreak = state.errorStreak;
    outcome.headers = err instanceof FeedError ? err.headers : undefined;
    result.status = state.lastStatus;
  }
  const next = nextPoll(outcome, ctx.schedule);
  state.nextPoll = new Date(now().getTime() + next.delay * 1000).toISOString();
  state.interval = next.interval;
  if (next.broken && !state.broken) log.warn({ source: source.id, streak: state.errorStreak }, 'source marked broken: polled rarely until an admin resets it');
  state.broken = next.broken;
  state.lastNew = result.created + result.updated;
  state.totalReports += result.created + result.updated;
  await saveSourceState(store.redis, source.id, state);
  await announce(ctx, source.id);

  if (failure) {
    log.warn({ source: source.id, err: state.lastError, streak: state.errorStreak }, 'poll failed');
    if (!(failure instanceof FeedError)) throw failure;
  } else if (result.created + result.updated > 0) log.info({ source: source.id, ...result }, 'polled');
  else log.debug({ source: source.id, ...result }, 'polled');
  return result;
}

/** Items a WebSub hub delivered: the same decode, parse and store path as a poll, at once. */
export async function ingestPush(
  ctx: PollContext,
  source: Source,
  push: { body: string; contentType: string | null },
  now = () => new Date(),
): Promise<PollResult> {
  const result = EMPTY();
  const { text } = decodeFeedBytes(Buffer.from(push.body, 'base64'), push.contentType);
  const feed = await parseFeedText(text, { sourceId: source.id, fetched: now(), lang: source.language });
  result.status = 200;
  result.items = feed.items.length;
  await ingestItems(ctx, source, feed.items, result, now);
  await countPushed(ctx.store.redis, source.id, result.created + result.updated);
  await announce(ctx, source.id);
  ctx.log.info({ source: source.id, ...result }, 'pushed by WebSub hub');
  return result;
}

async function announce(ctx: PollContext, id: string): Promise<void> {
  const registered = await getRegistered(ctx.store.redis, id);
  if (registered) await publishHealth(ctx.store.redis, await sourceHealth(ctx.store.redis, registered));
}
