// Word gates for lists of patterns: most patterns of a list cannot match a given text, and running each over the
// whole text costs more than looking its words up. From a pattern's source (parsed with regexpp) we derive words of
// which every match must contain one at a word start; a text whose words begin with none of them is not searched.
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/** Words are compared by their first KEY letters ("bloquean" and "bloqueo" both by "bloq"), as a number. */
const KEY = 4;
/** Keys below this are of words shorter than KEY letters. */
const SHORT_WORD_KEYS = 37 ** (KEY - 1);

const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isAsciiWord = (c: number) => isWordCode(c) || (c >= 65 && c <= 90) || c === 95; // \w
/** 1..36 for a-z0-9: a word's key is its first KEY letters in base 37 (shorter words stay distinct). */
const digit = (c: number) => (c >= 97 ? c - 96 : c - 21);

/** Every key of every Gate, numbered in the order they were met (Gates are made when their modules load). */
const keyIds = new Map<number, number>();
/** keyIds again, as an open-addressing table for textKeys, which looks up every word: key, number, key, number...
 *  (keys are never 0: 0 marks a free slot). At most half full. */
let slots = new Int32Array(1 << 14);

const slotOf = (key: number, table: Int32Array) => (Math.imul(key, 0x9e3779b1) >>> 0) & ((table.length >> 1) - 1);

/** The number of a key, or -1. */
function idOf(key: number): number {
  const table = slots;
  const last = (table.length >> 1) - 1;
  for (let i = slotOf(key, table); ; i = (i + 1) & last) {
    const k = table[2 * i]!;
    if (k === key) return table[2 * i + 1]!;
    if (k === 0) return -1;
  }
}

/** The number of a key, numbered now if it has none. */
function numbered(key: number): number {
  let id = keyIds.get(key);
  if (id === undefined) {
    keyIds.set(key, (id = keyIds.size));
    if (keyIds.size * 2 <= slots.length >> 1) place(key, id, slots);
    else {
      slots = new Int32Array(slots.length * 2);
      for (const [k, n] of keyIds) place(k, n, slots);
    }
  }
  return id;
}

function place(key: number, id: number, table: Int32Array): void {
  const last = (table.length >> 1) - 1;
  let i = slotOf(key, table);
  while (table[2 * i] !== 0) i = (i + 1) & last;
  table[2 * i] = key;
  table[2 * i + 1] = id;
}

/** The keys of a text's words; and, as `ids`, the numbers of those that some Gate has (keyIds). */
export class TextKeys extends Set<number> {
  readonly ids: number[] = [];
  /** Every word of the text whose key has a number, in text order: where it starts, and that number (for Scan). */
  readonly starts: number[] = [];
  readonly wordIds: number[] = [];
  /** How many keys keyIds held when these were read: a Gate made later is looked up by the keys. */
  readonly known = keyIds.size;
  /** A number of its own, for the Gates' last selection (Gate.last). */
  readonly serial = ++serials;
  /** The text read (textKeys), for patterns gated by a literal rather than by words (gateLiterals). */
  text: string | null = null;
  /** That text with some of its words blanked (noteBlanked): its words are the text's, where they were. */
  blanked: string | null = null;
}

/**
 * Notes, when it is so, that `blanked` is the text `keys` were read from with whole words turned into spaces (classify's
 * masks), so that a Scan finds its matches at the words' starts as in the text itself.
 */
export function noteBlanked(keys: Set<number>, blanked: string): void {
  if (!(keys instanceof TextKeys) || keys.text === null || keys.text.length !== blanked.length) return;
  const text = keys.text;
  for (let i = 0; i < text.length; i++) {
    if (blanked.charCodeAt(i) === text.charCodeAt(i)) continue;
    // A run of changed characters: spaces only, neither beginning nor ending inside a word of the text.
    const start = i;
    for (; i < text.length && blanked.charCodeAt(i) !== text.charCodeAt(i); i++) if (blanked.charCodeAt(i) !== 32) return;
    if (start > 0 && isWordCode(text.charCodeAt(start - 1)) && isWordCode(text.charCodeAt(start))) return;
    if (i < text.length && isWordCode(text.charCodeAt(i - 1)) && isWordCode(text.charCodeAt(i))) return;
  }
  keys.blanked = blanked;
}

let serials = 0;

/** The keys of the words ([a-z0-9]+) of a folded text. */
export function textKeys(folded: string): TextKeys {
  const keys = new TextKeys();
  keys.text = folded;
  let key = 0;
  let length = 0; // letters of the current word so far
  for (let i = 0; i <= folded.length; i++) {
    const c = i < folded.length ? folded.charCodeAt(i) : 0;
    if (isWordCode(c)) {
      if (length < KEY) key = key * 37 + digit(c);
      length++;
    } else if (length > 0) {
      const id = idOf(key);
      if (!keys.has(key)) {
        keys.add(key);
        if (id >= 0) keys.ids.push(id);
      }
      if (id >= 0) {
        keys.starts.push(i - length);
        keys.wordIds.push(id);
      }
      key = 0;
      length = 0;
    }
  }
  return keys;
}

function wordKey(word: string): number {
  let key = 0;
  for (let i = 0; i < Math.min(KEY, word.length); i++) key = key * 37 + digit(word.charCodeAt(i));
  return key;
}

interface Walk {
  /** Keys of which every match of the walked part holds one at a word start, or null if none is known. */
  keys: Set<number> | null;
  /** Whether the position after the walked part is surely a word start when a word character follows. */
  atStart: boolean;
  /** Finer: every match meets one of these clauses, a clause being key sets of which the match holds one each (an
   *  empty clause: nothing known). */
  dnf: Clause[];
  /** Coarser, one clause: the first keys of each element of a sequence that has some. */
  flat: Clause;
}

type Clause = Set<number>[];
const TRUE: Clause[] = [[]];
/** At most this many clauses per part: beyond, the part's first keys stand for it (as one clause). */
const CLAUSES = 64;

/** Every clause of `a` with every clause of `b` (a sequence of the two); `keys` stands for `b` when that is too many. */
function product(a: Clause[], b: Clause[], keys: Set<number> | null): Clause[] {
  if (a.length * b.length > CLAUSES) b = keys ? [[keys]] : TRUE;
  if (b.length === 1 && b[0]!.length === 0) return a;
  const out: Clause[] = [];
  for (const x of a) for (const y of b) out.push([...x, ...y]);
  return out;
}

/** Whether a character element can only match characters that are not word characters (\w). */
function nonWord(e: AST.Element | AST.CharacterClassElement): boolean {
  switch (e.type) {
    case 'Character':
      return !isAsciiWord(e.value);
    case 'CharacterSet':
      return e.kind === 'space' && !e.negate;
    case 'CharacterClass':
      return !e.negate && e.elements.every((x) => nonWord(x as AST.CharacterClassElement));
    case 'CharacterClassRange':
      return !isAsciiWord(e.min.value) && !isAsciiWord(e.max.value) && (e.max.value < 48 || e.min.value > 122);
    default:
      return false;
  }
}

/** Whether the text from elements[i] on surely starts with a non-word character (or \b before one). */
function boundaryBefore(elements: AST.Element[], i: number, boundaryAfter: boolean): boolean {
  const next = elements[i];
  if (next === undefined) return boundaryAfter;
  // (A lookaround reads no character: what follows it comes next: "gnb(?! sudameris)\b".)
  if (next.type === 'Assertion' && (next.kind === 'lookahead' || next.kind === 'lookbehind')) return boundaryBefore(elements, i + 1, boundaryAfter);
  return (next.type === 'Assertion' && next.kind === 'word' && !next.negate) || nonWord(next);
}

function walkAlternatives(alternatives: AST.Alternative[], atStart: boolean, boundaryAfter: boolean): Walk {
  let keys: Set<number> | null = new Set();
  let after = true;
  let dnf: Clause[] | null = [];
  const flats: Clause[] = [];
  for (const alt of alternatives) {
    const w = walkSequence(alt.elements, atStart, boundaryAfter);
    if (keys && w.keys) for (const k of w.keys) keys.add(k);
    else keys = null;
    after &&= w.atStart;
    if (dnf && w.dnf.every((c) => c.length > 0)) dnf.push(...w.dnf);
    else dnf = null;
    flats.push(w.flat);
  }
  keys = keys && keys.size ? keys : null;
  // Alternatives of one word each ("(police|troops)") are one clause: either word.
  if (dnf && dnf.length > 1 && dnf.every((c) => c.length === 1)) dnf = [[new Set(dnf.flatMap((c) => [...c[0]!]))]];
  // Too many clauses: one per alternative, its coarse one; too many alternatives still: the first keys.
  if (dnf && dnf.length > CLAUSES) dnf = flats.length <= CLAUSES && flats.every((c) => c.length > 0) ? flats : null;
  if (!dnf || !dnf.length) dnf = keys ? [[keys]] : TRUE;
  return { keys, atStart: after && alternatives.length > 0, dnf, flat: keys ? [keys] : [] };
}

function walkElement(e: AST.Element, atStart: boolean, boundaryAfter: boolean): Walk {
  switch (e.type) {
    case 'Group':
    case 'CapturingGroup':
      return walkAlternatives(e.alternatives, atStart, boundaryAfter);
    case 'Quantifier': {
      const once = walkElement(e.element, atStart, false);
      const again = e.max > 1 ? walkElement(e.element, once.atStart, false).atStart : once.atStart;
      const taken = once.atStart && again;
      return e.min >= 1 ? { keys: once.keys, atStart: taken, dnf: once.dnf, flat: once.flat } : { keys: null, atStart: atStart && taken, dnf: TRUE, flat: [] };
    }
    case 'Assertion':
      if (e.kind === 'word') return { keys: null, atStart: !e.negate, dnf: TRUE, flat: [] };
      if (e.kind === 'start') return { keys: null, atStart: true, dnf: TRUE, flat: [] };
      return { keys: null, atStart: e.kind === 'lookahead' || e.kind === 'lookbehind' ? atStart : false, dnf: TRUE, flat: [] };
    default:
      return { keys: null, atStart: nonWord(e), dnf: TRUE, flat: [] };
  }
}

/** `boundaryAfter`: what follows the sequence surely starts with a non-word character or the end. */
function walkSequence(elements: AST.Element[], atStart: boolean, boundaryAfter: boolean): Walk {
  let keys: Set<number> | null = null;
  let start = atStart;
  let dnf = TRUE;
  const flat: Clause = [];
  for (let i = 0; i < elements.length; i++) {
    const e = elements[i]!;
    if (e.type === 'Character' && isWordCode(e.value)) {
      // A run of literal letters at a word start gives the key of the words it begins.
      let j = i;
      let run = '';
      while (j < elements.length) {
        const x = elements[j]!;
        if (x.type !== 'Character' || !isWordCode(x.value)) break;
        run += String.fromCharCode(x.value);
        j++;
      }
      // A shorter run is a whole word when a non-word character or \b follows it ("sit-in").
      const whole = boundaryBefore(elements, j, boundaryAfter);
      if (start && (run.length >= KEY || whole)) {
        const own = new Set([wordKey(run)]);
        keys ??= own;
        dnf = product(dnf, [[own]], own);
        flat.push(own);
      }
      start = false;
      i = j - 1;
      continue;
    }
    const w = walkElement(e, start, boundaryBefore(elements, i + 1, boundaryAfter));
    keys ??= w.keys;
    dnf = product(dnf, w.dnf, w.keys);
    if (w.keys) flat.push(w.keys);
    start = w.atStart;
  }
  return { keys, atStart: start, dnf, flat };
}

/** The top-level alternatives of `re`, or null for flags under which its letters would not be the text's (i, u, v). */
function alternativesOf(re: RegExp): AST.Alternative[] | null {
  if (re.flags.includes('i') || re.flags.includes('u') || re.flags.includes('v')) return null;
  return new RegExpParser().parsePattern(re.source).alternatives;
}

/** Keys of which every match of the sequence begins with one, at a word start; null when that cannot be told. */
function leadOf(elements: AST.Element[], atStart: boolean, boundaryAfter: boolean): Set<number> | null {
  let start = atStart;
  for (let i = 0; i < elements.length; i++) {
    const e = elements[i]!;
    if (e.type === 'Assertion') {
      // (Zero-width: \b or ^ before a word character makes a word start; a lookaround leaves it as it was.)
      if (e.kind === 'start') start = true;
      else if (e.kind === 'word') start = !e.negate;
      else if (e.kind === 'end') return null;
      continue;
    }
    const rest = elements.slice(i + 1);
    if (e.type === 'Character' && isWordCode(e.value)) {
      let j = i;
      let run = '';
      for (let x = elements[j]; x && x.type === 'Character' && isWordCode(x.value); x = elements[++j]) run += String.fromCharCode(x.value);
      if (!start) return null;
      if (run.length >= KEY || boundaryBefore(elements, j, boundaryAfter)) return new Set([wordKey(run)]);
      // A shorter word that a group or an optional letter may go on with ("days? of rage", "anos?"): each way on.
      const next = elements[j];
      if (next?.type !== 'Group' && next?.type !== 'CapturingGroup' && !(next?.type === 'Quantifier' && next.max === 1)) return null;
      const ways = next.type === 'Quantifier' ? (next.min === 0 ? [[], [next.element]] : [[next.element]]) : next.alternatives.map((alt) => alt.elements);
      const keys = new Set<number>();
      for (const way of ways) {
        const lead = leadOf([...elements.slice(i, j), ...way, ...elements.slice(j + 1)], true, boundaryAfter);
        if (!lead) return null;
        for (const k of lead) keys.add(k);
      }
      return keys;
    }
    if (e.type === 'Group' || e.type === 'CapturingGroup') {
      // Each alternative, followed by the rest of the sequence (an alternative may consume nothing).
      const keys = new Set<number>();
      for (const alt of e.alternatives) {
        const lead = leadOf([...alt.elements, ...rest], start, boundaryAfter);
        if (!lead) return null;
        for (const k of lead) keys.add(k);
      }
      return keys.size ? keys : null;
    }
    if (e.type === 'Quantifier' && e.min >= 1) return leadOf([e.element, ...rest], start, boundaryAfter);
    return null;
  }
  return null;
}

/** The keys of which every match of `re` begins with one, at a word start, or null when they cannot be told. */
export function leadKeys(re: RegExp): Set<number> | null {
  const alternatives = alternativesOf(re);
  if (!alternatives) return null;
  const keys = new Set<number>();
  for (const alt of alternatives) {
    const lead = leadOf(alt.elements, false, false);
    if (!lead) return null;
    for (const k of lead) keys.add(k);
  }
  return keys;
}

/** The keys of which every match of `re` holds one at a word start, or null when they cannot be told. */
export function gateKeys(re: RegExp): Set<number> | null {
  const alternatives = alternativesOf(re);
  return alternatives && walkAlternatives(alternatives, false, false).keys;
}

/**
 * What every match of `re` needs, finer than gateKeys: alternatives (of the pattern and of its groups, multiplied
 * out), each the key sets of which a match holds one each (all of them, not only the first). A text that meets no
 * alternative's needs cannot match. Null when some alternative needs nothing that can be told.
 */
export function gateNeeds(re: RegExp): number[][][] | null {
  const alternatives = alternativesOf(re);
  if (!alternatives) return null;
  const { dnf } = walkAlternatives(alternatives, false, false);
  if (dnf.some((clause) => clause.length === 0)) return null;
  return dnf.map((clause) => clause.map((set) => [...set]));
}

/** Whether the text's keys meet one alternative's needs (gateNeeds). */
function meets(needs: number[][][], keys: Set<number>): boolean {
  alternatives: for (const alt of needs) {
    for (const set of alt) {
      let hit = false;
      for (let i = 0; i < set.length; i++) {
        if (keys.has(set[i]!)) {
          hit = true;
          break;
        }
      }
      if (!hit) continue alternatives;
    }
    return true;
  }
  return false;
}

/**
 * Whether a text whose keys are `keys` may match `re` (gateNeeds, or gateKeys when it has no needs): a look-up that
 * spares running a pattern over a text that cannot match it. (A Gate of one pattern, so that a TextKeys is looked up
 * by its numbered keys.)
 */
export function mayMatch(re: RegExp): (keys: Set<number>) => boolean {
  const gate = new Gate([re], (r) => r);
  return (keys) => gate.select(keys).length > 0;
}

/**
 * `re` run only on texts whose keys may match it (mayMatch): most texts are answered by a look-up, and the others are
 * searched as a Scan does. The keys may be those of a longer text that holds every word of this one. `exec` finds the
 * leftmost match from `from` on (0 for a pattern that is not global).
 */
export function gated(re: RegExp): { test(text: string, keys: Set<number>): boolean; exec(text: string, keys: Set<number>, from?: number): RegExpExecArray | null } {
  const may = mayMatch(re);
  const scan = new Scan(re);
  return {
    test: (text, keys) => may(keys) && scan.exec(text, keys, 0) !== null,
    exec: (text, keys, from = 0) => (may(keys) ? scan.exec(text, keys, from) : null),
  };
}

/**
 * For a pattern without word keys: for each alternative of its top level, a run of letters and digits that every
 * match of it holds (the longest, of 3 or more), or null when some alternative has none. Letters only, so that
 * blanking words out of a text (classify's prepare) never makes one where there was none.
 */
export function gateLiterals(re: RegExp): string[] | null {
  const alternatives = alternativesOf(re);
  if (!alternatives) return null;
  const out: string[] = [];
  for (const alt of alternatives) {
    let best = '';
    let run = '';
    for (const e of alt.elements) {
      if (e.type === 'Character' && isWordCode(e.value)) run += String.fromCharCode(e.value);
      else run = '';
      if (run.length > best.length) best = run;
    }
    if (best.length < 3) return null;
    out.push(best);
  }
  return out.length ? out : null;
}

/** Lists by number in two arrays: list n is items[start[n] .. start[n + 1]] (empty for a number without one). */
interface Packed {
  start: Int32Array;
  items: Int32Array;
}

function packed(lists: Map<number, number[]>, length: number): Packed {
  const start = new Int32Array(length + 1);
  const items: number[] = [];
  for (let n = 0; n < length; n++) {
    start[n] = items.length;
    for (const x of lists.get(n) ?? []) items.push(x);
  }
  start[length] = items.length;
  return { start, items: Int32Array.from(items) };
}

/**
 * A list of items, each with a pattern, that selects those whose pattern may match a text: the items of a key the
 * text has, and those whose pattern has no keys, in list order.
 */
export class Gate<T> {
  /** Items by the first keys of their patterns (gateKeys), for keys not numbered alike (a TextKeys read before a
   *  Gate was made, or another Set). */
  private readonly byKey = new Map<number, number[]>();
  private readonly always: number[] = [];
  /** For each item of `always`, literals of which its text must hold one (gateLiterals), or null. */
  private readonly alwaysLiterals: (string[] | null)[] = [];
  private readonly chosen: Uint8Array;
  /** The numbers of the items chosen for the text being selected for. */
  private readonly picked: Int32Array;
  /** Each item's gateNeeds (null: none beyond its first keys). */
  private readonly needs: (number[][][] | null)[];
  /** By key number (keyIds): the items without needs whose first keys hold it. */
  private readonly byId: Packed;
  /** By key number: the numbers of this Gate's distinct key sets (of needs) that hold it. */
  private readonly setsById: Packed;
  /** A bit by key number, set for those of byId or setsById: most of a text's keys are another Gate's, and a bit
   *  says so at less cost than the two lists. */
  private readonly used: Uint32Array;
  /** For each key set, 1 while the text being selected for has one of its keys (cleared after). */
  private readonly setHit: Uint8Array;
  /** The alternatives of the items' needs, as key set numbers: alternative c's are clauseSets[clauseStart[c] ..
   *  clauseStart[c + 1]] (one array for all, read in turn); and the item of each. */
  private readonly clauseSets: Int32Array;
  private readonly clauseStart: Int32Array;
  private readonly clauseItem: Int32Array;
  /** By key set: the alternatives that it anchors (their set of fewest keys, looked at first). */
  private readonly clausesBySet: Packed;

  constructor(
    private readonly items: readonly T[],
    pattern: (item: T) => RegExp | null,
  ) {
    this.chosen = new Uint8Array(items.length);
    this.picked = new Int32Array(items.length);
    this.needs = items.map(() => null);
    items.forEach((item, i) => {
      const re = pattern(item);
      const keys = re ? gateKeys(re) : null;
      const needs = keys && re ? gateNeeds(re) : null;
      // Needs worth checking: more than the one key set of the first keys.
      if (needs && (needs.length > 1 || needs[0]!.length > 1)) this.needs[i] = needs;
      if (!keys) {
        this.always.push(i);
        this.alwaysLiterals.push(re ? gateLiterals(re) : null);
      } else for (const k of keys) this.byKey.set(k, [...(this.byKey.get(k) ?? []), i]);
    });
    const byId = new Map<number, number[]>();
    for (const [k, list] of this.byKey) {
      const plain = list.filter((i) => !this.needs[i]);
      if (plain.length) byId.set(numbered(k), plain);
    }
    // Each distinct key set once (alternatives multiplied out share theirs).
    const setsById = new Map<number, number[]>();
    const setNumbers = new Map<string, number>();
    const setSizes: number[] = []; // how many keys, and more for a short word's
    const setOf = (set: number[]) => {
      const name = [...set].sort((x, y) => x - y).join(',');
      let n = setNumbers.get(name);
      if (n === undefined) {
        setNumbers.set(name, (n = setSizes.length));
        // Words of fewer than KEY letters ("de", "a", "the") are in most texts: a set with one is a poor anchor.
        setSizes.push(set.length + (set.some((k) => k < SHORT_WORD_KEYS) ? 1000 : 0));
        for (const k of set) {
          const id = numbered(k);
          const list = setsById.get(id) ?? [];
          if (!list.includes(n)) list.push(n);
          setsById.set(id, list);
        }
      }
      return n;
    };
    const anchored = new Map<number, number[]>();
    const clauseSets: number[] = [];
    const clauseStart = [0];
    const clauseItem: number[] = [];
    this.needs.forEach((needs, i) => {
      for (const alt of needs ?? []) {
        const sets = alt.map(setOf);
        const anchor = sets.reduce((best, n) => (setSizes[n]! < setSizes[best]! ? n : best), sets[0]!);
        anchored.set(anchor, [...(anchored.get(anchor) ?? []), clauseItem.length]);
        clauseSets.push(...sets);
        clauseStart.push(clauseSets.length);
        clauseItem.push(i);
      }
    });
    this.clauseSets = Int32Array.from(clauseSets);
    this.clauseStart = Int32Array.from(clauseStart);
    this.clauseItem = Int32Array.from(clauseItem);
    this.setHit = new Uint8Array(setSizes.length);
    const idCount = Math.max(-1, ...byId.keys(), ...setsById.keys()) + 1;
    this.byId = packed(byId, idCount);
    this.setsById = packed(setsById, idCount);
    this.clausesBySet = packed(anchored, setSizes.length);
    this.used = new Uint32Array((idCount >>> 5) + 1);
    for (const ids of [byId.keys(), setsById.keys()]) for (const id of ids) this.used[id >>> 5]! |= 1 << (id & 31);
  }

  /** The last selection by a TextKeys, and that TextKeys' serial (the same text's keys are often asked twice). */
  private last: readonly T[] = [];
  private lastSerial = 0;
  /** The key sets hit by the text being selected for. */
  private hit = new Int32Array(0);

  /** The items chosen for `keys`, in list order (shared with later calls for the same TextKeys: not to be changed). */
  select(keys: Set<number>): readonly T[] {
    const byIds = keys instanceof TextKeys && keys.known === keyIds.size;
    if (byIds && keys.serial === this.lastSerial) return this.last;
    const { chosen, picked } = this;
    // Each item chosen is marked once and its number listed: the list, sorted, gives the list order.
    let n = 0;
    const text = byIds ? (keys as TextKeys).text : null;
    for (let a = 0; a < this.always.length; a++) {
      const literals = text === null ? null : this.alwaysLiterals[a];
      let hit = !literals;
      for (let l = 0; !hit && l < literals!.length; l++) hit = text!.includes(literals![l]!);
      const item = this.always[a]!;
      if (hit && !chosen[item]) {
        chosen[item] = 1;
        picked[n++] = item;
      }
    }
    if (byIds) {
      // Only the text's words that some Gate has: the items without needs that their first keys choose, and those
      // with an alternative of their needs all hit.
      const { used, setHit } = this;
      const { start: itemsAt, items: itemsOf } = this.byId;
      const { start: setsAt, items: setsOf } = this.setsById;
      const idCount = setsAt.length - 1;
      // (A list of the length of the key sets, reused: no array grows per text.)
      if (this.hit.length < setHit.length) this.hit = new Int32Array(setHit.length);
      const hit = this.hit;
      let hits = 0;
      const ids = keys.ids;
      for (let j = 0; j < ids.length; j++) {
        const id = ids[j]!;
        if (id >= idCount || !(used[id >>> 5]! & (1 << (id & 31)))) continue;
        for (let i = itemsAt[id]!, end = itemsAt[id + 1]!; i < end; i++) {
          const item = itemsOf[i]!;
          if (!chosen[item]) {
            chosen[item] = 1;
            picked[n++] = item;
          }
        }
        for (let i = setsAt[id]!, end = setsAt[id + 1]!; i < end; i++) {
          const s = setsOf[i]!;
          if (!setHit[s]) {
            setHit[s] = 1;
            hit[hits++] = s;
          }
        }
      }
      const { clauseSets, clauseStart, clauseItem } = this;
      const { start: anchoredAt, items: anchoredOf } = this.clausesBySet;
      for (let h = 0; h < hits; h++) {
        const set = hit[h]!;
        clause: for (let a = anchoredAt[set]!, end = anchoredAt[set + 1]!; a < end; a++) {
          const c = anchoredOf[a]!;
          const item = clauseItem[c]!;
          if (chosen[item]) continue;
          for (let i = clauseStart[c]!, end = clauseStart[c + 1]!; i < end; i++) if (!setHit[clauseSets[i]!]) continue clause;
          chosen[item] = 1;
          picked[n++] = item;
        }
      }
      for (let h = 0; h < hits; h++) setHit[hit[h]!] = 0;
    } else {
      // Whichever of the text's keys and the list's keys is the shorter is walked; an item with needs is kept only
      // when its text meets them.
      const choose = (list: number[]) => {
        for (const i of list) {
          if (!chosen[i] && (!this.needs[i] || meets(this.needs[i]!, keys))) {
            chosen[i] = 1;
            picked[n++] = i;
          }
        }
      };
      if (keys.size <= this.byKey.size) {
        for (const k of keys) {
          const list = this.byKey.get(k);
          if (list) choose(list);
        }
      } else {
        for (const [k, list] of this.byKey) if (keys.has(k)) choose(list);
      }
    }
    // (Insertion sort: a text chooses few items.)
    for (let i = 1; i < n; i++) {
      const item = picked[i]!;
      let j = i - 1;
      for (; j >= 0 && picked[j]! > item; j--) picked[j + 1] = picked[j]!;
      picked[j + 1] = item;
    }
    const out: T[] = new Array(n);
    for (let i = 0; i < n; i++) {
      chosen[picked[i]!] = 0;
      out[i] = this.items[picked[i]!]!;
    }
    if (byIds) {
      this.last = out;
      this.lastSerial = (keys as TextKeys).serial;
    }
    return out;
  }
}

/** Whether `text` has the words read in `read` (textKeys): it is that text, or its beginning up to a word's end (a
 *  title). */
function sameWords(read: string | null, text: string): boolean {
  if (read === text) return true;
  return read !== null && read.length > text.length && !isWordCode(read.charCodeAt(text.length)) && read.startsWith(text);
}

/** Sticky attempts at most, before a Scan searches the rest of the text as the pattern itself would. */
const ATTEMPTS = 8;

/**
 * A pattern whose every match begins with a word of some keys (leadKeys). In a text read by textKeys, its matches are
 * looked for only where such words begin (by a sticky copy of it), so that the text between them is not searched.
 */
export class Scan {
  private readonly sticky: RegExp | null = null;
  /** A bit by key number, set for the lead keys. */
  private readonly lead = new Uint32Array(0);

  constructor(readonly re: RegExp) {
    const keys = leadKeys(re);
    if (!keys) return;
    this.sticky = new RegExp(re.source, re.flags.includes('y') ? re.flags : re.flags + 'y');
    const ids = [...keys].map(numbered);
    this.lead = new Uint32Array((Math.max(...ids) >>> 5) + 1);
    for (const id of ids) this.lead[id >>> 5]! |= 1 << (id & 31);
  }

  /** The leftmost match at `from` or after, as the pattern run from there finds it (`from` is 0 for one not global). */
  exec(text: string, keys: Set<number>, from: number): RegExpExecArray | null {
    const { sticky, lead, re } = this;
    if (sticky && keys instanceof TextKeys && keys.known === keyIds.size && (sameWords(keys.text, text) || sameWords(keys.blanked, text))) {
      const { starts, wordIds } = keys;
      let attempts = 0;
      for (let w = 0; w < starts.length; w++) {
        const at = starts[w]!;
        if (at >= text.length) break;
        const id = wordIds[w]!;
        if (at < from || id >>> 5 >= lead.length || !(lead[id >>> 5]! & (1 << (id & 31)))) continue;
        // (Many such words: the pattern searches from the first one left.)
        if (++attempts > ATTEMPTS) {
          re.lastIndex = at;
          return re.exec(text);
        }
        sticky.lastIndex = at;
        const m = sticky.exec(text);
        if (m) return m;
      }
      return null;
    }
    re.lastIndex = from;
    return re.exec(text);
  }
}
