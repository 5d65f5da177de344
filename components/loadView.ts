// Server only: the first snapshot of a view (incidents, window stats, runtime info) for the dashboard and the wall.
import { parseIncidentQuery } from '../lib/api/params';
import type { LiveInitial } from '../lib/realtime/client';
import { getStore } from '../lib/store';
import type { RuntimeInfo } from '../lib/store/types';
import { incidentsParams, listIncident, timelineStep, windowStart, type ViewQuery } from './query';

export async function loadView(query: ViewQuery, limit: number): Promise<{ info: RuntimeInfo; since: string; initial: LiveInitial }> {
  const store = await getStore();
  const info = await store.getRuntimeInfo();
  const since = windowStart(query.window, new Date(), info.timezone);
  const { type, status, country, region, ...rest } = parseIncidentQuery(new URLSearchParams(incidentsParams(query, since)));
  const [page, stats] = await Promise.all([
    store.queryIncidents({ type, status, country, region, ...rest, limit }),
    store.getWindowStats(query.window, timelineStep(query.window), { type, status, country, region }),
  ]);
  return {
    info,
    since: since.toISOString(),
    initial: { incidents: page.incidents.map(listIncident), streamId: page.streamId, nextCursor: page.nextCursor, stats },
  };
}
