import type { Source } from '../config/sources';
import { fetchFeed } from '../feeds';

/** Ids of the sources that answer at all within the timeout (any HTTP status counts as reachable). */
export async function reachableSources(sources: Source[], timeoutMs = 5_000): Promise<string[]> {
  const results = await Promise.all(
    sources.map(async (s) => {
      try {
        await fetchFeed(s.url, { timeoutMs, maxBytes: 5 * 1024 * 1024, allowPrivate: s.private });
        return s.id;
      } catch (err) {
        return (err as { code?: string }).code === 'http' ? s.id : null;
      }
    }),
  );
  return results.filter((id): id is string => id !== null);
}
