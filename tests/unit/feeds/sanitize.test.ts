import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { decodeFeedBytes, parseFeedText, safeLink, sanitizeHtml, toPlainText } from '../../../lib/feeds';
import { corpusBytes, manifest } from './_corpus';

const xss = manifest.filter((m) => m.category === 'sanitize-xss');
const ctx = { sourceId: 't', fetched: new Date('2025-01-01T00:00:00Z') };

/** Markup that would run script or load active content if this HTML were rendered. */
function dangerous(html: string): string[] {
  const found: string[] = [];
  if (/<\s*(script|iframe|frame|frameset|object|embed|applet|meta|link|style|base|form|svg|math)\b/i.test(html)) found.push('element');
  if (/<[^>]*\son[a-z]+\s*=/i.test(html)) found.push('event handler');
  if (/(href|src|action|formaction|data)\s*=\s*["']?\s*(javascript|vbscript|data):/i.test(html)) found.push('scheme');
  if (/<[^>]*\sstyle\s*=/i.test(html)) found.push('style attribute');
  return found;
}

describe('the corpus sanitize-xss cases', () => {
  it('covers the corpus category', () => {
    expect(xss.length).toBe(66);
  });

  it.each(xss.map((m) => [m.file, m.expected ?? '']))('%s: items carry plain text only', async (file, expected) => {
    const { text } = decodeFeedBytes(corpusBytes(file), null);
    const feed = await parseFeedText(text, ctx);
    expect(feed.items.length).toBeLessThanOrEqual(1);
    for (const item of feed.items) {
      for (const value of [item.title, item.summary]) {
        expect(value).not.toMatch(/<[a-z!/?]/i);
        expect(value).not.toMatch(/javascript:/i);
      }
      if (/== 'safe (<b>)?description(<\/b>)?'$/.test(expected)) expect(item.summary).toMatch(/^safe/);
    }
  });

  it.each(xss.map((m) => [m.file, m.expected ?? '']))('%s: sanitizeHtml keeps nothing executable', async (file, expected) => {
    const { text } = decodeFeedBytes(corpusBytes(file), null);
    const raw = await new Parser({ defaultRSS: 2 } as Parser.ParserOptions<object, object>).parseString(text);
    const item = raw.items[0] as Record<string, unknown>;
    const html = String(item.content ?? item.summary ?? '');
    expect(html.length).toBeGreaterThan(0);
    const clean = sanitizeHtml(html);
    expect(dangerous(clean)).toEqual([]);
    if (expected.endsWith(`== '<img src="http://www.ragingplatypus.com/i/cam-full.jpg" />'`)) {
      expect(clean).toBe('<img src="http://www.ragingplatypus.com/i/cam-full.jpg" />');
    }
  });

  it('the check itself catches what it must', () => {
    expect(dangerous('<img src="x" onerror="alert(1)">')).toEqual(['event handler']);
    expect(dangerous('<a href="javascript:alert(1)">x</a>')).toEqual(['scheme']);
    expect(dangerous('<iframe src="http://x"></iframe>')).toEqual(['element']);
  });
});

describe('sanitizeHtml', () => {
  it('removes script, iframe, object, embed, handlers and javascript:/data: URLs', () => {
    const html =
      '<p onclick="x()">Hi <b>there</b></p><script>alert(1)</script><iframe src="https://evil.test/"></iframe>' +
      '<object data="x.swf"></object><embed src="x.swf"><a href="javascript:alert(1)">a</a>' +
      '<a href="https://ok.test/" onmouseover="x()">b</a><img src="data:image/png;base64,AAAA" onerror="x()">' +
      '<img src="https://ok.test/i.png" alt="i"><span style="background:url(javascript:x)">s</span>';
    const clean = sanitizeHtml(html);
    expect(dangerous(clean)).toEqual([]);
    expect(clean).toContain('<p>Hi <b>there</b></p>');
    expect(clean).toContain('<a href="https://ok.test/" rel="noopener noreferrer nofollow" target="_blank">b</a>');
    expect(clean).toContain('<img src="https://ok.test/i.png" alt="i" />');
    expect(clean).not.toContain('alert');
  });
});

describe('toPlainText', () => {
  it.each([
    ['<p>Paro en <b>Puno</b></p><p>segundo día</p>', 'Paro en Puno segundo día'],
    ['Bloqueo&nbsp;en&#160;la &quot;Panamericana&quot; &amp; más', 'Bloqueo en la "Panamericana" & más'],
    ['<script>alert(1)</script>texto<style>p{}</style>', 'texto'],
    ['<img src=x onerror=alert(1)>foto', 'foto'],
    ['&lt;b&gt;escaped twice&lt;/b&gt;', 'escaped twice'],
    ['a < b and c > d', 'a < b and c > d'],
    ['línea\n\n\t  dos', 'línea dos'],
    ['don\u0092t \u0093quote\u0094', 'don’t “quote”'],
    ['bell\u0007 and nul\u0000', 'bell and nul'],
    ['', ''],
  ])('%j -> %j', (input, output) => {
    expect(toPlainText(input)).toBe(output);
  });
});

describe('safeLink', () => {
  it.each([
    ['https://example.com/a?b=1', undefined, 'https://example.com/a?b=1'],
    ['  http://example.com/x  ', undefined, 'http://example.com/x'],
    ['/news/1', 'https://example.com/feed.xml', 'https://example.com/news/1'],
    ['2.html', 'https://example.com/dir/feed.xml', 'https://example.com/dir/2.html'],
    ['javascript:alert(1)', undefined, null],
    ['JaVaScRiPt:alert(1)', 'https://example.com/', null],
    ['data:text/html,<script>alert(1)</script>', undefined, null],
    ['vbscript:msgbox', undefined, null],
    ['ftp://example.com/file', undefined, null],
    ['/relative/without/base', undefined, null],
    ['', undefined, null],
    [null, undefined, null],
    [undefined, undefined, null],
  ])('%j (base %j) -> %j', (url, base, out) => {
    expect(safeLink(url as string | null | undefined, base)).toBe(out);
  });
});
