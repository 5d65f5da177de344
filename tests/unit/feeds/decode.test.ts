import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeFeedBytes, parseFeedText } from '../../../lib/feeds';
import { contentTypeOf, corpusBytes, entry } from './_corpus';

const ctx = { sourceId: 't', fetched: new Date('2025-01-01T00:00:00Z') };

async function decodeAndParse(file: string, contentType: string | null = contentTypeOf(entry(file))) {
  const decoded = decodeFeedBytes(corpusBytes(file), contentType);
  return { ...decoded, feed: await parseFeedText(decoded.text, ctx) };
}

describe('decodeFeedBytes on the corpus', () => {
  it('windows-1252: bytes 0x80-0x9F are the cp1252 characters, not C1 controls', async () => {
    const r = await decodeAndParse('miniflux/encoding/testdata/windows-1252.xml');
    expect(r.charset).toBe('windows-1252');
    expect(r.feed.title).toBe('Euro €');
  });

  it('an HTTP charset overrides the XML declaration', async () => {
    const file = 'feedparser/encoding/http_text_xml_charset_overrides_encoding_2.xml';
    expect(contentTypeOf(entry(file))).toBe('text/xml; charset=windows-1252');
    const r = await decodeAndParse(file);
    expect(r.feed.items[0]!.summary).toBe('This is a £“test.”');

    // KOI8-R bytes served as windows-1251: the header wins over encoding="KOI8-R".
    const koi8 = 'miniflux/encoding/testdata/koi8r.xml';
    const overridden = decodeFeedBytes(corpusBytes(koi8), 'application/rss+xml; charset=windows-1251');
    expect(overridden.charset).toBe('windows-1251');
    expect(overridden.text).toBe(iconv.decode(corpusBytes(koi8), 'windows-1251').replace(' encoding="KOI8-R"', ''));
  });

  it('KOI8-R from the XML declaration', async () => {
    const r = await decodeAndParse('miniflux/encoding/testdata/koi8r.xml');
    expect(r.charset).toBe('koi8-r');
    expect(r.feed.title).toBe('Пример RSS ленты');
    expect(r.feed.items[0]!.title).toBe('Первая новость');
  });

  it('Big5 from the XML declaration', async () => {
    expect(decodeFeedBytes(corpusBytes('feedparser/encoding/big5.xml'), null).charset).toBe('big5');
    const bytes = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="big5"?><rss version="2.0"><channel><title>'),
      iconv.encode('臺灣新聞', 'big5'),
      Buffer.from('</title></channel></rss>'),
    ]);
    const { text, charset } = decodeFeedBytes(bytes, null);
    expect(charset).toBe('big5');
    expect((await parseFeedText(text, ctx)).title).toBe('臺灣新聞');
  });

  it.each([
    ['feedparser/encoding/utf-16le-bom.xml', 'utf-16le'],
    ['feedparser/encoding/utf-16be-bom.xml', 'utf-16be'],
    ['feedparser/encoding/utf-16le-autodetect.xml', 'utf-16le'],
    ['feedparser/encoding/utf-16be.xml', 'utf-16be'],
    ['feedparser/encoding/utf-32le-bom.xml', 'utf-32le'],
    ['feedparser/encoding/utf-32be-autodetect.xml', 'utf-32be'],
    ['feedparser/encoding/utf-8-bom.xml', 'utf-8'],
  ])('%s is read as %s', async (file, charset) => {
    const r = await decodeAndParse(file);
    expect(r.charset).toBe(charset);
    expect(r.text.startsWith('<?xml version="1.0"?>')).toBe(true); // no BOM left, no encoding to re-read
  });

  it('EUC-KR text inside an item', async () => {
    const r = await decodeAndParse('feedparser/encoding/euc-kr-item.xml');
    expect(r.feed.items[0]!.summary).toBe('년');
  });

  it('mislabelled feeds: valid UTF-8 under a single-byte label is UTF-8', async () => {
    expect((await decodeAndParse('miniflux/encoding/testdata/windows-1252-incorrect-prolog.xml')).feed.title).toBe('Euro €');
    const r = await decodeAndParse('miniflux/encoding/testdata/utf8-incorrect-prolog.xml');
    expect(r.charset).toBe('utf-8');
    expect(r.feed.items[0]!.title).toBe('Café');
  });

  it('undeclared bytes that are not UTF-8 fall back to windows-1252', () => {
    const r = decodeFeedBytes(corpusBytes('miniflux/xml/testdata/iso88591_utf8_mismatch.xml'), null);
    expect(r.charset).toBe('windows-1252');
    expect(r.text).toContain('<to>Anaïs</to>');
    expect(r.text).toContain('<from>Jürgen</from>');
  });

  it('never throws on a bogus label: falls back to the next source', () => {
    expect(decodeFeedBytes(corpusBytes('feedparser/encoding/bozo_bogus_encoding.xml'), null).charset).toBe('utf-8');
    const r = decodeFeedBytes(corpusBytes('miniflux/encoding/testdata/koi8r.xml'), 'text/xml; charset=x-no-such-charset');
    expect(r.charset).toBe('koi8-r');
    expect(decodeFeedBytes(Buffer.from('<rss/>'), 'text/xml; charset=utf-7').charset).toBe('utf-8');
  });

  it('removes the encoding attribute of the XML declaration after decoding', () => {
    const { text } = decodeFeedBytes(corpusBytes('miniflux/encoding/testdata/iso-8859-1.xml'), null);
    expect(text.startsWith('<?xml version="1.0"?>')).toBe(true);
    expect(text).toContain('<title>Café</title>');
  });
});

describe('charsetFromContentType', () => {
  it.each([
    ["application/atom+xml;charset='us-ascii'", 'us-ascii'],
    ['application/rss+xml;charset= "us-ascii"', 'us-ascii'],
    ['text/xml;charset = us-ascii', 'us-ascii'],
    ['text/xml; charset=UTF-8; foo=bar', 'UTF-8'],
    ['text/xml; charset:iso-8859-1', null],
    ['text/xml;', null],
    ['text/xml; qs=0.9', null],
    [null, null],
  ])('%s -> %s', (ct, cs) => {
    expect(charsetFromContentType(ct)).toBe(cs);
  });
});
