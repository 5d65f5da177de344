'use client';

import type { Incident } from '../lib/types';
import type { Dictionary } from './i18n';
import { IncidentRow } from './IncidentRow';
import { useHydrated } from './useHydrated';

export function IncidentList({
  t,
  incidents,
  highlighted,
  loading = false,
  hasMore = false,
  onMore,
}: {
  t: Dictionary;
  incidents: readonly Incident[];
  highlighted: ReadonlySet<string>;
  loading?: boolean;
  hasMore?: boolean;
  onMore?: () => void;
}) {
  const hydrated = useHydrated();
  return (
    <section className="panel incidents-panel" aria-labelledby="incidents" aria-busy={loading}>
      <h2 id="incidents" tabIndex={-1}>
        {t.list.heading}
        {loading && <span className="note"> · {t.list.loading}</span>}
      </h2>
      {incidents.length === 0 ? (
        <p className="empty">{t.list.empty}</p>
      ) : (
        <ol className="incident-list" data-testid="incident-list">
          {incidents.map((incident) => (
            <IncidentRow
              key={incident.id}
              t={t}
              incident={incident}
              highlighted={highlighted.has(incident.id)}
              hydrated={hydrated}
            />
          ))}
        </ol>
      )}
      {hasMore && onMore && (
        <button type="button" className="button more-button" data-testid="load-more" onClick={onMore}>
          {t.list.more}
        </button>
      )}
    </section>
  );
}
