// Reads ../shared/feed-corpus (tests only: the product never needs it).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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
