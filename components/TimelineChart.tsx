'use client';

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { TimelineBucket, WindowStats } from '../lib/store/timeline';
import { EVENT_TYPES, type EventType } from '../lib/types';
import { formatBucket, formatNumber } from './format';
import type { Dictionary } from './i18n';

type Row = { label: string } & Record<EventType, number>;

const typeOrder = (item: { dataKey?: unknown }): number => EVENT_TYPES.indexOf(item.dataKey as EventType);

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
  const n = (value: number) => formatNumber(value, t.locale);
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
          <Tooltip
            cursor={{ fill: 'var(--hover)' }}
            contentStyle={{ background: 'var(--panel)', border: '1px solid var(--border)', color: 'var(--fg)' }}
            formatter={(value) => (typeof value === 'number' ? n(value) : value)}
            itemSorter={typeOrder}
          />
          <Legend wrapperStyle={{ color: 'var(--fg)', fontSize: 13 }} itemSorter={typeOrder} />
          {EVENT_TYPES.map((type) => (
            <Bar
              key={type}
              dataKey={type}
              name={t.types[type]}
              stackId="types"
              fill={`var(--type-${type})`}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </div>
      <div className="visually-hidden">
        <table data-testid="timeline-table">
          <caption>{t.timeline.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.timeline.time}</th>
              {EVENT_TYPES.map((type) => (
                <th key={type} scope="col">
                  {t.types[type]}
                </th>
              ))}
              <th scope="col">{t.chart.total}</th>
            </tr>
          </thead>
          <tbody>
            {(stats.timeline ?? []).map((b, k) => (
              <tr key={b.start}>
                <th scope="row">{rows[k]!.label}</th>
                {EVENT_TYPES.map((type) => (
                  <td key={type}>{n(b.byType[type])}</td>
                ))}
                <td>{n(b.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
