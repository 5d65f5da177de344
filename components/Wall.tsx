'use client';

import { useEffect, useMemo, useState } from 'react';
import { STATS_POLL_MS, type LiveInitial } from '../lib/realtime/client';
import type { RuntimeInfo } from '../lib/store/types';
import { EVENT_TYPES } from '../lib/types';
import { formatClock, formatDateTime, formatNumber, formatSigned, incidentTimeZone, placeLabel } from './format';
import { getDictionary, type Dictionary, type Lang } from './i18n';
import { PeruMap } from './map/PeruMap';
import type { Department, MapFrame } from './map/projection';
import { regionOf, WALL_ROWS, type ViewQuery } from './query';
import { RegionChart } from './RegionChart';
import { TimelineChart } from './TimelineChart';
import { useLiveView } from './useLiveView';

/** Places outside Peru listed under the wall's map (two columns of three); the others are summed in one line. */
const WALL_ABROAD = 6;

export const WALL_VIEWS = ['overview', 'trend'] as const;
/** The data counts as stale when nothing confirmed it for this long, even with the socket up. */
const STALE_AFTER_MS = 2 * STATS_POLL_MS + 5_000;

export interface WallProps {
  initial: LiveInitial;
  info: RuntimeInfo;
  lang: Lang;
  query: ViewQuery;
  since: string;
  map: { frame: MapFrame; departments: Department[] };
  /** Seconds per view when rotating, null for the overview alone. */
  rotate: number | null;
}

function useNow(intervalMs: number): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

function Clock({ t, timeZone }: { t: Dictionary; timeZone: string }) {
  const now = useNow(1_000);
  const text = now === null ? '' : new Intl.DateTimeFormat(t.locale, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone }).format(now);
  return (
    <p className="wall-clock" data-testid="wall-clock" aria-label={t.wall.clock}>
      <time suppressHydrationWarning>{text}</time>
    </p>
  );
}

function Freshness({ t, freshAt, stale }: { t: Dictionary; freshAt: number | null; stale: boolean }) {
  const now = useNow(1_000);
  const age = now !== null && freshAt !== null ? Math.max(0, Math.round((now - freshAt) / 1000)) : null;
  const tooOld = age !== null && age * 1000 > STALE_AFTER_MS;
  return (
    <>
      <p className="wall-fresh" data-testid="wall-fresh" data-age={age ?? ''}>
        {age === null ? t.wall.never : t.wall.updatedAgo(age)}
      </p>
      {(stale || tooOld) && (
        <div className="wall-stale" role="alert" data-testid="wall-stale">
          {t.wall.stale(freshAt === null ? '—' : formatClock(freshAt, t.locale))}
        </div>
      )}
    </>
  );
}

export function Wall({ initial, info, lang, query, since: sinceIso, map, rotate }: WallProps) {
  const t = getDictionary(lang);
  const since = useMemo(() => new Date(sinceIso), [sinceIso]);
  const live = useLiveView(initial, query, since, { limit: WALL_ROWS, pageSize: WALL_ROWS });
  const [viewIndex, setViewIndex] = useState(0);
  useEffect(() => {
    if (!rotate) return;
    const timer = setInterval(() => setViewIndex((k) => (k + 1) % WALL_VIEWS.length), rotate * 1000);
    return () => clearInterval(timer);
  }, [rotate]);
  const view = WALL_VIEWS[viewIndex]!;
  const stale = live.connection !== 'live' || live.dataError;
  const n = (v: number) => formatNumber(v, t.locale);
  const { stats } = live;
  const filterLabel = [query.type ? t.types[query.type] : null, query.region ? (map.departments.find((d) => d.code === query.region)?.name ?? query.region) : null]
    .filter(Boolean)
    .join(' · ');

  return (
    <div lang={lang} className={stale ? 'wall is-stale' : 'wall'} data-testid="wall" data-view={view} data-stale={stale}>
      <header className="wall-header">
        <div>
          <h1>
            {t.productName} <span className="wall-window">· {t.windows[query.window]}</span>
          </h1>
          {filterLabel && <p className="wall-filter">{filterLabel}</p>}
        </div>
        <p className="connection-state" data-testid="connection-state" data-state={live.connection}>
          <span className="connection-dot" aria-hidden="true" />
          {t.connection[live.connection]}
        </p>
        <Freshness t={t} freshAt={live.freshAt} stale={stale} />
        <Clock t={t} timeZone={info.timezone} />
      </header>
      {info.mode !== 'live' && (
        <p className="wall-demo" data-testid="demo-banner">
          <strong>{t.list.demoBadge}</strong> {t.banner[info.mode]}
        </p>
      )}
      {view === 'overview' ? (
        <main className="wall-overview">
          <section className="wall-counters" aria-label={t.summary.heading(t.windows[query.window])}>
            <ul>
              {EVENT_TYPES.map((type) => {
                const delta = stats.byType[type] - stats.previousByType[type];
                return (
                  <li key={type} className="wall-counter" data-testid={`counter-${type}`} data-type={type}>
                    <span className="wall-counter-label">
                      <span className="type-swatch" aria-hidden="true" />
                      {t.types[type]}
                    </span>
                    <span className="wall-counter-value" data-testid={`counter-${type}-value`}>
                      {n(stats.byType[type])}
                    </span>
                    <span className="wall-counter-change">{formatSigned(delta, t.locale)}</span>
                  </li>
                );
              })}
            </ul>
            <dl className="wall-totals">
              {(['killed', 'injured', 'detained'] as const).map((key) => (
                <div key={key}>
                  <dt>{t.counts[key]}</dt>
                  <dd data-testid={`total-${key}`}>{n(stats.totals[key])}</dd>
                </div>
              ))}
            </dl>
          </section>
          <section className="wall-map">
            <PeruMap
              t={t}
              frame={map.frame}
              departments={map.departments}
              regions={stats.byRegion}
              incidents={live.incidents}
              selected={query.region}
              highlighted={live.highlighted}
              abroadLimit={WALL_ABROAD}
            />
          </section>
          <section className="wall-latest" aria-label={t.list.heading}>
            <h2>{t.list.heading}</h2>
            <ol>
              {live.incidents.slice(0, WALL_ROWS).map((i) => (
                <li
                  key={i.id}
                  data-testid="incident"
                  data-incident-id={i.id}
                  data-incident-region={regionOf(i)}
                  data-type={i.type}
                  className={live.highlighted.has(i.id) ? 'wall-incident is-highlighted' : 'wall-incident'}
                >
                  <span className="type-badge">{t.types[i.type]}</span>
                  <a href={`/incidents/${encodeURIComponent(i.id)}`} className="wall-incident-title">
                    {i.title}
                  </a>
                  <span className="wall-incident-meta" suppressHydrationWarning>
                    {placeLabel(i, t.locale)} · {formatDateTime(i.lastSeen, t.locale, incidentTimeZone(i, false))} · {t.list.outlets(i.outlets.length)}
                  </span>
                </li>
              ))}
            </ol>
          </section>
        </main>
      ) : (
        <main className="wall-trend">
          <TimelineChart t={t} stats={stats} timezone={info.timezone} height={640} />
          <RegionChart t={t} stats={stats} large />
        </main>
      )}
    </div>
  );
}
