// OPML 2.0 import and export of sources (the exchange format of every feed reader).
import { createRequire } from 'node:module';
import type { Source } from '../config/sources';
import { FeedError } from './errors';

type XmlNode = { $?: Record<string, string>; outline?: XmlNode[] };
const xml2js = createRequire(import.meta.url)('xml2js') as {
  parseStringPromise(xml: string, opts: object): Promise<{ opml?: { body?: { outline?: XmlNode[] }[] } }>;
};

/** One feed outline: what OPML says about it. Vigía's own fields travel as `vigia:*` attributes. */
export interface OpmlFeed {
  title: string;
  xmlUrl: string;
  attrs: Record<string, string>;
}

/** Every outline with an xmlUrl, at any depth (folders are flattened). The DOCTYPE, if any, is refused. */
export async function parseOpml(xml: string): Promise<OpmlFeed[]> {
  if (/<!DOCTYPE/i.test(xml)) throw new FeedError('parse', 'OPML with a DOCTYPE is refused (entities are not expanded)');
  let doc: Awaited<ReturnType<typeof xml2js.parseStringPromise>>;
  try {
    doc = await xml2js.parseStringPromise(xml, { strict: true });
  } catch (e) {
    throw new FeedError('parse', `not valid OPML: ${(e as Error).message.split('\n')[0]}`);
  }
  const body = doc?.opml?.body?.[0];
  if (!body) throw new FeedError('parse', 'not OPML: expected <opml><body>…</body></opml>');
  const out: OpmlFeed[] = [];
  const walk = (nodes: XmlNode[] | undefined) => {
    for (const n of nodes ?? []) {
      const a = n.$ ?? {};
      if (a.xmlUrl) out.push({ title: a.title || a.text || a.xmlUrl, xmlUrl: a.xmlUrl, attrs: a });
      walk(n.outline);
    }
  };
  walk(body.outline);
  return out;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function toOpml(sources: Source[], title = 'Vigía sources'): string {
  const outlines = sources.map((s) => {
    const attrs: Record<string, string> = {
      type: 'rss',
      text: s.name,
      title: s.name,
      xmlUrl: s.url,
      language: s.language,
      'vigia:id': s.id,
      'vigia:country': s.country,
      'vigia:scale': s.scale,
      'vigia:interval': String(s.interval),
      'vigia:enabled': String(s.enabled),
    };
    if (s.private) attrs['vigia:private'] = 'true';
    if (s.demo) attrs['vigia:demo'] = 'true';
    return `    <outline ${Object.entries(attrs).map(([k, v]) => `${k}="${esc(v)}"`).join(' ')}/>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0" xmlns:vigia="urn:vigia:opml">
  <head><title>${esc(title)}</title><dateCreated>${new Date().toUTCString()}</dateCreated></head>
  <body>
${outlines.join('\n')}
  </body>
</opml>
`;
}
