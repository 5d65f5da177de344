import type { Logger } from 'pino';
import type { Source } from '../lib/config/sources';
import { FeedError, itemKey, readFeed } from '../lib/feeds';
import { toReport } from '../lib/normalize';
import type { PollResult } from '../lib/queue';
import type { Store } from '../lib/store';
import { getSourceState, saveSourceState } from '../lib/store/sources';

export interface PollContext {
  store: Store;
  log: Logger;
  allowPrivate: boolean;
  timeoutMs: number;
  maxBytes: number;
}

/**
 * Polls one source once: conditional GET, parse, then one atomic store write per new item. Items are idempotent by
 * key, so a retried or repeated poll never makes a second report; the source state (ETag...) is saved last.
 */
export async function pollSource(ctx: PollContext, source: Source, now = () => new Date()): Promise<PollResult> {
  const { store, log } = ctx;
  const state = await getSourceState(store.redis, source.id);
  const result: PollResult = { status: 0, items: 0, created: 0, updated: 0, duplicates: 0, nonEvents: 0 };
  state.lastPoll = now().toISOString();
  try {
    const res = await readFeed(source.url, {
      sourceId: source.id,
      lang: source.language,
      etag: state.etag,
      lastModified: state.lastModified,
      timeoutMs: ctx.timeoutMs,
      maxBytes: ctx.maxBytes,
      allowPrivate: ctx.allowPrivate || source.private,
    });
    if (res.kind === 'not-modified') {
      result.status = 304;
    } else {
      result.status = res.status;
      result.items = res.feed.items.length;
      // Oldest first, so that the stream shows items in the order outlets published them.
      const items = [...res.feed.items].reverse();
      for (const item of items) {
        const key = itemKey(source.id, item.guid);
        if (await store.writer.seen(key)) {
          result.duplicates++;
          continue;
        }
        const report = toReport(item, source, `rep_${key}`, now());
        if (!report) {
          await store.writer.markNonEvent(key);
          result.nonEvents++;
          continue;
        }
        const w = await store.writer.ingest(key, report);
        if (w.kind === 'duplicate') result.duplicates++;
        else if (w.change === 'created') result.created++;
        else result.updated++;
      }
      state.etag = res.etag;
      state.lastModified = res.lastModified;
      state.lastItems = result.items;
    }
    state.lastStatus = result.status;
    state.lastError = null;
    state.errorStreak = 0;
    state.lastNew = result.created + result.updated;
    state.totalReports += result.created + result.updated;
    await saveSourceState(store.redis, source.id, state);
    if (result.created + result.updated > 0) log.info({ source: source.id, ...result }, 'polled');
    else log.debug({ source: source.id, ...result }, 'polled');
    return result;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    state.lastStatus = err instanceof FeedError ? (err.status ?? 0) : 0;
    state.lastError = message;
    state.errorStreak += 1;
    await saveSourceState(store.redis, source.id, state);
    log.warn({ source: source.id, err: message, streak: state.errorStreak }, 'poll failed');
    if (err instanceof FeedError) return { ...result, status: state.lastStatus };
    throw err;
  }
}
