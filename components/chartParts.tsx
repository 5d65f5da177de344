// What the two stacked-by-type charts share: tooltip, legend and one bar series per type in the product's order, and
// the visually hidden table that is the charts' text equivalent.
import { Bar, Legend, Tooltip } from 'recharts';
import { EVENT_TYPES, type EventType } from '../lib/types';
import { formatNumber } from './format';
import type { Dictionary } from './i18n';

/** Legend and tooltip list the types in the product's order (most severe first), not alphabetically. */
const typeOrder = (item: { dataKey?: unknown }): number => EVENT_TYPES.indexOf(item.dataKey as EventType);

/** Children of a recharts BarChart (returned as an array: recharts reads its direct children). */
export function typeSeries(t: Dictionary) {
  return [
    <Tooltip
      key="tooltip"
      cursor={{ fill: 'var(--hover)' }}
      contentStyle={{ background: 'var(--panel)', border: '1px solid var(--border)', color: 'var(--fg)' }}
      formatter={(value) => (typeof value === 'number' ? formatNumber(value, t.locale) : value)}
      itemSorter={typeOrder}
    />,
    <Legend key="legend" wrapperStyle={{ color: 'var(--fg)', fontSize: 13 }} itemSorter={typeOrder} />,
    ...EVENT_TYPES.map((type) => (
      <Bar key={type} dataKey={type} name={t.types[type]} stackId="types" fill={`var(--type-${type})`} isAnimationActive={false} />
    )),
  ];
}

export interface TableRow {
  key: string;
  label: string;
  byType: Partial<Record<EventType, number>>;
  total: number;
}

/** The text equivalent of a chart, for screen readers (a table box ignores width and overflow, so the wrapper is a div). */
export function ByTypeTable({ t, testId, caption, first, rows }: { t: Dictionary; testId: string; caption: string; first: string; rows: readonly TableRow[] }) {
  const n = (value: number) => formatNumber(value, t.locale);
  return (
    <div className="visually-hidden">
      <table data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            {EVENT_TYPES.map((type) => (
              <th key={type} scope="col">
                {t.types[type]}
              </th>
            ))}
            <th scope="col">{t.chart.total}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              {EVENT_TYPES.map((type) => (
                <td key={type}>{n(r.byType[type] ?? 0)}</td>
              ))}
              <td>{n(r.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
