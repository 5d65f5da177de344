// Feed text is untrusted HTML. Items keep plain text only; the few places that keep HTML use sanitizeHtml.
import sanitize from 'sanitize-html';

/**
 * Tags after which the text continues on a new line or block: a space keeps their words apart.
 * ([^<>]* rather than [^>]* keeps this linear on text with many "<" and no ">".)
 */
const BLOCK_TAG = /<(?:br|hr|\/?(?:p|div|li|ul|ol|tr|td|th|table|h[1-6]|blockquote|section|article|header|footer|pre|dd|dt|figcaption))\b[^<>]*>/gi;
const TAG_LIKE = /<[a-zA-Z!/?]/;

/** Windows-1252 characters for the C1 range (U+0080-U+009F), which feeds produce by mislabelling cp1252. */
const CP1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

const plainOptions: sanitize.IOptions = {
  allowedTags: [],
  allowedAttributes: {},
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'iframe', 'object', 'template'],
};

/**
 * Any HTML or text -> one line of plain text: tags and their attributes removed (the content of script,
 * style and similar elements too), entities decoded, control characters dropped, white space collapsed.
 * Markup that was escaped twice (common in feeds) is stripped as well.
 */
export function toPlainText(htmlOrText: string): string {
  let text = htmlOrText;
  for (let pass = 0; pass < 3; pass++) {
    text = stripOnce(text);
    if (!TAG_LIKE.test(text)) break;
  }
  return text
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!)
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/\s+/g, ' ')
    .trim();
}

function stripOnce(html: string): string {
  const stripped = sanitize(html.replace(BLOCK_TAG, ' $&'), plainOptions);
  // sanitize-html decodes every entity and re-escapes exactly these three in text.
  return stripped.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** An absolute http(s) URL, resolving a relative one against base; null for anything else. */
export function safeLink(url: string | undefined | null, base?: string): string | null {
  if (typeof url !== 'string') return null;
  const raw = url.trim();
  if (!raw || raw.length > 4096) return null;
  let u: URL;
  try {
    u = base ? new URL(raw, base) : new URL(raw);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  return u.href;
}

const htmlOptions: sanitize.IOptions = {
  allowedTags: [
    'p', 'br', 'hr', 'div', 'span', 'b', 'strong', 'i', 'em', 'u', 's', 'small', 'sub', 'sup', 'mark',
    'a', 'img', 'figure', 'figcaption', 'blockquote', 'q', 'cite', 'code', 'pre',
    'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
    'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption',
  ],
  allowedAttributes: {
    // rel and target are set by transformTags below, whatever the feed said.
    a: ['href', 'title', 'rel', 'target'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan'],
  },
  allowedSchemes: ['http', 'https'],
  allowedSchemesByTag: { a: ['http', 'https', 'mailto'] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  allowProtocolRelative: false,
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'iframe', 'object', 'template'],
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...attribs, rel: 'noopener noreferrer nofollow', target: '_blank' },
    }),
  },
};

/**
 * HTML reduced to a strict allow-list: text formatting, lists, tables, links and images. No script, style,
 * iframe, object, embed or form; no event handler or style attribute; only http(s) (and mailto) URLs.
 */
export function sanitizeHtml(html: string): string {
  return sanitize(html, htmlOptions);
}
