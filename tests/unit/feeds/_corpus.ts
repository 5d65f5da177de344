// Reads ../shared/feed-corpus (tests only: the product never needs it).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Parser from 'rss-parser';
import { decodeFeedBytes, toPlainText } from '../../../lib/feeds';

export const CORPUS_DIR = fileURLToPath(new URL('../../../../shared/feed-corpus/', import.meta.url));

export interface CorpusEntry {
  file: string;
  category: string;
  expected?: string;
  description?: string;
  http_headers?: string[];
  skip_unless?: string;
}

export const manifest: CorpusEntry[] = readFileSync(CORPUS_DIR + 'manifest.jsonl', 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as CorpusEntry);

export function corpusBytes(file: string): Buffer {
  return readFileSync(CORPUS_DIR + file);
}

export function entry(file: string): CorpusEntry {
  const e = manifest.find((m) => m.file === file);
  if (!e) throw new Error(`${file} is not in the corpus manifest`);
  return e;
}

/** The Content-Type the manifest says the file is served with, or null. */
export function contentTypeOf(e: CorpusEntry): string | null {
  for (const h of e.http_headers ?? []) {
    const m = /^content-type:\s*(.*)$/i.exec(h);
    if (m) return m[1]!;
  }
  return null;
}

/** Files that are not RSS or Atom at all: they must fail with a parse error, never anything else. */
export const NOT_FEEDS: Record<string, string> = {
  'rss-parser/input/unrecognized.rss': 'an HTML page',
  'feedparser/illformed/rss_empty_document.xml': 'an empty document',
  'feedparser/wellformed/base/cdf_item_abstract_xml_base.xml': "Microsoft CDF, which rss-parser does not read",
  'miniflux/xml/testdata/iso88591.xml': 'a plain XML note (a test of decoding only)',
  'miniflux/xml/testdata/iso88591_utf8_mismatch.xml': 'a plain XML note (a test of decoding only)',
};

export const asText = (v: unknown) => (typeof v === 'string' ? v : v == null ? '' : JSON.stringify(v));

/**
 * rss-parser's own reading, to know how many entries have anything an item is made of; null when rss-parser
 * alone cannot read the document (entities declared in a DOCTYPE).
 */
export async function rawEntriesWithContent(m: CorpusEntry): Promise<number | null> {
  const { text } = decodeFeedBytes(corpusBytes(m.file), contentTypeOf(m));
  let items: Record<string, unknown>[];
  try {
    items = (await new Parser({ defaultRSS: 2 } as Parser.ParserOptions<object, object>).parseString(text)).items as Record<string, unknown>[];
  } catch {
    return null;
  }
  return items.filter((r) =>
    ['title', 'link', 'guid', 'id', 'content', 'summary', 'content:encoded'].some((k) => toPlainText(asText(r[k]))),
  ).length;
}
