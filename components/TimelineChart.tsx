'use client';

import { BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import type { TimelineBucket, WindowStats } from '../lib/store/timeline';
import type { EventType } from '../lib/types';
import { ByTypeTable, typeSeries } from './chartParts';
import { formatBucket } from './format';
import type { Dictionary } from './i18n';

type Row = { label: string } & Record<EventType, number>;

export function timelineRows(
  buckets: readonly TimelineBucket[],
  step: 'hour' | 'day',
  locale: string,
  timeZone: string,
): Row[] {
  return buckets.map((b) => ({ label: formatBucket(b.start, step, locale, timeZone), ...b.byType }));
}

/** Incidents first seen per hour or per day of the window, stacked by type; the table is its text equivalent. */
export function TimelineChart({
  t,
  stats,
  timezone,
  height = 220,
}: {
  t: Dictionary;
  stats: WindowStats;
  timezone: string;
  height?: number;
}) {
  const step = stats.by === 'day' ? 'day' : 'hour';
  const rows = timelineRows(stats.timeline ?? [], step, t.locale, timezone);
  return (
    <section className="panel timeline-panel" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t.timeline.heading(t.windows[stats.window])}</h2>
      <div className="chart" aria-hidden="true">
        <BarChart
          data-testid="timeline-chart"
          responsive
          style={{ width: '100%', height }}
          data={rows}
          margin={{ top: 4, right: 8, bottom: 4, left: 0 }}
          accessibilityLayer={false}
        >
          <CartesianGrid vertical={false} stroke="var(--grid)" />
          <XAxis dataKey="label" stroke="var(--muted)" tick={{ fill: 'var(--muted)', fontSize: 12 }} minTickGap={12} />
          <YAxis allowDecimals={false} width={36} stroke="var(--muted)" tick={{ fill: 'var(--muted)', fontSize: 12 }} />
          {typeSeries(t)}
        </BarChart>
      </div>
      <ByTypeTable
        t={t}
        testId="timeline-table"
        caption={t.timeline.tableCaption}
        first={t.timeline.time}
        rows={(stats.timeline ?? []).map((b, k) => ({ key: b.start, label: rows[k]!.label, byType: b.byType, total: b.total }))}
      />
    </section>
  );
}
