// Decoded XML text -> feed title, link, hub and clean items, with rss-parser's parseString doing the XML.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import Parser from 'rss-parser';
import sanitize from 'sanitize-html';
import type { Item } from '../types';
import { FeedError, oneLine } from './errors';
import { safeLink, toPlainText } from './sanitize';

export interface ParsedFeed {
  title: string | null;
  link: string | null;
  items: Item[];
  hub: string | null;
  /** The feed's own URL (rel="self"): the topic of a WebSub subscription. */
  self: string | null;
  /** Minutes the feed asks readers to wait between polls: RSS <ttl>, or sy:updatePeriod / sy:updateFrequency. */
  ttl: number | null;
  /** Set when the document was not well-formed XML and was parsed after repairs: what was wrong. */
  recovered?: string;
}

export interface ParseContext {
  sourceId: string;
  fetched: Date;
  lang?: string;
  /** Where the document came from (the final URL after redirects): relative links resolve against it. */
  baseUrl?: string;
}

export const MAX_ITEMS = 500;
export const MAX_TITLE = 500;
export const MAX_SUMMARY = 5_000;
const MAX_GUID = 1_000;

// rss-parser computes a "snippet" of every description with regular expressions that take quadratic time on
// text with many "<" and no ">" (a 120 KB description took 1.7 s, a 5 MB one would take most of an hour).
// The snippet is unused here, so it is replaced by a linear version.
const rssUtils = createRequire(import.meta.url)('rss-parser/lib/utils.js') as { getSnippet: (s: string) => string };
rssUtils.getSnippet = (s: string) => String(s).replace(/<[^<>]*>/g, '').trim();

type Raw = Record<string, unknown>;

export async function parseFeedText(xml: string, ctx: ParseContext): Promise<ParsedFeed> {
  const prepared = prepare(xml);
  if (!/<[A-Za-z_]/.test(prepared)) throw new FeedError('parse', 'empty document: no XML element found');
  let raw: Raw;
  let recovered: string | undefined;
  try {
    raw = await parseXml(prepared);
  } catch (first) {
    if (first instanceof FeedError) throw first;
    const repaired = repair(prepared);
    if (repaired === prepared) throw parseFailure(first, prepared);
    try {
      raw = await parseXml(repaired);
    } catch {
      throw parseFailure(first, prepared);
    }
    recovered = describeXmlError(first);
  }
  const feed = buildFeed(raw, ctx);
  return recovered ? { ...feed, recovered } : feed;
}

// ---------------------------------------------------------------------------------------------------------
// Before the XML parser: control characters, DOCTYPE and entities.

const XML_PREDEFINED = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
const MAX_DECLARED_ENTITIES = 100;
const MAX_ENTITY_VALUE = 1_000;
const MAX_EXPANSION = 1_000_000;

/**
 * Drops characters XML 1.0 forbids and the DOCTYPE. Entities the DOCTYPE declares are substituted here
 * when they are plain internal text; a DOCTYPE with external, parameter or nested entities (XXE,
 * "billion laughs") is refused. HTML named entities (&eacute;, &nbsp;), common in feeds, become characters.
 */
function prepare(xml: string): string {
  const text = xml.replace(/^\ufeff/, '').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
  const doctype = findDoctype(text);
  const declared = doctype ? declaredEntities(doctype.subset) : new Map<string, string>();
  const body = doctype ? text.slice(0, doctype.start) + text.slice(doctype.end) : text;
  return replaceEntities(body, declared, false);
}

/** The DOCTYPE of the prolog, if any (after the XML declaration, comments and processing instructions). */
function findDoctype(xml: string): { start: number; end: number; subset: string } | null {
  let i = 0;
  for (;;) {
    while (i < xml.length && /\s/.test(xml[i]!)) i++;
    if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i);
      if (end < 0) return null;
      i = end + 2;
    } else if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end < 0) return null;
      i = end + 3;
    } else break;
  }
  if (xml.slice(i, i + 9).toUpperCase() !== '<!DOCTYPE') return null;
  const start = i;
  let quote: string | null = null;
  let subsetStart = -1;
  let subsetEnd = -1;
  for (i += 9; i < xml.length; i++) {
    const c = xml[i]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (subsetStart >= 0 && subsetEnd < 0 && xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end < 0) break;
      i = end + 2;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' && subsetStart < 0) subsetStart = i + 1;
    else if (c === ']' && subsetStart >= 0 && subsetEnd < 0) subsetEnd = i;
    else if (c === '>' && (subsetStart < 0 || subsetEnd >= 0)) {
      return { start, end: i + 1, subset: subsetStart >= 0 ? xml.slice(subsetStart, subsetEnd) : '' };
    }
  }
  throw new FeedError('parse', 'ill-formed XML: unterminated DOCTYPE');
}

function declaredEntities(subset: string): Map<string, string> {
  const out = new Map<string, string>();
  const decls = subset.replace(/<!--[\s\S]*?-->/g, '');
  const total = (decls.match(/<!ENTITY/gi) ?? []).length;
  if (total > MAX_DECLARED_ENTITIES) {
    throw new FeedError('parse', `refused: DOCTYPE declares ${total} entities (at most ${MAX_DECLARED_ENTITIES})`);
  }
  const re = /<!ENTITY\s+(%\s+)?([^\s%"'>]+)\s+(?:"([^"]*)"|'([^']*)'|(SYSTEM|PUBLIC)\b[^>]*)\s*>/gi;
  let seen = 0;
  for (const m of decls.matchAll(re)) {
    seen++;
    const name = m[2]!;
    if (m[1]) throw new FeedError('parse', `refused: DOCTYPE declares parameter entity "%${name}"`);
    if (m[5]) {
      throw new FeedError('parse', `refused: DOCTYPE declares external entity "${name}" (XXE: external entities are never loaded)`);
    }
    const value = m[3] ?? m[4] ?? '';
    if (/[&%]/.test(value)) {
      throw new FeedError('parse', `refused: entity "${name}" refers to other entities (entity expansion attack)`);
    }
    if (value.includes('<') || value.length > MAX_ENTITY_VALUE) {
      throw new FeedError('parse', `refused: entity "${name}" holds markup or more than ${MAX_ENTITY_VALUE} characters`);
    }
    if (!out.has(name)) out.set(name, value);
  }
  if (seen !== total) throw new FeedError('parse', 'refused: DOCTYPE has an entity declaration that cannot be read');
  return out;
}

const htmlEntityCache = new Map<string, string | null>();

/** The character(s) an HTML named entity stands for, or null when HTML does not know the name. */
function htmlEntity(name: string): string | null {
  const cached = htmlEntityCache.get(name);
  if (cached !== undefined) return cached;
  // sanitize-html (htmlparser2) knows every HTML entity; with no tags allowed it returns the decoded text.
  const decoded = sanitize(`&${name};`, { allowedTags: [], allowedAttributes: {} });
  const chars = [...decoded];
  const value = decoded.includes('&') || decoded.includes(';') || chars.length === 0 || chars.length > 2 ? null : decoded;
  if (htmlEntityCache.size < 1000) htmlEntityCache.set(name, value);
  return value;
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

const charRefs = (s: string) => [...s].map((c) => `&#${c.codePointAt(0)};`).join('');

/**
 * The document cut into markup that must stay as it is (comments, CDATA sections; an unterminated one runs
 * to the end) and the text around it. Uses indexOf only, so it stays linear on hostile input.
 */
function segments(xml: string): { text: string; verbatim: boolean }[] {
  const out: { text: string; verbatim: boolean }[] = [];
  let comment = -2;
  let cdata = -2;
  let i = 0;
  while (i < xml.length) {
    if (comment !== -1 && comment < i) comment = xml.indexOf('<!--', i);
    if (cdata !== -1 && cdata < i) cdata = xml.indexOf('<![CDATA[', i);
    const next = comment < 0 ? cdata : cdata < 0 ? comment : Math.min(comment, cdata);
    if (next < 0) {
      out.push({ text: xml.slice(i), verbatim: false });
      break;
    }
    if (next > i) out.push({ text: xml.slice(i, next), verbatim: false });
    const close = xml.indexOf(next === comment ? '-->' : ']]>', next + 4);
    const end = close < 0 ? xml.length : close + 3;
    out.push({ text: xml.slice(next, end), verbatim: true });
    i = end;
  }
  return out;
}

/**
 * Rewrites entity references outside CDATA sections and comments: declared ones are substituted, HTML ones
 * become character references. With `strictAmp`, a "&" that starts no known reference is escaped.
 */
function replaceEntities(xml: string, declared: Map<string, string>, strictAmp: boolean): string {
  let expanded = 0;
  const replace = (match: string, ref: string | undefined): string => {
    if (!ref) return strictAmp ? '&amp;' : match;
    if (ref[0] === '#') return match;
    const name = ref.slice(0, -1);
    if (XML_PREDEFINED.has(name)) return match;
    const value = declared.get(name);
    if (value !== undefined) {
      expanded += value.length;
      if (expanded > MAX_EXPANSION) {
        throw new FeedError('parse', `refused: entity expansion exceeds ${MAX_EXPANSION} characters`);
      }
      return escapeXml(value);
    }
    const html = htmlEntity(name);
    if (html !== null) return charRefs(html);
    return strictAmp ? `&amp;${ref}` : match;
  };
  return segments(xml)
    .map((s) => (s.verbatim ? s.text : s.text.replace(/&(#[0-9]+;|#x[0-9a-fA-F]+;|[A-Za-z_:][\w.:-]*;)?/g, replace)))
    .join('');
}

/** Second chance for ill-formed documents: stray "&", a truncated end, text after the root element. */
function repair(xml: string): string {
  let out = closeOpenElements(replaceEntities(xml, new Map(), true));
  const root = rootName(out);
  if (root) {
    const close = out.lastIndexOf(`</${root}>`);
    if (close >= 0) out = out.slice(0, close + root.length + 3);
  }
  return out;
}

/** Start and end tags; attribute values cannot hold "<", so a match never runs past the next "<". */
const TAG = /<(\/?)([A-Za-z_][\w.:-]*)(?:[^<>"']|"[^"<]*"|'[^'<]*')*>/g;

/** A document cut short: drop the unfinished tag at the end and close the elements still open. */
function closeOpenElements(xml: string): string {
  const lastOpen = xml.lastIndexOf('<');
  const text = lastOpen >= 0 && xml.indexOf('>', lastOpen) < 0 ? xml.slice(0, lastOpen) : xml;
  const segs = segments(text);
  const open: string[] = [];
  for (const seg of segs) {
    if (seg.verbatim) continue;
    for (const m of seg.text.matchAll(TAG)) {
      const name = m[2]!;
      if (m[0].endsWith('/>')) continue;
      if (!m[1]) open.push(name);
      else {
        const at = open.lastIndexOf(name);
        if (at >= 0) open.length = at;
      }
    }
  }
  // a comment or CDATA section left open at the end is closed first
  const last = segs.at(-1);
  let tail = '';
  if (last?.verbatim && last.text.startsWith('<!--') && !last.text.endsWith('-->')) tail = '-->';
  if (last?.verbatim && last.text.startsWith('<![CDATA[') && !last.text.endsWith(']]>')) tail = ']]>';
  return text + tail + open.reverse().map((n) => `</${n}>`).join('');
}

function rootName(xml: string): string | null {
  for (const seg of segments(xml)) {
    if (seg.verbatim) continue;
    const m = /<([A-Za-z_][\w.:-]*)/.exec(seg.text);
    if (m) return m[1]!;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// The XML parser.

function newParser(): Parser<Raw, Raw> {
  const options = {
    defaultRSS: 2, // <rss> without a version attribute is read as RSS 2.0
    customFields: {
      feed: [
        ['link', 'allLinks', { keepArray: true }],
        ['atom:link', 'atomLinks', { keepArray: true }],
        ['atom10:link', 'atom10Links', { keepArray: true }],
        ['language', 'language'],
        ['ttl', 'ttl'],
        ['sy:updatePeriod', 'syPeriod'],
        ['sy:updateFrequency', 'syFrequency'],
      ],
      item: [
        ['id', 'id'],
        ['dc:language', 'dcLanguage'],
        ['content', 'contentElements', { keepArray: true }],
        ['summary', 'summaryElements', { keepArray: true }],
      ],
    },
  };
  const parser = new Parser<Raw, Raw>(options as unknown as Parser.ParserOptions<Raw, Raw>);
  guardBuilders(parser);
  return parser;
}

/**
 * rss-parser assumes parts that real feeds omit, and an exception there would lose the whole feed:
 * - RSS and RDF documents without a <channel> (it reads channel[0]): an empty channel is supplied;
 * - Atom dates go through `new Date(x).toISOString()`, which throws on an invalid date, and link attributes
 *   are read without checking they exist: on such an error the entry is parsed again without them.
 */
function guardBuilders(parser: Parser<Raw, Raw>): void {
  type Builder = (x: Raw) => Raw;
  const target = parser as unknown as Record<'buildRSS0_9' | 'buildRSS1' | 'buildRSS2' | 'parseItemAtom', Builder>;
  const withChannel = (doc: Raw, rootKey: string): Raw => {
    const root = doc[rootKey];
    const rootObj: Raw = root && typeof root === 'object' ? (root as Raw) : {};
    return Array.isArray(rootObj.channel) && rootObj.channel.length > 0
      ? doc
      : { ...doc, [rootKey]: { ...rootObj, channel: [{}] } };
  };
  for (const [name, rootKey] of [['buildRSS0_9', 'rss'], ['buildRSS2', 'rss'], ['buildRSS1', 'rdf:RDF']] as const) {
    const original = target[name].bind(parser);
    target[name] = (doc: Raw) => original(withChannel(doc, rootKey));
  }
  const parseItemAtom = target.parseItemAtom.bind(parser);
  target.parseItemAtom = (entry: Raw) => {
    try {
      return parseItemAtom(entry);
    } catch {
      const copy: Raw = { ...entry };
      for (const key of ['published', 'updated']) {
        const v = firstText(copy[key]);
        if (v === null || Number.isNaN(Date.parse(v))) delete copy[key];
      }
      if (Array.isArray(copy.link)) {
        copy.link = copy.link.filter((l) => l && typeof l === 'object' && typeof (l as Raw).$ === 'object');
      }
      return parseItemAtom(copy);
    }
  };
}

async function parseXml(xml: string): Promise<Raw> {
  return (await newParser().parseString(xml)) as unknown as Raw;
}

function describeXmlError(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  const m = /^(.*?)\s*\nLine: (\d+)\s*\nColumn: (\d+)/.exec(msg);
  return m ? `${m[1]} (line ${Number(m[2]) + 1}, column ${m[3]})` : oneLine(msg);
}

function parseFailure(e: unknown, xml: string): FeedError {
  const msg = e instanceof Error ? e.message : String(e);
  if (/Feed not recognized/.test(msg)) {
    const root = rootName(xml);
    return new FeedError('parse', `not an RSS or Atom feed (the document's root element is <${root ?? '?'}>)`, { cause: e });
  }
  return new FeedError('parse', `ill-formed XML: ${describeXmlError(e)}`, { cause: e });
}

// ---------------------------------------------------------------------------------------------------------
// rss-parser's output -> ParsedFeed.

/** Text of whatever xml2js produced: a string, {_: text, $: attrs}, an array of those, or nested elements. */
function textOf(v: unknown, depth = 0): string {
  if (v == null || depth > 20) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map((x) => textOf(x, depth + 1)).join(' ');
  if (typeof v === 'object') {
    const o = v as Raw;
    if (typeof o._ === 'string') return o._;
    return Object.entries(o)
      .filter(([k]) => k !== '$')
      .map(([, x]) => textOf(x, depth + 1))
      .join(' ');
  }
  return '';
}

function firstText(v: unknown): string | null {
  const t = textOf(Array.isArray(v) ? v[0] : v).trim();
  return t || null;
}

function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  // do not split a surrogate pair
  return (/[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut) + '…';
}

function linksWithRel(links: unknown, rel: string): string[] {
  if (!Array.isArray(links)) return [];
  return links
    .map((l) => (l && typeof l === 'object' ? ((l as Raw).$ as Raw | undefined) : undefined))
    .filter((a): a is Raw => !!a && a.rel === rel && typeof a.href === 'string')
    .map((a) => a.href as string);
}

function language(v: unknown): string | undefined {
  const m = /^\s*([a-z]{2})(?:[-_][a-z0-9]+)*\s*$/i.exec(textOf(v));
  return m ? m[1]!.toLowerCase() : undefined;
}

function isoDate(v: unknown): string | null {
  if (typeof v !== 'string' || !v) return null;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function buildFeed(raw: Raw, ctx: ParseContext): ParsedFeed {
  const allLinks = [raw.allLinks, raw.atomLinks, raw.atom10Links].flatMap((l) => (Array.isArray(l) ? l : []));
  const base = ctx.baseUrl;
  const link = safeLink(firstText(raw.link), base) ?? safeLink(linksWithRel(allLinks, 'alternate')[0], base);
  const hub = safeLink(linksWithRel(allLinks, 'hub')[0], base);
  const title = clip(toPlainText(textOf(raw.title)), MAX_TITLE) || null;
  const feedLang = ctx.lang ?? language(raw.language);
  const itemBase = base ?? link ?? undefined;
  const rawItems = Array.isArray(raw.items) ? (raw.items as Raw[]).slice(0, MAX_ITEMS) : [];
  const fetched = ctx.fetched.toISOString();
  const items: Item[] = [];
  for (const r of rawItems) {
    const item = toItem(r, { ...ctx, lang: feedLang }, itemBase, fetched);
    if (item) items.push(item);
  }
  const self = safeLink(linksWithRel(allLinks, 'self')[0], base);
  return { title, link, items, hub, self, ttl: ttlMinutes(raw) };
}

const SY_PERIOD_MINUTES: Record<string, number> = { hourly: 60, daily: 1440, weekly: 10080, monthly: 43200, yearly: 525600 };

/** RSS <ttl> (minutes), else the syndication module's period divided by its frequency; null when neither is usable. */
function ttlMinutes(raw: Raw): number | null {
  const ttl = Number(textOf(raw.ttl).trim());
  if (Number.isFinite(ttl) && ttl > 0) return Math.min(ttl, 10080);
  const period = SY_PERIOD_MINUTES[textOf(raw.syPeriod).trim().toLowerCase()];
  if (!period) return null;
  const freq = Number(textOf(raw.syFrequency).trim() || '1');
  return Number.isFinite(freq) && freq >= 1 ? Math.min(period / freq, 10080) : period;
}

/** null for an entry with no title, text, link or id: there is nothing to report or to key it by. */
function toItem(r: Raw, ctx: ParseContext, base: string | undefined, fetched: string): Item | null {
  const title = clip(toPlainText(textOf(r.title)), MAX_TITLE);
  let summary = '';
  for (const field of ['summary', 'content', 'content:encoded', 'contentSnippet']) {
    const base64 = field === 'summary' || field === 'content' ? atom03Base64(r[`${field}Elements`]) : null;
    summary = toPlainText(base64 ?? textOf(r[field]));
    if (summary) break;
  }
  summary = clip(summary, MAX_SUMMARY);
  const published = isoDate(r.isoDate);
  const id = cleanId(textOf(r.guid)) || cleanId(textOf(r.id)) || cleanId(textOf(r['rdf:about']));
  const link = safeLink(textOf(r.link), base) ?? (id && /^https?:\/\//i.test(id) ? safeLink(id) : null);
  if (!id && !link && !title && !summary) return null;
  const guid = id || link || 'sha256:' + createHash('sha256').update(`${title}\n${published ?? ''}`).digest('hex');
  const lang = ctx.lang ?? language(r.dcLanguage);
  const item: Item = { source: ctx.sourceId, guid, link, title, summary, published, fetched };
  if (lang) item.lang = lang;
  return item;
}

/** Atom 0.3 allowed <content mode="base64">: the decoded text, or null for any other element. */
function atom03Base64(elements: unknown): string | null {
  const el = Array.isArray(elements) ? (elements[0] as Raw | undefined) : undefined;
  const attrs = el && typeof el === 'object' ? (el.$ as Raw | undefined) : undefined;
  if (attrs?.mode !== 'base64' || typeof el?._ !== 'string') return null;
  return Buffer.from(el._, 'base64').toString('utf8');
}

function cleanId(s: string): string {
  return clip(s.replace(/[\u0000-\u001f\u007f]/g, '').trim(), MAX_GUID);
}
