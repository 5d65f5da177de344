// Text folding shared by the gazetteer and the extractor: lower case, no diacritics, same length as the input,
// so that offsets found in the folded text point at the same characters of the original.

// The folded code unit of each UTF-16 code unit, filled on first use (-1: not yet known).
const folded = new Int32Array(0x10000).fill(-1);

function foldCode(code: number): number {
  let out = folded[code]!;
  if (out < 0) {
    const ch = String.fromCharCode(code);
    const base = ch.normalize('NFD').charAt(0).toLowerCase();
    // Keep one UTF-16 unit per input unit; characters that do not reduce to one unit stay as they are.
    out = (base.length === 1 ? base : ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch).charCodeAt(0);
    folded[code] = out;
  }
  return out;
}

/** Lower-cases and strips diacritics, keeping the length (one UTF-16 unit in, one out). */
export function fold(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) {
      ascii = false;
      break;
    }
  }
  if (ascii) return text;
  if (units.length < text.length) units = new Uint16Array(Math.max(text.length, 2 * units.length));
  const codes = units;
  let surrogates = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : foldCode(c);
    if (f >= 0xd800 && f <= 0xdfff) surrogates = true;
    codes[i] = f;
  }
  // The decoder would replace a lone surrogate: texts with surrogates are put together unit by unit.
  if (!surrogates) return utf16.decode(codes.subarray(0, text.length));
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(codes[i]!);
  return out;
}

const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });
/** The folded code units of the text being folded, kept between calls (grown for a longer text). */
let units = new Uint16Array(1024);

export interface Token {
  text: string; // folded
  start: number;
  end: number;
}

const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** Tokens of letters and digits ([a-z0-9]+) of an already folded text, with their offsets. */
export function tokenize(folded: string): Token[] {
  const out: Token[] = [];
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    if (i < folded.length && isWordCode(folded.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push({ text: folded.slice(start, i), start, end: i });
      start = -1;
    }
  }
  return out;
}

/** A name as the index keys it: folded tokens joined by single spaces ("San Román" -> "san roman"). */
export function nameKey(name: string): string {
  return tokenize(fold(name))
    .map((t) => t.text)
    .join(' ');
}
