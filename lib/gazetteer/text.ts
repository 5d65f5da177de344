// Text folding shared by the gazetteer and the extractor: lower case, no diacritics, same length as the input,
// so that offsets found in the folded text point at the same characters of the original.

const cache = new Map<number, string>();

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  let out = cache.get(code);
  if (out === undefined) {
    const base = ch.normalize('NFD').charAt(0).toLowerCase();
    // Keep one UTF-16 unit per input unit; characters that do not reduce to one unit stay as they are.
    out = base.length === 1 ? base : ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
    cache.set(code, out);
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
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]!);
  return out;
}

export interface Token {
  text: string; // folded
  start: number;
  end: number;
}

const WORD = /[a-z0-9]+/g;

/** Tokens of letters and digits of an already folded text, with their offsets. */
export function tokenize(folded: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(folded))) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** A name as the index keys it: folded tokens joined by single spaces ("San Román" -> "san roman"). */
export function nameKey(name: string): string {
  return tokenize(fold(name))
    .map((t) => t.text)
    .join(' ');
}
