import { EVENT_TYPES } from '../lib/types';
import type { Stats } from '../lib/store/types';
import { formatNumber } from './format';
import type { Dictionary } from './i18n';

const TOTAL_KEYS = ['incidents', 'killed', 'injured', 'detained'] as const;

export function Counters({
  t,
  today,
  last24h,
  timezone,
}: {
  t: Dictionary;
  today: Stats;
  last24h: Stats;
  timezone: string;
}) {
  const n = (value: number) => formatNumber(value, t.locale);
  return (
    <section className="panel summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t.summary.heading}</h2>
      <ul className="counters">
        {EVENT_TYPES.map((type) => (
          <li key={type} className="counter" data-testid={`counter-${type}`} data-type={type}>
            <h3 className="counter-label">
              <span className="type-swatch" aria-hidden="true" />
              {t.types[type]}
            </h3>
            <p className="counter-today">
              <span className="counter-value" data-testid={`counter-${type}-value`}>
                {n(today.byType[type])}
              </span>{' '}
              <span className="counter-window">{t.windows.today}</span>
            </p>
            <p className="counter-24h">
              {t.windows.last24h}: <span data-testid={`counter-${type}-24h`}>{n(last24h.byType[type])}</span>
            </p>
            <p className="counter-previous">{t.summary.previous24h(last24h.previousByType[type])}</p>
          </li>
        ))}
      </ul>
      <table className="totals" data-testid="totals">
        <caption>{t.summary.totalsCaption}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">{t.windows.today}</th>
            <th scope="col">{t.windows.last24h}</th>
          </tr>
        </thead>
        <tbody>
          {TOTAL_KEYS.map((key) => (
            <tr key={key}>
              <th scope="row">{t.counts[key]}</th>
              <td data-testid={`total-${key}-today`}>{n(today.totals[key])}</td>
              <td data-testid={`total-${key}-24h`}>{n(last24h.totals[key])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="note">{t.summary.todayNote(timezone)}</p>
    </section>
  );
}
