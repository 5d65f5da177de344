import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { OUTLETS, type Outlet } from '../../../lib/wire/outlets';
import { escapeHtml, escapeXml, renderAtom, renderItemPage, renderRss, type ReleasedItem } from '../../../lib/wire/render';

const rssOutlet = OUTLETS.find((o) => o.format === 'rss')!;
const atomOutlet = OUTLETS.find((o) => o.format === 'atom')!;
const nasty = { title: 'Fish & chips <b>"quoted"</b> it\'s 3 < 4 > 2 \u0001end', summary: 'A & B <script>alert(1)</script> ]]> done' };

function item(outlet: Outlet, n: number, text = nasty): ReleasedItem {
  const guid = `s1-c0-t${n}`;
  return {
    guid,
    key: `t${n}`,
    outlet,
    title: text.title,
    summary: text.summary,
    link: `http://127.0.0.1:9/item/${guid}`,
    published: new Date(Date.UTC(2030, 0, 1, 12, 0, n)),
    cycle: 0,
  };
}
const ctx = (o: Outlet) => ({ baseUrl: 'http://127.0.0.1:9', feedUrl: `http://127.0.0.1:9/feeds/${o.id}.xml`, updated: new Date(Date.UTC(2030, 0, 1, 12, 0, 5)) });

describe('escaping', () => {
  it('escapes markup characters and drops characters XML cannot carry', () => {
    expect(escapeXml(`a&b<c>d"e'f\u0000g\u0007h\uFFFEi\tj`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;fghi\tj');
    expect(escapeHtml(`<img src=x onerror="y">&'`)).toBe('&lt;img src=x onerror=&quot;y&quot;&gt;&amp;&#39;');
    expect(escapeXml('Perú: 17 muertos 🕯️')).toBe('Perú: 17 muertos 🕯️');
  });
});

describe('feed documents', () => {
  it('RSS with < and & stays valid XML and round-trips through rss-parser', async () => {
    const xml = renderRss(rssOutlet, [item(rssOutlet, 2), item(rssOutlet, 1)], ctx(rssOutlet));
    expect(xml).toContain('Fish &amp; chips &lt;b&gt;');
    expect(xml).not.toContain('\u0001');
    const feed = await new Parser().parseString(xml);
    expect(feed.title).toBe(`${rssOutlet.name} (demo)`);
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]!.title).toBe(nasty.title.replace('\u0001', ''));
    expect(feed.items[0]!.content).toBe(nasty.summary);
    expect(feed.items[0]!.guid).toBe('s1-c0-t2');
    expect(feed.items[0]!.categories).toEqual(['demo']);
    expect(feed.items[0]!.isoDate).toBe('2030-01-01T12:00:02.000Z');
  });

  it('Atom with < and & stays valid XML and round-trips through rss-parser', async () => {
    const xml = renderAtom(atomOutlet, [item(atomOutlet, 1)], ctx(atomOutlet));
    const parser = new Parser<Record<string, unknown>, { category: { $: { term: string } }[]; id?: string }>({ customFields: { item: [['category', 'category', { keepArray: true }]] } });
    const feed = await parser.parseString(xml);
    expect(feed.title).toBe(`${atomOutlet.name} (demo)`);
    expect(feed.feedUrl).toBe(ctx(atomOutlet).feedUrl);
    const entry = feed.items[0]!;
    expect(entry.title).toBe(nasty.title.replace('\u0001', ''));
    expect(entry.summary).toBe(nasty.summary);
    expect(entry.link).toBe('http://127.0.0.1:9/item/s1-c0-t1');
    expect(entry.id).toBe('urn:vigia-demo:s1-c0-t1');
    expect(entry.category.map((c) => c.$.term)).toEqual(['demo']);
  });

  it('an empty feed is still a valid document', async () => {
    const feed = await new Parser().parseString(renderRss(rssOutlet, [], ctx(rssOutlet)));
    expect(feed.title).toMatch(/ \(demo\)$/);
    expect(feed.items).toEqual([]);
  });
});

describe('item page', () => {
  it('escapes all text and says it is a demo item', () => {
    const html = renderItemPage(item(rssOutlet, 1), 'http://127.0.0.1:9');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('DEMO');
    expect(html).toContain(`${rssOutlet.name} (demo)`);
  });
});
