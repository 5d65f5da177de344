import type { StatsWindow } from './types';

/** The instant of the most recent local midnight in a time zone. */
export function localMidnight(at: Date, timeZone: string): Date {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  const offsetMs = asUtc - Math.floor(at.getTime() / 1000) * 1000;
  return new Date(Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!) - offsetMs);
}

export function windowBounds(window: StatsWindow, now: Date, timezone: string): { from: Date; to: Date } {
  const to = now;
  const span = { '1h': 3600e3, '24h': 86400e3, '7d': 7 * 86400e3 } as const;
  const from = window === 'today' ? localMidnight(now, timezone) : new Date(now.getTime() - span[window]);
  return { from, to };
}
