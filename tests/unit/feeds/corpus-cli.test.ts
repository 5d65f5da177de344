// Every corpus file through the real `vigia parse` child process, with the HTTP headers the manifest simulates:
// exit 0 or 2 only, no stack trace, no hang past the budget, bounded memory, and the text the manifest expects.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Item } from '../../../lib/types';
import { MAX_ITEMS } from '../../../lib/feeds';
import { CORPUS_DIR, manifest, NOT_FEEDS, rawEntriesWithContent, type CorpusEntry } from './_corpus';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
// `npx vigia` runs package.json's bin, bin/vigia.mjs; starting it with node directly saves npx's ~0.5 s per file.
const BIN = join(ROOT, 'bin', 'vigia.mjs');
const USAGE = fileURLToPath(new URL('./_usage.mjs', import.meta.url));
const CONCURRENCY = 2;
const PER_DOCUMENT_MS = 1_000;
/** Peak RSS a single parse may reach; a parser that grows without bound on hostile input goes past it. */
const MAX_RSS_KIB = 512 * 1024;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  cpuMs: number;
  maxRssKiB: number;
  killed: boolean;
}

function vigiaParse(args: string[], budgetMs: number, env: Record<string, string> = {}): Promise<Run> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', USAGE, BIN, 'parse', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let usage = '';
  let killed = false;
  child.stdout!.on('data', (d: Buffer) => (stdout += d));
  child.stderr!.on('data', (d: Buffer) => (stderr += d));
  child.stdio[3]!.on('data', (d: Buffer) => (usage += d));
  const timer = setTimeout(() => {
    killed = true;
    child.kill('SIGKILL');
  }, budgetMs);
  return new Promise((resolve) =>
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const [rssKiB = 0, cpuMicros = 0] = usage.trim().split(' ').map(Number);
      resolve({ code, signal, stdout, stderr, ms: performance.now() - started, cpuMs: cpuMicros / 1000, maxRssKiB: rssKiB, killed });
    }),
  );
}

async function pool<T, R>(list: T[], n: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(list.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < list.length) {
        const i = next++;
        out[i] = await fn(list[i]!);
      }
    }),
  );
  return out;
}

const headerArgs = (m: CorpusEntry) => (m.http_headers ?? []).flatMap((h) => ['--header', h]);

/** A Python string literal from feedparser's `expected` ('...' with \uXXXX and \xXX escapes) as a JS string. */
function pyString(lit: string): string {
  return lit.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_m, e: string) =>
    e.length > 1 ? String.fromCharCode(parseInt(e.slice(1), 16)) : e,
  );
}

/**
 * What the manifest says the first entry's text is, where it says it in plain text: feedparser keeps markup and
 * character references in descriptions, `vigia parse` prints plain text, so markup cases are left to other checks.
 */
function expectedFirstText(m: CorpusEntry): { field: 'title' | 'summary'; text: string } | null {
  const r = /^not bozo and entries\[0\]\['(title|description)'\] == u?'((?:[^'\\]|\\.)*)'$/.exec(m.expected ?? '');
  if (!r) return null;
  const text = pyString(r[2]!).replace(/&#x([0-9a-f]+);/gi, (_s, h: string) => String.fromCodePoint(parseInt(h, 16)));
  if (/[<>&]/.test(text)) return null;
  return { field: r[1] === 'title' ? 'title' : 'summary', text };
}

const NEEDS_CHARSET_GUESSING = /^feedparser\/illformed\/chardet\//;
const files = manifest.filter((m) => m.category !== 'expected-output');
const results = new Map<string, Run>();
let startup = { ms: 0, cpuMs: 0 };
let budgetMs = 0;
let cpuBudgetMs = 0;
let totalMs = 0;

beforeAll(async () => {
  // Process start alone (tsx loading the CLI and its libraries), measured at the same concurrency. The budget of
  // 1 s per document is checked on CPU time, which other processes on a busy machine do not inflate; the wall-clock
  // kill, which catches hangs that burn no CPU, allows for such a machine (four times the same budget).
  const starts = (await pool([1, 2, 3, 4], CONCURRENCY, () => vigiaParse(['--help'], 30_000))).slice(1);
  startup = { ms: Math.max(...starts.map((s) => s.ms)), cpuMs: Math.max(...starts.map((s) => s.cpuMs)) };
  cpuBudgetMs = PER_DOCUMENT_MS + startup.cpuMs;
  budgetMs = 4 * (PER_DOCUMENT_MS + startup.ms);
  const t0 = performance.now();
  const runs = await pool(files, CONCURRENCY, (m) => vigiaParse([CORPUS_DIR + m.file, '--source', 'corpus', ...headerArgs(m)], budgetMs));
  totalMs = performance.now() - t0;
  files.forEach((m, i) => results.set(m.file, runs[i]!));
}, 600_000);

afterAll(() => {
  const byCategory = new Map<string, { ok: number; refused: number; other: number }>();
  for (const m of files) {
    const r = results.get(m.file);
    if (!r) continue;
    const c = byCategory.get(m.category) ?? { ok: 0, refused: 0, other: 0 };
    if (r.code === 0) c.ok++;
    else if (r.code === 2) c.refused++;
    else c.other++;
    byCategory.set(m.category, c);
  }
  const all = [...results.values()];
  const slowest = all.reduce((a, b) => (b.cpuMs > a.cpuMs ? b : a), all[0]!);
  console.log(
    [
      `corpus through vigia parse: ${all.length} files, concurrency ${CONCURRENCY}, ${(totalMs / 1000).toFixed(1)} s total`,
      `process start ${Math.round(startup.ms)} ms (${Math.round(startup.cpuMs)} ms CPU); budget per file ${Math.round(cpuBudgetMs)} ms CPU, killed after ${Math.round(budgetMs)} ms`,
      `slowest file ${Math.round(slowest?.cpuMs ?? 0)} ms CPU, ${Math.round(slowest?.ms ?? 0)} ms wall`,
      `max RSS ${Math.round(Math.max(...all.map((r) => r.maxRssKiB)) / 1024)} MiB`,
      ...[...byCategory].map(([k, c]) => `  ${k}: exit 0 ${c.ok}, exit 2 ${c.refused}, other ${c.other}`),
    ].join('\n'),
  );
});

describe('feed corpus through `vigia parse` (child process per file)', () => {
  it.each(files.map((m) => [m.file, m] as const))('%s', async (file, m) => {
    const r = results.get(file)!;
    expect(r.killed, `${file} still running after ${Math.round(budgetMs)} ms`).toBe(false);
    expect(r.cpuMs, `${file}: CPU time over 1 s plus process start`).toBeLessThan(cpuBudgetMs);
    expect([0, 2], `${file} exited with ${r.code} (${r.signal ?? 'no signal'}): ${r.stderr}`).toContain(r.code);
    expect(r.stderr, 'no stack trace').not.toMatch(/\n\s+at /);
    expect(r.maxRssKiB).toBeGreaterThan(0);
    expect(r.maxRssKiB).toBeLessThan(MAX_RSS_KIB);

    if (r.code === 2) {
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^vigia parse: [^\n]+\n$/);
    } else {
      // at most one line: the warning that an ill-formed document was recovered
      expect(r.stderr).toMatch(/^(vigia parse: warning: [^\n]+\n)?$/);
    }
    if (NOT_FEEDS[file]) {
      expect(r.code, `${file} is ${NOT_FEEDS[file]}`).toBe(2);
      return;
    }
    if (m.category === 'illformed') return; // recovered or refused in one line, both checked above

    expect(r.code, r.stderr).toBe(0);
    const items = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Item);
    for (const item of items) {
      expect(item.source).toBe('corpus');
      expect(item.link === null || /^https?:\/\//.test(item.link)).toBe(true);
      expect(`${item.title} ${item.summary}`).not.toMatch(/<(script|iframe|object|embed)\b/i);
    }
    const expected = m.expected ?? '';
    if (/entries\[0\]|field-level output/.test(expected)) {
      // entries with no title, link, id or text are skipped on purpose
      const withContent = await rawEntriesWithContent(m);
      if (withContent === null) expect(items.length).toBeGreaterThanOrEqual(1);
      else expect(items.length).toBe(Math.min(withContent, MAX_ITEMS));
    }
    const first = m.category === 'encoding' ? expectedFirstText(m) : null;
    if (first) expect(items[0]?.[first.field]).toBe(first.text);
    if (m.category === 'encoding' && expected.startsWith('not bozo') && !NEEDS_CHARSET_GUESSING.test(file)) {
      expect(r.stdout).not.toContain('\ufffd');
    }
  });
});

describe('oversized feeds through `vigia parse`', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigia-big-'));
  const big = join(dir, 'big.xml');
  let server: http.Server;
  let url = '';
  let sent = 0;
  const item = '<item><title>Paro en Puno</title><description>' + 'x'.repeat(1000) + '</description></item>\n';

  beforeAll(async () => {
    writeFileSync(big, '<rss version="2.0"><channel>' + item.repeat(Math.ceil((50 * 1024 * 1024) / item.length)) + '</channel></rss>');
    // 50 MB streamed without a Content-Length: only the byte count while reading can stop it.
    server = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.write('<rss version="2.0"><channel>');
      const chunk = Buffer.from(item.repeat(64));
      const pump = () => {
        while (sent < 50 * 1024 * 1024 && !res.destroyed) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end('</channel></rss>');
      };
      pump();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/big.xml`;
  });

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  });

  it('refuses a 50 MB file by its size, in one line', async () => {
    const r = await vigiaParse([big], 10_000);
    expect(r.killed).toBe(false);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^vigia parse: \S+big\.xml is larger than 5242880 bytes \(VIGIA_FETCH_MAX_BYTES\)\n$/);
  });

  it('stops reading a 50 MB response at the byte cap', async () => {
    const r = await vigiaParse([url], 10_000, { VIGIA_ALLOW_PRIVATE_SOURCES: 'true' });
    expect(r.killed).toBe(false);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`vigia parse: response from ${url} is larger than 5242880 bytes\n`);
    expect(sent).toBeLessThan(50 * 1024 * 1024);
    expect(r.maxRssKiB).toBeLessThan(MAX_RSS_KIB);
  });
});
