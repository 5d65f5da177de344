import { DEMO_CATEGORY, DEMO_TITLE_SUFFIX, type Outlet } from './outlets';

/** One item as released by the wire: corpus text plus its served identity and time. */
export interface ReleasedItem {
  guid: string;
  key: string;
  outlet: Outlet;
  title: string;
  summary: string;
  link: string;
  published: Date;
  /** How many times the corpus had been gone through before this release (0 for the first pass). */
  cycle: number;
}

// XML 1.0 forbids most C0 controls, lone surrogates and U+FFFE/U+FFFF even when escaped.
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text for XML element content and attribute values, dropping characters XML cannot carry. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function escapeHtml(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export interface FeedContext {
  /** Base URL of the wire, without a trailing slash. */
  baseUrl: string;
  /** This feed's own URL. */
  feedUrl: string;
  /** When the feed last changed (newest item, or the wire's start when it has none). */
  updated: Date;
}

/** RSS 2.0 document; items newest first as given. */
export function renderRss(outlet: Outlet, items: readonly ReleasedItem[], ctx: FeedContext): string {
  const x = escapeXml;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${x(outlet.name + DEMO_TITLE_SUFFIX)}</title>`,
    `<link>${x(ctx.baseUrl + '/')}</link>`,
    `<description>${x(outlet.description)}</description>`,
    `<language>${x(outlet.language)}</language>`,
    `<atom:link href="${x(ctx.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    `<lastBuildDate>${ctx.updated.toUTCString()}</lastBuildDate>`,
    '<generator>Vigía demo wire</generator>',
  ];
  for (const it of items) {
    out.push(
      '<item>',
      `<title>${x(it.title)}</title>`,
      `<link>${x(it.link)}</link>`,
      `<guid isPermaLink="false">${x(it.guid)}</guid>`,
      `<pubDate>${it.published.toUTCString()}</pubDate>`,
      `<description>${x(it.summary)}</description>`,
      `<category>${DEMO_CATEGORY}</category>`,
      '</item>',
    );
  }
  out.push('</channel>', '</rss>', '');
  return out.join('\n');
}

/** Atom 1.0 document; items newest first as given. */
export function renderAtom(outlet: Outlet, items: readonly ReleasedItem[], ctx: FeedContext): string {
  const x = escapeXml;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(outlet.language)}">`,
    `<title type="text">${x(outlet.name + DEMO_TITLE_SUFFIX)}</title>`,
    `<subtitle type="text">${x(outlet.description)}</subtitle>`,
    `<id>${x(atomId(`feed:${outlet.id}`))}</id>`,
    `<link rel="self" type="application/atom+xml" href="${x(ctx.feedUrl)}"/>`,
    `<link rel="alternate" type="text/html" href="${x(ctx.baseUrl + '/')}"/>`,
    `<updated>${ctx.updated.toISOString()}</updated>`,
    `<author><name>${x(outlet.name)}</name></author>`,
    '<generator>Vigía demo wire</generator>',
  ];
  for (const it of items) {
    out.push(
      '<entry>',
      `<id>${x(atomId(it.guid))}</id>`,
      `<title type="text">${x(it.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${x(it.link)}"/>`,
      `<published>${it.published.toISOString()}</published>`,
      `<updated>${it.published.toISOString()}</updated>`,
      `<summary type="text">${x(it.summary)}</summary>`,
      `<category term="${DEMO_CATEGORY}" label="${DEMO_CATEGORY}"/>`,
      '</entry>',
    );
  }
  out.push('</feed>', '');
  return out.join('\n');
}

/** Atom ids must be IRIs; guids are made of [A-Za-z0-9_-] so they fit a URN as they are. */
export function atomId(guid: string): string {
  return `urn:vigia-demo:${guid}`;
}

/** The small HTML page an item's link points to. */
export function renderItemPage(it: ReleasedItem, baseUrl: string): string {
  const h = escapeHtml;
  const feedPath = `${baseUrl}/feeds/${it.outlet.id}.xml`;
  const notice =
    it.outlet.language === 'es'
      ? 'Noticia de demostración: texto ficticio publicado por el cable de demostración de Vigía. No es una noticia real.'
      : "Demo item: fictional text published by Vigía's demo wire. This is not real news.";
  return `<!doctype html>
<html lang="${h(it.outlet.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${h(it.title)} · ${h(it.outlet.name + DEMO_TITLE_SUFFIX)}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}
.demo{background:#fff3cd;border:1px solid #e0c36a;padding:.5rem .75rem;border-radius:4px;font-size:.9rem}
.meta{color:#555;font-size:.9rem}
</style>
</head>
<body>
<p class="demo" role="note"><strong>DEMO</strong> · ${h(notice)}</p>
<p class="meta">${h(it.outlet.name + DEMO_TITLE_SUFFIX)} · <time datetime="${h(it.published.toISOString())}">${h(it.published.toUTCString())}</time></p>
<h1>${h(it.title)}</h1>
<p>${h(it.summary)}</p>
<p class="meta"><a href="${h(feedPath)}">${h(it.outlet.format === 'atom' ? 'Atom' : 'RSS')}</a> · guid <code>${h(it.guid)}</code></p>
</body>
</html>
`;
}
