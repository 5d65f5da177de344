import { describe, expect, it } from 'vitest';
import { averageGap, nextPoll, serverFloor, type PollOutcome, type ScheduleConfig } from '../../../worker/schedule';

const c: ScheduleConfig = { min: 1, max: 3600, brokenAfter: 10, brokenInterval: 21600, jitter: 0 };
const at = (minutesAgo: number) => new Date(Date.parse('2025-01-01T12:00:00Z') - minutesAgo * 60_000).toISOString();
const ok = (published: (string | null)[], extra: Partial<PollOutcome> = {}): PollOutcome => ({
  sourceInterval: 300,
  previousInterval: null,
  kind: 'ok',
  published,
  errorStreak: 0,
  ...extra,
});

describe('nextPoll', () => {
  it('follows the average gap between recent items, within [source interval, max]', () => {
    expect(averageGap([at(0), at(20), at(40), null, 'not a date'])).toBe(1200);
    expect(nextPoll(ok([at(0), at(20), at(40)]), c).interval).toBe(1200);
    expect(nextPoll(ok([at(0), at(1), at(2)]), c).interval).toBe(300); // never faster than the source's own interval
    expect(nextPoll(ok([at(0), at(3000)]), c).interval).toBe(3600);
    expect(nextPoll(ok([at(0)]), c).interval).toBe(300); // one date says nothing yet
  });

  it('reuses the learned interval after a 304, and private sources keep their own interval', () => {
    expect(nextPoll({ ...ok([]), kind: 'not-modified', previousInterval: 1200 }, c).interval).toBe(1200);
    expect(nextPoll(ok([at(0), at(600)], { fixed: true }), c).interval).toBe(300);
  });

  it('is never shorter than the TTL, Cache-Control max-age or Retry-After', () => {
    expect(nextPoll(ok([at(0), at(1)], { ttlMinutes: 30 }), c).delay).toBe(1800);
    expect(nextPoll(ok([at(0), at(1)], { headers: { 'cache-control': 'public, max-age=900' } }), c).delay).toBe(900);
    expect(nextPoll(ok([], { headers: { 'cache-control': 'max-age=900, s-maxage=1200' } }), c).delay).toBe(1200);
    expect(nextPoll(ok([], { headers: { 'cache-control': 'no-cache, max-age=900' } }), c).delay).toBe(300);
    const err = (headers: Record<string, string>): PollOutcome => ({ ...ok([]), kind: 'error', errorStreak: 1, headers });
    expect(nextPoll(err({ 'retry-after': '7200' }), c).delay).toBe(7200);
    const now = Date.parse('2025-01-01T12:00:00Z');
    expect(serverFloor({ 'retry-after': 'Wed, 01 Jan 2025 13:00:00 GMT' }, now)).toBe(3600);
  });

  it('backs off exponentially with jitter, then marks the source broken', () => {
    const err = (streak: number): PollOutcome => ({ ...ok([]), kind: 'error', errorStreak: streak });
    const low = (s: number) => nextPoll(err(s), c, () => 0).delay;
    const high = (s: number) => nextPoll(err(s), c, () => 1).delay;
    expect([low(1), high(1)]).toEqual([150, 300]);
    expect([low(3), high(3)]).toEqual([600, 1200]);
    expect(high(9)).toBe(3600); // capped at max
    expect(nextPoll(err(9), c).broken).toBe(false);
    expect(nextPoll(err(10), c)).toEqual({ delay: 21600, interval: 21600, broken: true });
  });

  it('polls slowly as a backup while a WebSub hub pushes, and spreads polls by the jitter', () => {
    expect(nextPoll(ok([at(0), at(1)], { pushed: true }), c).interval).toBe(3600);
    const spread = nextPoll(ok([]), { ...c, jitter: 0.1 }, () => 0.5).delay;
    expect(spread).toBe(315);
  });
});
