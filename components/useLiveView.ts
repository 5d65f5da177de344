import { useMemo } from 'react';
import { useLiveIncidents, type LiveInitial, type LiveOptions } from '../lib/realtime/client';
import { acceptsIncident, incidentsParams, listIncident, statsParams, type ViewQuery } from './query';

/** The live incidents and stats of one view (window and filters) since `since`, rows trimmed to what they show. */
export function useLiveView(initial: LiveInitial, query: ViewQuery, since: Date, options?: LiveOptions) {
  const live = useMemo(
    () => ({
      incidents: incidentsParams(query, since),
      stats: statsParams(query),
      accept: (incident: Parameters<typeof acceptsIncident>[2]) => acceptsIncident(query, since, incident),
    }),
    [query, since],
  );
  return useLiveIncidents(initial, live, { prepare: listIncident, ...options });
}
