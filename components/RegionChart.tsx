'use client';

import { BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { EVENT_TYPES, type EventType } from '../lib/types';
import type { RegionCount, Stats } from '../lib/store/types';
import { ByTypeTable, typeSeries } from './chartParts';
import type { Dictionary } from './i18n';

/** Bars drawn; the rest of the regions are summed into one "other regions" bar (the table lists them all). */
const MAX_BARS = 12;
/** Sizes for a page read at arm's length, and for a wall screen read from across a room (`large`). */
const SIZES = {
  normal: { rowPx: 30, axisWidth: 130, fontSize: 13 },
  large: { rowPx: 52, axisWidth: 250, fontSize: 20 },
};

type ChartRow = { name: string } & Record<EventType, number>;


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

export function RegionChart({ t, stats, large = false }: { t: Dictionary; stats: Stats; large?: boolean }) {
  const regions = stats.byRegion.filter((r) => r.total > 0);
  const rows = chartRows(regions, t.chart.otherRegions);
  const size = SIZES[large ? 'large' : 'normal'];
  // A fixed height: a region appearing must not move the rest of the page.
  const height = 70 + MAX_BARS * size.rowPx;

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
          <XAxis type="number" allowDecimals={false} stroke="var(--muted)" tick={{ fill: 'var(--muted)', fontSize: size.fontSize }} />
          <YAxis
            type="category"
            dataKey="name"
            width={size.axisWidth}
            interval={0}
            stroke="var(--muted)"
            tick={{ fill: 'var(--fg)', fontSize: size.fontSize }}
          />
          {typeSeries(t)}
        </BarChart>
      </div>
      <ByTypeTable
        t={t}
        testId="region-table"
        caption={t.chart.tableCaption}
        first={t.chart.region}
        rows={regions.map((r) => ({ key: r.code, label: r.name, byType: r.byType, total: r.total }))}
      />
    </section>
  );
}
