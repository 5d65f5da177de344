import type { Incident, Report } from '../lib/types';
import {
  formatDateTime,
  formatNumber,
  incidentTimeZone,
  placeLabel,
  safeHttpUrl,
  tollHistoryOf,
  tollRevisions,
} from './format';
import { getDictionary, type Lang } from './i18n';
import { IncidentMap } from './IncidentMap';
import { RefreshingLangSwitch } from './LangSwitch';
import type { Department, MapFrame } from './map/projection';

const COUNT_KEYS = ['killed', 'injured', 'detained'] as const;

/** Everything known about one incident: its reports and outlets, the figures over time, the cues, its place. */
export function IncidentDetail({
  lang,
  incident,
  reports,
  map,
}: {
  lang: Lang;
  incident: Incident;
  reports: Report[];
  map: { frame: MapFrame; departments: Department[] };
}) {
  const t = getDictionary(lang);
  const zone = incidentTimeZone(incident, false);
  const when = (iso: string) => formatDateTime(iso, t.locale, zone);
  const n = (v: number | null) => (v === null ? '–' : formatNumber(v, t.locale));
  const claims = [...incident.claims].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const revisions = tollRevisions(tollHistoryOf(incident), t);
  const byReport = new Map(reports.map((r) => [r.id, r]));

  return (
    <>
      <header className="site-header">
        <div className="brand">
          <p>
            <a href="/">← {t.detail.back}</a>
          </p>
        </div>
        <div className="header-tools">
          <RefreshingLangSwitch lang={lang} />
        </div>
      </header>
      <main className="detail" data-testid="incident-detail" data-incident-id={incident.id} lang={lang}>
        <section className="panel detail-head" data-type={incident.type}>
          <div className="incident-tags">
            <span className="type-badge">{t.types[incident.type]}</span>
            <span className="status">{t.statuses[incident.status]}</span>
            <span className={`verification verification-${incident.verification}`}>
              {t.list.verification[incident.verification]}
            </span>
            {incident.demo && (
              <span className="demo-badge" title={t.list.demoBadgeTitle}>
                {t.list.demoBadge}
              </span>
            )}
          </div>
          <h1>{incident.title}</h1>
          <dl className="facts">
            <div>
              <dt>{t.detail.where}</dt>
              <dd data-testid="detail-place">{placeLabel(incident, t.locale) || '–'}</dd>
            </div>
            <div>
              <dt>{t.list.firstSeen}</dt>
              <dd>
                <time dateTime={incident.firstSeen}>{when(incident.firstSeen)}</time>
              </dd>
            </div>
            <div>
              <dt>{t.list.lastSeen}</dt>
              <dd>
                <time dateTime={incident.lastSeen}>{when(incident.lastSeen)}</time>
              </dd>
            </div>
            {COUNT_KEYS.map((key) => (
              <div key={key}>
                <dt>{t.counts[key]}</dt>
                <dd data-testid={`detail-${key}`}>{n(incident[key])}</dd>
              </div>
            ))}
            <div>
              <dt>{t.detail.confidence}</dt>
              <dd>{formatNumber(Math.round(incident.confidence * 100), t.locale)} %</dd>
            </div>
            {incident.actors.length > 0 && (
              <div>
                <dt>{t.detail.actors}</dt>
                <dd>{incident.actors.join(', ')}</dd>
              </div>
            )}
          </dl>
        </section>

        <section className="panel detail-reports" aria-labelledby="reports-heading">
          <h2 id="reports-heading">
            {t.detail.reports} · {t.list.outlets(incident.outlets.length)}
          </h2>
          <ol className="report-list" data-testid="detail-reports">
            {incident.sources.map((s) => {
              const report = byReport.get(s.reportId);
              const href = safeHttpUrl(s.link);
              return (
                <li key={s.reportId} data-testid="detail-report">
                  <strong>{s.outlet}</strong>
                  {report?.published && (
                    <>
                      {' · '}
                      <time dateTime={report.published}>{when(report.published)}</time>
                    </>
                  )}
                  <br />
                  {href ? (
                    <a href={href} target="_blank" rel="noopener noreferrer nofollow">
                      {s.title}
                    </a>
                  ) : (
                    <span>
                      {s.title} ({t.detail.noLink})
                    </span>
                  )}
                  {report?.summary && <p className="note">{report.summary}</p>}
                </li>
              );
            })}
          </ol>
        </section>

        <section className="panel detail-claims" aria-labelledby="claims-heading">
          <h2 id="claims-heading">{t.detail.claims}</h2>
          {revisions.length > 0 && (
            <>
              <h3>{t.detail.revisions}</h3>
              <ol className="revisions" data-testid="detail-revisions">
                {revisions.map((r) => (
                  <li key={r.at}>
                    <time dateTime={r.at}>{when(r.at)}</time>: {r.text}
                  </li>
                ))}
              </ol>
            </>
          )}
          {claims.length === 0 && (
            <p className="note" data-testid="detail-no-claims">
              {t.detail.noClaims}
            </p>
          )}
          {claims.length > 0 && (
            <table className="claims" data-testid="detail-claims">
              <caption>{t.detail.claimsCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.detail.published}</th>
                  <th scope="col">{t.list.sources}</th>
                  {COUNT_KEYS.map((key) => (
                    <th key={key} scope="col">
                      {t.counts[key]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {claims.map((c) => (
                  <tr key={c.reportId}>
                    <td>
                      <time dateTime={c.at}>{when(c.at)}</time>
                    </td>
                    <th scope="row">{c.outlet}</th>
                    {COUNT_KEYS.map((key) => (
                      <td key={key}>{n(c[key])}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>

        <section className="panel detail-cues" aria-labelledby="cues-heading">
          <h2 id="cues-heading">{t.detail.cues}</h2>
          <p className="note">{t.detail.cuesNote}</p>
          <ul className="cues" data-testid="detail-cues">
            {incident.cues.map((cue) => (
              <li key={cue}>{cue}</li>
            ))}
          </ul>
        </section>

        <section className="panel detail-where" aria-labelledby="where-heading">
          <h2 id="where-heading">{t.detail.where}</h2>
          <IncidentMap lang={lang} incident={incident} map={map} />
        </section>
      </main>
    </>
  );
}
