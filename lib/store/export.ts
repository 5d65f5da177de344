import type { Redis } from 'ioredis';
import type { Incident } from '../types';
import { queryIncidents } from './query';
import type { IncidentQuery } from './types';

/** The largest page queryIncidents returns. */
export const EXPORT_PAGE = 200;

/**
 * Every incident matching the filters, newest first (by lastSeen), one page at a time. It follows the same cursor as
 * GET /api/incidents: an incident updated while the export runs moves above the cursor and is not exported twice,
 * but also not at all if it had not been reached yet.
 */
export async function* exportIncidents(redis: Redis, q: IncidentQuery): AsyncGenerator<Incident[]> {
  let cursor: string | undefined;
  do {
    const page = await queryIncidents(redis, { ...q, limit: EXPORT_PAGE, cursor });
    if (page.incidents.length) yield page.incidents;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}
