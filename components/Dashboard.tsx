'use client';

import { useCallback, useState } from 'react';
import type { LiveInitial } from '../lib/realtime/client';
import type { RuntimeInfo } from '../lib/store/types';
import { ConnectionBadge } from './ConnectionBadge';
import { Counters } from './Counters';
import { DemoBanner } from './DemoBanner';
import { Filters } from './Filters';
import { getDictionary, type Lang } from './i18n';
import { IncidentList } from './IncidentList';
import { LangSwitch } from './LangSwitch';
import { LiveAnnouncer, useAnnouncer } from './LiveAnnouncer';
import { PeruMap } from './map/PeruMap';
import type { Department, MapFrame } from './map/projection';
import { viewSearch, windowStart, type ViewQuery } from './query';
import { RegionChart } from './RegionChart';
import { TimelineChart } from './TimelineChart';
import { useLiveView } from './useLiveView';

export interface DashboardProps {
  initial: LiveInitial;
  info: RuntimeInfo;
  lang: Lang;
  query: ViewQuery;
  /** The window start the server used for the first snapshot (ISO 8601). */
  since: string;
  map: { frame: MapFrame; departments: Department[] };
}

export function Dashboard({ initial, info, lang: initialLang, query: initialQuery, since: initialSince, map }: DashboardProps) {
  const [lang, setLang] = useState(initialLang);
  const [view, setView] = useState(() => ({ query: initialQuery, since: new Date(initialSince) }));
  const t = getDictionary(lang);
  const announcer = useAnnouncer(t);
  const { query, since } = view;
  const live = useLiveView(initial, query, since, { onIncident: announcer.push });

  const change = useCallback(
    (next: ViewQuery) => {
      setView({ query: next, since: windowStart(next.window, new Date(), info.timezone) });
      const search = viewSearch(next);
      window.history.replaceState(null, '', search ? `?${search}` : window.location.pathname);
    },
    [info.timezone],
  );
  const filtered = Boolean(query.type || query.region || query.country || query.status);

  return (
    <>
      <a className="skip-link" href="#incidents">
        {t.skipToList}
      </a>
      <header className="site-header">
        <div className="brand">
          <h1>{t.productName}</h1>
          <p className="tagline">{t.tagline}</p>
        </div>
        <div className="header-tools">
          <LangSwitch lang={lang} onChange={setLang} />
          <ConnectionBadge t={t} connection={live.connection} lastEventAt={live.lastEventAt} />
        </div>
      </header>
      {info.mode !== 'live' && <DemoBanner t={t} mode={info.mode} />}
      <main className="dashboard" lang={lang}>
        <Filters t={t} query={query} departments={map.departments} regions={live.stats.byRegion} onChange={change} />
        <Counters t={t} stats={live.stats} timezone={info.timezone} filtered={filtered} />
        <section className="panel map-panel" aria-labelledby="map-heading">
          <h2 id="map-heading">{t.map.heading}</h2>
          <PeruMap
            t={t}
            frame={map.frame}
            departments={map.departments}
            regions={live.stats.byRegion}
            incidents={live.incidents}
            selected={query.region}
            onSelect={(region) => change({ ...query, region })}
            highlighted={live.highlighted}
          />
        </section>
        <RegionChart t={t} stats={live.stats} />
        <TimelineChart t={t} stats={live.stats} timezone={info.timezone} />
        <IncidentList
          t={t}
          incidents={live.incidents}
          highlighted={live.highlighted}
          loading={live.loading}
          hasMore={live.hasMore}
          onMore={live.loadMore}
        />
      </main>
      <LiveAnnouncer text={announcer.text} />
    </>
  );
}
