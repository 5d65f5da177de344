'use client';

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { EVENT_TYPES, type EventType } from '../lib/types';
import type { RegionCount, Stats } from '../lib/store/types';
import { formatNumber } from './format';
import type { Dictionary } from './i18n';

/** Bars drawn; the rest of the regions are summed into one "other regions" bar (the table lists them all). */
const MAX_BARS = 12;
const BAR_ROW_PX = 30;

type ChartRow = { name: string } & Record<EventType, number>;

/** Legend and tooltip list the types in the product's order (most severe first), not alphabetically. */
const typeOrder = (item: { dataKey?: unknown }): number => EVENT_TYPES.indexOf(item.dataKey as EventType);

function emptyByType(): Record<EventType, number> {
  return Object.fromEntries(EVENT_TYPES.map((type) => [type, 0])) as Record<EventType, number>;
}

export function chartRows(regions: readonly RegionCount[], otherLabel: string, maxBars = MAX_BARS): ChartRow[] {
  const withIncidents = regions.filter((r) => r.total > 0);
  const shown = withIncidents.length > maxBars ? withIncidents.slice(0, maxBars - 1) : withIncidents;
  const rows: ChartRow[] = shown.map((r) => ({ name: r.name, ...emptyByType(), ...r.byType }));
  const rest = withIncidents.slice(shown.length);
  if (rest.length > 0) {
    const other: ChartRow = { name: otherLabel, ...emptyByType() };
    for (const r of rest) for (const type of EVENT_TYPES) other[type] += r.byType[type] ?? 0;
    rows.push(other);
  }
  return rows;
}

export function RegionChart({ t, stats }: { t: Dictionary; stats: Stats }) {
  const regions = stats.byRegion.filter((r) => r.total > 0);
  const rows = chartRows(regions, t.chart.otherRegions);
  const n = (value: number) => formatNumber(value, t.locale);
  // A fixed height: a region appearing must not move the rest of the page.
  const height = 70 + MAX_BARS * BAR_ROW_PX;

  return (
    <section className="panel region-panel" aria-labelledby="region-heading">
      <h2 id="region-heading">{t.chart.heading(t.windows[stats.window])}</h2>
      {rows.length === 0 && <p className="empty">{t.chart.empty}</p>}
      {/* The table below is the accessible equivalent, so the drawing is hidden from assistive technology. */}
      <div className="chart" aria-hidden="true">
        <BarChart
          data-testid="region-chart"
          responsive
          style={{ width: '100%', height }}
          data={rows}
          layout="vertical"
          margin={{ top: 4, right: 16, bottom: 4, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke="var(--grid)" />
          <XAxis type="number" allowDecimals={false} stroke="var(--muted)" tick={{ fill: 'var(--muted)' }} />
          <YAxis
            type="category"
            dataKey="name"
            width={130}
            interval={0}
            stroke="var(--muted)"
            tick={{ fill: 'var(--fg)', fontSize: 13 }}
          />
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
      {/* A table box ignores width and overflow, so the hiding wrapper is a div. */}
      <div className="visually-hidden">
        <table data-testid="region-table">
          <caption>{t.chart.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.chart.region}</th>
              {EVENT_TYPES.map((type) => (
                <th key={type} scope="col">
                  {t.types[type]}
                </th>
              ))}
              <th scope="col">{t.chart.total}</th>
            </tr>
          </thead>
          <tbody>
            {regions.map((r) => (
              <tr key={r.code}>
                <th scope="row">{r.name}</th>
                {EVENT_TYPES.map((type) => (
                  <td key={type}>{n(r.byType[type] ?? 0)}</td>
                ))}
                <td>{n(r.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
