// When to poll a source next: pure arithmetic over what the last poll saw (worker/README.md "Polling").

export interface ScheduleConfig {
  /** Seconds: the shortest interval for any source. */
  min: number;
  /** Seconds: the longest interval the adaptive schedule reaches for a quiet feed. */
  max: number;
  brokenAfter: number;
  /** Seconds between polls of a broken source. */
  brokenInterval: number;
  /** Fraction of the interval added at random, so sources drift apart. */
  jitter: number;
}

export interface PollOutcome {
  /** The source's own interval (seconds): the shortest it may be polled at. */
  sourceInterval: number;
  /** The interval the last successful poll chose, reused after a 304 (no new dates to learn from). */
  previousInterval: number | null;
  kind: 'ok' | 'not-modified' | 'error';
  /** Publication dates of the feed's items (ok only). */
  published?: (string | null)[];
  /** The response headers, when the server answered. */
  headers?: Record<string, string>;
  /** RSS <ttl> or sy:updatePeriod, in minutes. */
  ttlMinutes?: number | null;
  errorStreak: number;
  /** A WebSub subscription is active: polling is only a slow backup. */
  pushed?: boolean;
  /** Poll at the source's own interval, not adaptively (private sources: our own feeds, such as the demo wire). */
  fixed?: boolean;
}

export interface NextPoll {
  /** Seconds until the next poll. */
  delay: number;
  /** The interval to remember for the next 304. */
  interval: number;
  broken: boolean;
}

const RECENT = 20;

/** Seconds between the recent items' publication dates on average; null with fewer than two dates. */
export function averageGap(published: (string | null)[]): number | null {
  const t = published
    .map((p) => (p ? Date.parse(p) : NaN))
    .filter((x) => Number.isFinite(x))
    .sort((a, b) => b - a)
    .slice(0, RECENT);
  if (t.length < 2) return null;
  return (t[0]! - t[t.length - 1]!) / 1000 / (t.length - 1);
}

/** Seconds the server asks us to wait: Cache-Control max-age (s-maxage wins) and Retry-After (seconds or a date). */
export function serverFloor(headers: Record<string, string> | undefined, now = Date.now()): number {
  if (!headers) return 0;
  let floor = 0;
  const cc = headers['cache-control'] ?? '';
  const age = /(?:^|,)\s*s-maxage\s*=\s*"?(\d+)/i.exec(cc) ?? /(?:^|,)\s*max-age\s*=\s*"?(\d+)/i.exec(cc);
  if (age && !/no-cache|no-store/i.test(cc)) floor = Math.max(floor, Number(age[1]));
  const ra = headers['retry-after']?.trim();
  if (ra) {
    const secs = /^\d+$/.test(ra) ? Number(ra) : (Date.parse(ra) - now) / 1000;
    if (Number.isFinite(secs) && secs > 0) floor = Math.max(floor, secs);
  }
  return Math.min(floor, 7 * 86400);
}

export function nextPoll(o: PollOutcome, c: ScheduleConfig, random = Math.random, now = Date.now()): NextPoll {
  const shortest = Math.max(c.min, o.sourceInterval);
  const longest = Math.max(c.max, shortest);
  const floor = serverFloor(o.headers, now);
  if (o.kind === 'error') {
    if (o.errorStreak >= c.brokenAfter) {
      return { delay: Math.max(c.brokenInterval, floor), interval: c.brokenInterval, broken: true };
    }
    // Exponential backoff with "equal jitter": half fixed, half random, so failing sources do not retry in step.
    const backoff = Math.min(longest, shortest * 2 ** Math.max(0, o.errorStreak - 1));
    return { delay: Math.max(backoff / 2 + (random() * backoff) / 2, floor), interval: o.previousInterval ?? shortest, broken: false };
  }
  let interval: number;
  if (o.fixed) {
    interval = shortest;
  } else if (o.kind === 'ok') {
    const gap = averageGap(o.published ?? []);
    interval = gap === null ? shortest : Math.min(longest, Math.max(shortest, gap));
  } else {
    interval = o.previousInterval ?? shortest;
  }
  if (o.pushed) interval = Math.max(interval, c.max);
  interval = Math.max(interval, (o.ttlMinutes ?? 0) * 60);
  return { delay: Math.max(interval * (1 + random() * c.jitter), floor), interval, broken: false };
}
