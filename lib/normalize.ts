import type { Source } from './config/sources';
import { normalize } from './extract';
import type { Item, Report } from './types';

/** Item -> Report, or null when the item reports no protest event. Pure: the worker and the CLI share it. */
export function toReport(item: Item, source: Pick<Source, 'id' | 'name' | 'scale' | 'country' | 'language' | 'demo'>, id: string, now: Date): Report | null {
  const event = normalize(
    {
      title: item.title,
      summary: item.summary,
      lang: item.lang ?? source.language,
      published: item.published,
      feed: source.name,
      sourceCountry: source.country,
    },
    { now },
  );
  if (!event) return null;
  return {
    ...event,
    id,
    source: source.id,
    outlet: source.name,
    scale: source.scale,
    title: item.title,
    summary: item.summary,
    link: item.link,
    lang: item.lang ?? source.language,
    published: item.published,
    ingested: now.toISOString(),
    demo: source.demo,
  };
}
