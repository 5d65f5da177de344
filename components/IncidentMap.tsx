'use client';

import type { Incident } from '../lib/types';
import { getDictionary, type Lang } from './i18n';
import { PeruMap } from './map/PeruMap';
import type { Department, MapFrame } from './map/projection';
import { regionOf } from './query';

/** One incident's place on the map, for server-rendered pages (which cannot hand a dictionary to the browser). */
export function IncidentMap({
  lang,
  incident,
  map,
}: {
  lang: Lang;
  incident: Incident;
  map: { frame: MapFrame; departments: Department[] };
}) {
  const t = getDictionary(lang);
  const region = regionOf(incident);
  return (
    <PeruMap
      t={t}
      frame={map.frame}
      departments={map.departments}
      regions={[{ code: region, name: incident.admin1 ?? region, country: incident.country, total: 1, byType: {} as never }]}
      incidents={[incident]}
      selected={region}
    />
  );
}
