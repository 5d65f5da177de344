import Parser from 'rss-parser';
import { parse as parseYaml } from 'yaml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateSources } from '../../../lib/config/sources';
import { demoSources, startWire, type Wire, type WireItem, type WireOptions } from '../../../lib/wire';

const wires: Wire[] = [];
async function wire(opts: WireOptions = {}): Promise<Wire> {
  const w = await startWire({ port: 0, ...opts });
  wires.push(w);
  return w;
}
afterEach(async () => {
  await Promise.all(wires.splice(0).map((w) => w.close()));
});

/** Slow enough that the timer never fires during a test. */
const STILL = 0.001;

type Entry = { title?: string; guid?: string; id?: string; link?: string; isoDate?: string; categories?: string[]; category?: { $: { term: string } }[] };
const parser = new Parser<Record<string, unknown>, Entry>({ customFields: { item: [['category', 'category', { keepArray: true }]] } });

async function getFeed(w: Wire, id: string) {
  const res = await fetch(`${w.url}/feeds/${id}.xml`);
  expect(res.status).toBe(200);
  const feed = await parser.parseString(await res.text());
  return { res, feed };
}
const guidOf = (e: Entry) => e.guid ?? e.id!.replace(/^urn:vigia-demo:/, '');
const categoriesOf = (e: Entry) => e.categories ?? e.category?.map((c) => c.$.term) ?? [];

const mk = (key: string, outlet: string, title = `Item ${key}`): WireItem => ({ key, outlet, title, summary: `Summary of ${key}.`, type: null, incident: null });

describe('demo wire server', () => {
  it('serves an index, valid RSS and Atom feeds with demo markers, and item pages', async () => {
    const w = await wire({ speed: STILL, backlog: 30 });
    const index = await fetch(`${w.url}/`);
    expect(index.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = (await index.json()) as { demo: boolean; feeds: { id: string; url: string }[] };
    expect(body.demo).toBe(true);
    expect(body.feeds).toEqual(w.feeds);
    expect(w.feeds.length).toBeGreaterThanOrEqual(4);
    expect(new Set(w.feeds.map((f) => f.language))).toEqual(new Set(['es', 'en']));
    expect(w.feeds.some((f) => f.format === 'atom')).toBe(true);

    let entries = 0;
    for (const f of w.feeds) {
      const { res, feed } = await getFeed(w, f.id);
      expect(res.headers.get('content-type')).toBe(`application/${f.format}+xml; charset=utf-8`);
      expect(feed.title).toBe(`${f.name} (demo)`);
      for (const e of feed.items) {
        entries++;
        expect(categoriesOf(e)).toContain('demo');
        expect(e.link).toBe(`${w.url}/item/${guidOf(e)}`);
      }
    }
    expect(entries).toBe(30);

    const { feed } = await getFeed(w, w.feeds[0]!.id);
    const page = await fetch(feed.items[0]!.link!);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('DEMO');

    expect((await fetch(`${w.url}/feeds/nope.xml`)).status).toBe(404);
    expect((await fetch(`${w.url}/item/nope`)).status).toBe(404);
    expect((await fetch(`${w.url}/etc/passwd`)).status).toBe(404);
    expect((await fetch(`${w.url}/`, { method: 'POST' })).status).toBe(405);
  });

  it('publishes a backlog at start, dated in the past, newest first', async () => {
    const before = Date.now();
    const w = await wire({ speed: 1 });
    expect(w.released()).toBe(6);
    const all: Entry[] = [];
    for (const f of w.feeds) {
      const { feed } = await getFeed(w, f.id);
      const times = feed.items.map((e) => Date.parse(e.isoDate!));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      all.push(...feed.items);
    }
    expect(all).toHaveLength(6);
    for (const e of all) {
      expect(Date.parse(e.isoDate!)).toBeLessThanOrEqual(before + 1000);
      expect(Date.parse(e.isoDate!)).toBeGreaterThan(before - 6 * 60_000);
    }
  });

  it('releases items over time at the given speed', async () => {
    const slow = await wire({ speed: 1, backlog: 0, seed: 1 });
    const fast = await wire({ speed: 300, backlog: 0, seed: 1 }); // mean 10 ms, never under 5 ms
    const t0 = Date.now();
    await vi.waitFor(() => expect(fast.released()).toBeGreaterThanOrEqual(20), { timeout: 5000, interval: 10 });
    const elapsed = Date.now() - t0;
    expect(fast.released()).toBeLessThanOrEqual(Math.ceil(elapsed / 5) + 1);
    // The first release at speed 1 comes after at least 1.5 s.
    if (Date.now() - t0 < 1400) expect(slow.released()).toBe(0);
    await new Promise((r) => setTimeout(r, Math.max(0, 300 - elapsed)));
    if (Date.now() - t0 < 1400) expect(slow.released()).toBe(0);
    // Released items are dated when released.
    const newest = (await Promise.all(fast.feeds.map((f) => getFeed(fast, f.id)))).flatMap(({ feed }) => feed.items.map((e) => Date.parse(e.isoDate!)));
    expect(Math.max(...newest)).toBeGreaterThanOrEqual(t0 - 1000);
  });

  it('answers 304 to a conditional GET when nothing is new, 200 with new validators when it is', async () => {
    // The backlog item is dated a minute ago at this speed, so a release now moves Last-Modified.
    const w = await wire({ speed: STILL, backlog: 1, items: [mk('a1', 'demo-mirador'), mk('a2', 'demo-mirador')] });
    const url = w.feeds.find((f) => f.id === 'demo-mirador')!.url;
    const first = await fetch(url);
    await first.text();
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    expect(etag).toMatch(/^".+"$/);
    expect(Number.isNaN(Date.parse(lastModified))).toBe(false);

    const byTag = await fetch(url, { headers: { 'If-None-Match': etag } });
    expect(byTag.status).toBe(304);
    expect(await byTag.text()).toBe('');
    expect(byTag.headers.get('etag')).toBe(etag);
    expect((await fetch(url, { headers: { 'If-None-Match': `"other", W/${etag}` } })).status).toBe(304);
    expect((await fetch(url, { headers: { 'If-Modified-Since': lastModified } })).status).toBe(304);
    // If-None-Match decides when both are sent.
    expect((await fetch(url, { headers: { 'If-None-Match': '"stale"', 'If-Modified-Since': lastModified } })).status).toBe(200);

    w.releaseNext();
    const again = await fetch(url, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(200);
    expect(again.headers.get('etag')).not.toBe(etag);
    const feed = await parser.parseString(await again.text());
    expect(feed.items.map((e) => e.title)).toEqual(['Item a2', 'Item a1']);
    expect((await fetch(url, { headers: { 'If-Modified-Since': lastModified } })).status).toBe(200);
  });

  it('cycles after the last item with fresh guids that never repeat', async () => {
    const items = [mk('k1', 'demo-mirador'), mk('k2', 'demo-andean-observer'), mk('k3', 'demo-mirador')];
    const w = await wire({ speed: STILL, backlog: 0, startIndex: 1, items });
    for (let i = 0; i < 10; i++) w.releaseNext();
    expect(w.released()).toBe(10);
    const guids: string[] = [];
    const titles: string[] = [];
    for (const id of ['demo-mirador', 'demo-andean-observer']) {
      const { feed } = await getFeed(w, id);
      guids.push(...feed.items.map(guidOf));
      titles.push(...feed.items.map((e) => e.title!));
    }
    expect(guids).toHaveLength(10);
    expect(new Set(guids).size).toBe(10);
    expect(titles.filter((t) => t === 'Item k2')).toHaveLength(4); // k2 k3 | k1 k2 k3 | k1 k2 k3 | k1 k2
    for (const g of guids) expect((await fetch(`${w.url}/item/${g}`)).status).toBe(200);
  });

  it('uses a run id so a restarted wire does not repeat guids, unless given the same seed', async () => {
    const guidsOf = async (w: Wire) => (await getFeed(w, w.feeds[0]!.id)).feed.items.map(guidOf);
    const a = await wire({ speed: STILL, backlog: 12 });
    await new Promise((r) => setTimeout(r, 5));
    const b = await wire({ speed: STILL, backlog: 12 });
    const [ga, gb] = [await guidsOf(a), await guidsOf(b)];
    expect(ga.length).toBeGreaterThan(0);
    expect(ga.filter((g) => gb.includes(g))).toEqual([]);
    const c = await wire({ speed: STILL, backlog: 12, seed: 7 });
    const d = await wire({ speed: STILL, backlog: 12, seed: 7 });
    expect(await guidsOf(c)).toEqual(await guidsOf(d));
  });

  it('keeps the latest 50 items per feed, newest first', async () => {
    const items = Array.from({ length: 60 }, (_, i) => mk(`n${i}`, 'demo-condor-en'));
    const w = await wire({ speed: STILL, backlog: 60, items });
    const { feed } = await getFeed(w, 'demo-condor-en');
    expect(feed.items).toHaveLength(50);
    expect(feed.items[0]!.title).toBe('Item n59');
    expect(feed.items[49]!.title).toBe('Item n10');
  });

  it('escapes item text in RSS, Atom and item pages', async () => {
    const title = 'Q&A: <b>why</b> "3 < 4" & more';
    const w = await wire({ speed: STILL, backlog: 2, items: [mk('x1', 'demo-condor-es', title), mk('x2', 'demo-andean-observer', title)] });
    for (const id of ['demo-condor-es', 'demo-andean-observer']) {
      const { feed } = await getFeed(w, id);
      expect(feed.items[0]!.title).toBe(title);
      const html = await (await fetch(feed.items[0]!.link!)).text();
      expect(html).toContain('Q&amp;A: &lt;b&gt;why&lt;/b&gt; &quot;3 &lt; 4&quot; &amp; more');
      expect(html).not.toContain('<b>why');
    }
  });

  it('gives demo sources that pass the sources schema, in code and as /sources.yml', async () => {
    const w = await wire({ speed: STILL, backlog: 0 });
    const sources = validateSources({ sources: demoSources(w) });
    expect(sources.map((s) => s.url)).toEqual(w.feeds.map((f) => f.url));
    for (const s of sources) {
      expect(s).toMatchObject({ demo: true, private: true, enabled: true });
      expect(s.interval).toBeLessThanOrEqual(5);
    }
    const yml = await (await fetch(`${w.url}/sources.yml`)).text();
    expect(validateSources(parseYaml(yml))).toEqual(sources);
  });

  it('rejects invalid options with a clear error', async () => {
    await expect(startWire({ speed: 0 })).rejects.toThrow(/speed must be/);
    await expect(startWire({ speed: Number.NaN })).rejects.toThrow(/speed must be/);
    await expect(startWire({ port: 70000 })).rejects.toThrow(/port must be/);
    await expect(startWire({ backlog: -1 })).rejects.toThrow(/backlog must be/);
    await expect(startWire({ items: [mk('z', 'no-such-outlet')] })).rejects.toThrow(/unknown outlet/);
    await expect(startWire({ items: [mk('z z', 'demo-mirador')] })).rejects.toThrow(/key/);
  });
});
