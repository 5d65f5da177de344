import { memo, useId } from 'react';
import type { Incident } from '../lib/types';
import { formatDateTime, formatNumber, incidentTimeZone, placeLabel, safeHttpUrl, tollHistoryOf, tollRevisions } from './format';
import type { Dictionary } from './i18n';
import { INLINE_SOURCES, regionOf } from './query';


const COUNT_KEYS = ['killed', 'injured', 'detained'] as const;

interface SourceLink {
  key: string;
  label: string;
  href: string | null;
  title: string;
}

/** One entry per report; an outlet named twice gets a number so every link has a distinct name. */
export function sourceLinks(sources: Incident['sources']): SourceLink[] {
  const total = new Map<string, number>();
  for (const s of sources) total.set(s.outlet, (total.get(s.outlet) ?? 0) + 1);
  const seen = new Map<string, number>();
  return sources.map((s) => {
    const nth = (seen.get(s.outlet) ?? 0) + 1;
    seen.set(s.outlet, nth);
    return {
      key: s.reportId,
      label: (total.get(s.outlet) ?? 0) > 1 ? `${s.outlet} (${nth})` : s.outlet,
      href: safeHttpUrl(s.link),
      title: s.title,
    };
  });
}

function Source({ source }: { source: SourceLink }) {
  return source.href ? (
    <a href={source.href} target="_blank" rel="noopener noreferrer nofollow" title={source.title}>
      {source.label}
    </a>
  ) : (
    <span title={source.title}>{source.label}</span>
  );
}

function IncidentRowImpl({
  t,
  incident,
  highlighted,
  hydrated,
}: {
  t: Dictionary;
  incident: Incident;
  highlighted: boolean;
  hydrated: boolean;
}) {
  // Server and browser may format dates slightly differently (ICU versions), hence suppressHydrationWarning on <time>.
  const zone = incidentTimeZone(incident, hydrated);
  const first = formatDateTime(incident.firstSeen, t.locale, zone);
  const last = formatDateTime(incident.lastSeen, t.locale, zone);
  const place = placeLabel(incident, t.locale);
  const counts = COUNT_KEYS.filter((key) => incident[key] !== null);
  const links = sourceLinks(incident.sources);
  const inline = links.slice(0, INLINE_SOURCES);
  // The rest are on the detail page; rows keep only the inline ones (listIncident).
  const more = Math.max(incident.reportCount ?? 0, links.length) - inline.length;
  const detailHref = `/incidents/${encodeURIComponent(incident.id)}`;
  const outletCount = incident.outlets.length;
  const titleId = useId();
  const revision = tollRevisions(tollHistoryOf(incident), t).at(-1);

  return (
    <li
      className={highlighted ? 'incident is-highlighted' : 'incident'}
      data-testid="incident"
      data-incident-id={incident.id}
      data-incident-region={regionOf(incident)}
      data-type={incident.type}
      data-revision={incident.revision}
    >
      {/* Keyed by revision so every update replays the flash; absolutely placed, so nothing moves. */}
      {highlighted && <span key={incident.revision} className="incident-flash" aria-hidden="true" />}
      <article aria-labelledby={titleId}>
        <div className="incident-tags">
          <span className="type-badge" data-testid="incident-type">
            {t.types[incident.type]}
          </span>
          <span className="status">{t.statuses[incident.status]}</span>
          {incident.demo && (
            <span className="demo-badge" data-testid="demo-badge" title={t.list.demoBadgeTitle}>
              {t.list.demoBadge}
            </span>
          )}
        </div>
        <h3 className="incident-title" id={titleId}>
          <a href={detailHref} data-testid="incident-link">
            {incident.title}
          </a>
        </h3>
        {place && (
          <p className="incident-place" data-testid="incident-place">
            {place}
          </p>
        )}
        <p className="incident-time">
          <span>
            {t.list.firstSeen}: <time dateTime={incident.firstSeen} suppressHydrationWarning>
              {first}
            </time>
          </span>
          {last !== first && (
            <span>
              {t.list.lastSeen}: <time dateTime={incident.lastSeen} suppressHydrationWarning>
                {last}
              </time>
            </span>
          )}
        </p>
        {counts.length > 0 && (
          <dl className="incident-counts" aria-label={t.list.countsLabel} data-testid="incident-counts">
            {counts.map((key) => (
              <div key={key} data-count={key}>
                <dt>{t.counts[key]}</dt>
                <dd>{formatNumber(incident[key] ?? 0, t.locale)}</dd>
              </div>
            ))}
          </dl>
        )}
        {revision && (
          <p className="incident-revision" data-testid="incident-revision">
            {revision.text}
          </p>
        )}
        <p className="incident-meta">
          <span data-testid="incident-outlets">{t.list.outlets(outletCount)}</span>
          <span className={`verification verification-${incident.verification}`} data-testid="incident-verification">
            {t.list.verification[incident.verification]}
          </span>
        </p>
        {links.length > 0 && (
          <div className="incident-sources">
            <span className="sources-label">{t.list.sources}:</span>{' '}
            <ul className="source-list">
              {inline.map((source) => (
                <li key={source.key}>
                  <Source source={source} />
                </li>
              ))}
            </ul>
            {more > 0 && (
              <>
                {' · '}
                <a href={detailHref}>{t.list.moreSources(more)}</a>
              </>
            )}
          </div>
        )}
      </article>
    </li>
  );
}

export const IncidentRow = memo(IncidentRowImpl);
