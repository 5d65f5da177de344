'use client';

import { useLiveIncidents, type LiveInitial } from '../lib/realtime/client';
import type { RuntimeInfo } from '../lib/store/types';
import { ConnectionBadge } from './ConnectionBadge';
import { Counters } from './Counters';
import { DemoBanner } from './DemoBanner';
import { getDictionary, type Lang } from './i18n';
import { IncidentList } from './IncidentList';
import { LiveAnnouncer, useAnnouncer } from './LiveAnnouncer';
import { RegionChart } from './RegionChart';

export interface DashboardProps {
  initial: LiveInitial;
  info: RuntimeInfo;
  lang?: Lang;
}

export function Dashboard({ initial, info, lang }: DashboardProps) {
  const t = getDictionary(lang);
  const announcer = useAnnouncer(t);
  const live = useLiveIncidents(initial, { onIncident: announcer.push });

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
        <ConnectionBadge t={t} connection={live.connection} lastEventAt={live.lastEventAt} />
      </header>
      {info.mode !== 'live' && <DemoBanner t={t} mode={info.mode} />}
      <main className="dashboard">
        <Counters t={t} today={live.today} last24h={live.last24h} timezone={info.timezone} />
        <RegionChart t={t} stats={live.last24h} />
        <IncidentList t={t} incidents={live.incidents} highlighted={live.highlighted} />
      </main>
      <LiveAnnouncer text={announcer.text} />
    </>
  );
}
