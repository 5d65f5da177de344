import { EVENT_TYPES } from '../lib/types';
import type { Stats } from '../lib/store/types';
import { formatNumber, formatSigned } from './format';
import type { Dictionary } from './i18n';

const TOTAL_KEYS = ['incidents', 'killed', 'injured', 'detained'] as const;

/** Incidents by type in the window with the change against the previous window, and the window's totals. */
export function Counters({
  t,
  stats,
  timezone,
  filtered = false,
}: {
  t: Dictionary;
  stats: Stats;
  timezone: string;
  filtered?: boolean;
}) {
  const n = (value: number) => formatNumber(value, t.locale);
  const windowLabel = t.windows[stats.window];
  return (
    <section className="panel summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">
        {t.summary.heading(windowLabel)}
        {filtered && <span className="filtered-tag"> · {t.summary.filtered}</span>}
      </h2>
      <ul className="counters">
        {EVENT_TYPES.map((type) => {
          const delta = stats.byType[type] - stats.previousByType[type];
          return (
            <li key={type} className="counter" data-testid={`counter-${type}`} data-type={type}>
              <h3 className="counter-label">
                <span className="type-swatch" aria-hidden="true" />
                {t.types[type]}
              </h3>
              <p className="counter-now">
                <span className="counter-value" data-testid={`counter-${type}-value`}>
                  {n(stats.byType[type])}
                </span>
              </p>
              <p className="counter-change" data-testid={`counter-${type}-change`} data-delta={delta}>
                {t.summary.change(formatSigned(delta, t.locale), t.previousWindow[stats.window])}
              </p>
            </li>
          );
        })}
      </ul>
      <dl className="totals" data-testid="totals" aria-label={t.summary.totalsCaption}>
        {TOTAL_KEYS.map((key) => (
          <div key={key} className="total">
            <dt>{t.counts[key]}</dt>
            <dd data-testid={`total-${key}`}>{n(stats.totals[key])}</dd>
          </div>
        ))}
      </dl>
      {stats.window === 'today' && <p className="note">{t.summary.todayNote(timezone)}</p>}
    </section>
  );
}
