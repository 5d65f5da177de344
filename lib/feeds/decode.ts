// Bytes -> text. Order: byte order mark, UTF-16/32 byte pattern, HTTP charset, XML declaration, UTF-8
// (windows-1252 when the bytes are not UTF-8). Unknown labels are skipped, never fatal.
import iconv from 'iconv-lite';

export interface DecodedFeed {
  text: string;
  charset: string;
}

/** Labels that browsers (WHATWG Encoding) and real feeds treat as a wider charset. */
const ALIASES: Record<string, string> = {
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  iso8859_1: 'windows-1252',
  'iso8859-1': 'windows-1252',
  'iso_8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'latin-1': 'windows-1252',
  l1: 'windows-1252',
  cp1252: 'windows-1252',
  'iso-8859-9': 'windows-1254',
  'iso-8859-11': 'windows-874',
  'tis-620': 'windows-874',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  'euc-cn': 'gb18030',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'x-sjis': 'shift_jis',
  'shift-jis': 'shift_jis',
  sjis: 'shift_jis',
  'ks_c_5601-1987': 'euc-kr',
  utf16: 'utf-16',
  utf_16: 'utf-16',
  utf32: 'utf-32',
  utf_32: 'utf-32',
  u16: 'utf-16',
};

/** Labels we refuse even though iconv-lite knows them (UTF-7 is a classic filter-evasion trick). */
const REFUSED = new Set(['utf-7', 'utf7', 'unicode-1-1-utf-7', 'csunicode11utf7']);

const SINGLE_BYTE = /^(windows-125\d|windows-874|iso-8859-\d+(-i)?|koi8-[rut]|ibm866|cp866|macintosh)$/;

export function decodeFeedBytes(body: Buffer, contentType: string | null): DecodedFeed {
  const bom = sniffBom(body);
  if (bom) return finish(decodeAs(body.subarray(bom.length), bom.charset), bom.charset);

  // An XML document starts with '<' or white space, so NUL bytes among the first four give away UTF-16/32.
  const wide = sniffWide(body);
  if (wide) return finish(decodeAs(body, wide), wide);

  let charset =
    resolveLabel(charsetFromContentType(contentType)) ?? resolveLabel(declaredEncoding(body)) ?? 'utf-8';
  // Without a BOM or a NUL pattern the bytes are not UTF-16/32, whatever the label says.
  if (/^utf-(16|32)/.test(charset)) charset = 'utf-8';

  const hasHighBytes = body.some((b) => b >= 0x80);
  if (charset === 'utf-8' && hasHighBytes && !isValidUtf8(body)) charset = 'windows-1252';
  // A legacy single-byte label on bytes that are valid multi-byte UTF-8 is a mislabelled UTF-8 feed
  // (the other way round is practically impossible for real text).
  else if (SINGLE_BYTE.test(charset) && hasHighBytes && isValidUtf8(body)) charset = 'utf-8';

  return finish(decodeAs(body, charset), charset);
}

/** The charset parameter of a Content-Type header, unquoted; null when absent or malformed. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*("([^"]*)"|'([^']*)'|[^\s;]+)/i.exec(contentType);
  if (!m) return null;
  const value = (m[2] ?? m[3] ?? m[1] ?? '').trim();
  return value || null;
}

function resolveLabel(label: string | null): string | null {
  if (!label) return null;
  const l = label.trim().replace(/^["']|["']$/g, '').trim().toLowerCase();
  if (!l || REFUSED.has(l)) return null;
  const name = ALIASES[l] ?? l;
  return iconv.encodingExists(name) ? name : null;
}

function sniffBom(b: Buffer): { charset: string; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (b[0] === 0x00 && b[1] === 0x00 && b[2] === 0xfe && b[3] === 0xff) return { charset: 'utf-32be', length: 4 };
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0x00 && b[3] === 0x00) return { charset: 'utf-32le', length: 4 };
  if (b[0] === 0xfe && b[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  if (b[0] === 0xff && b[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  return null;
}

function sniffWide(b: Buffer): string | null {
  if (b.length < 4) return null;
  const [b0, b1, b2, b3] = [b[0]!, b[1]!, b[2]!, b[3]!];
  if (b0 === 0 && b1 === 0 && b2 === 0 && b3 !== 0) return 'utf-32be';
  if (b0 !== 0 && b1 === 0 && b2 === 0 && b3 === 0) return 'utf-32le';
  if (b0 === 0 && b1 !== 0 && b2 === 0 && b3 !== 0) return 'utf-16be';
  if (b0 !== 0 && b1 === 0 && b2 !== 0 && b3 === 0) return 'utf-16le';
  return null;
}

/** The encoding="..." of an XML declaration in an ASCII-compatible document. */
function declaredEncoding(b: Buffer): string | null {
  const head = b.subarray(0, 512).toString('latin1');
  const m = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']\s*([^"'\s>]*)\s*["']/.exec(head);
  return m?.[1] || null;
}

const utf8Fatal = new TextDecoder('utf-8', { fatal: true });

function isValidUtf8(b: Buffer): boolean {
  try {
    utf8Fatal.decode(b);
    return true;
  } catch {
    return false;
  }
}

function decodeAs(b: Buffer, charset: string): string {
  if (charset === 'utf-8') return b.toString('utf8');
  return iconv.decode(b, charset, { stripBOM: false });
}

function finish(text: string, charset: string): DecodedFeed {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return { text: dropDeclaredEncoding(withoutBom), charset };
}

/** The text is already decoded: remove encoding="..." so that no XML parser decodes it a second time. */
function dropDeclaredEncoding(text: string): string {
  return text.replace(/^(\s*<\?xml\s[^>]*?)\s+encoding\s*=\s*(["'])[^"']*\2/, '$1');
}
