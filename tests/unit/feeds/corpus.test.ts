// Every corpus file through decode + parse, in-process: no crash, no hang, and what the manifest says it holds.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeFeedBytes, FeedError, MAX_ITEMS, MAX_TITLE, parseFeedText, safeLink, toPlainText, type ParsedFeed } from '../../../lib/feeds';
import { asText, contentTypeOf, CORPUS_DIR, corpusBytes, manifest, NOT_FEEDS, rawEntriesWithContent, type CorpusEntry } from './_corpus';

const ctx = { sourceId: 'corpus', fetched: new Date('2025-01-01T00:00:00Z') };

/**
 * Undeclared legacy charsets that feedparser guesses with chardet: without a guesser these are read as
 * windows-1252 (the declared-nothing fallback), which gives mojibake but never an error.
 */
const NEEDS_CHARSET_GUESSING = /^feedparser\/illformed\/chardet\//;

const files = manifest.filter((m) => m.category !== 'expected-output');

async function run(m: CorpusEntry): Promise<{ feed?: ParsedFeed; error?: FeedError; charset: string }> {
  const { text, charset } = decodeFeedBytes(corpusBytes(m.file), contentTypeOf(m));
  try {
    return { feed: await parseFeedText(text, ctx), charset };
  } catch (e) {
    if (e instanceof FeedError) return { error: e, charset };
    throw e; // anything else is a crash
  }
}

describe('feed corpus', () => {
  it('holds the files the manifest lists', () => {
    expect(files.length).toBeGreaterThanOrEqual(260);
    for (const m of files) expect(existsSync(CORPUS_DIR + m.file), m.file).toBe(true);
  });

  it.each(files.map((m) => [m.file, m]))('%s', async (_file, m) => {
    const r = await run(m);
    const expected = m.expected ?? '';
    const bozo = /^bozo\b/.test(expected);

    if (NOT_FEEDS[m.file]) {
      expect(r.error?.code, `${m.file} is ${NOT_FEEDS[m.file]}`).toBe('parse');
      expect(r.error!.message).not.toContain('\n');
      return;
    }
    if (m.category === 'illformed') {
      // recovered, or refused with a one-line reason: both are fine, a crash or a hang is not
      if (r.error) expect(r.error.message).not.toContain('\n');
      return;
    }

    expect(r.error, `${m.file}: ${r.error?.message}`).toBeUndefined();
    const feed = r.feed!;
    if (!bozo) expect(feed.recovered, `${m.file} is well-formed`).toBeUndefined();

    if (/entries\[0\]/.test(expected)) {
      const withContent = await rawEntriesWithContent(m);
      // entries with no title, link, id or text are skipped on purpose
      if (withContent === null) expect(feed.items.length).toBeGreaterThanOrEqual(1);
      else expect(feed.items.length).toBe(Math.min(withContent, MAX_ITEMS));
    }

    for (const item of feed.items) {
      expect(item.source).toBe('corpus');
      expect(item.guid.length).toBeGreaterThan(0);
      expect(item.title.length).toBeLessThanOrEqual(MAX_TITLE);
      expect(item.link === null || /^https?:\/\//.test(item.link)).toBe(true);
      expect(item.published === null || !Number.isNaN(Date.parse(item.published))).toBe(true);
      expect(`${item.title} ${item.summary}`).not.toMatch(/<(script|iframe|object|embed)\b/i);
    }

    if (m.category === 'encoding' && expected.startsWith('not bozo') && !NEEDS_CHARSET_GUESSING.test(m.file)) {
      const text = [feed.title ?? '', ...feed.items.flatMap((i) => [i.title, i.summary])].join(' ');
      expect(text, `${m.file} decoded as ${r.charset}`).not.toContain('\ufffd');
    }
  });
});

/** rss-parser's golden output for its own inputs: titles, links and dates as the feed says. */
describe('rss-parser reference outputs', () => {
  const pairs = manifest
    .filter((m) => m.file.startsWith('rss-parser/input/') && /field-level output in (\S+)/.test(m.expected ?? ''))
    .map((m) => [m.file, /field-level output in (\S+)/.exec(m.expected!)![1]!] as const)
    .filter(([, out]) => !out.includes('xml2js-options')); // produced with xml2js options this project does not use

  it.each(pairs)('%s matches %s', async (file, out) => {
    const bytes = readFileSync(CORPUS_DIR + out);
    let json: string;
    try {
      json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      json = bytes.toString('latin1'); // encoding.json was written in ISO-8859-1
    }
    const parsed = JSON.parse(json) as { feed?: { items: Record<string, unknown>[] }; items?: Record<string, unknown>[] };
    const expectedItems = (parsed.feed ?? parsed).items ?? [];
    const { text } = decodeFeedBytes(corpusBytes(file), null);
    const feed = await parseFeedText(text, ctx);
    const kept = expectedItems.filter((e) => ['title', 'link', 'guid', 'id', 'content', 'summary'].some((k) => toPlainText(asText(e[k]))));
    expect(feed.items.length).toBe(Math.min(kept.length, MAX_ITEMS));
    feed.items.forEach((item, i) => {
      const e = kept[i]!;
      const title = toPlainText(asText(e.title));
      expect(item.title, `${file} item ${i}`).toBe(title.length <= MAX_TITLE ? title : title.slice(0, MAX_TITLE - 1) + '…');
      if (typeof e.link === 'string' && safeLink(e.link)) expect(item.link, `${file} item ${i}`).toBe(safeLink(e.link));
      expect(item.published, `${file} item ${i}`).toBe(typeof e.isoDate === 'string' ? e.isoDate : null);
    });
  });
});
