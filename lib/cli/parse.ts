// npx vigia parse <file-or-url> [--header "Name: value"]... : a feed's items as JSON Lines, through the same
// fetch, decode, parse and sanitize code as the worker.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { config } from '../config/env';
import { decodeFeedBytes, FeedError, fetchFeed, parseFeedText } from '../feeds';

const USAGE = `usage: npx vigia parse <file-or-url> [--header "Name: value"]... [--source ID] [--lang xx]

  Prints the feed's items as JSON Lines (one sanitized item per line); exits 2 with the reason on failure.
  --header  for a file: an HTTP response header to simulate, e.g. "Content-Type: text/xml; charset=koi8-r"
            (its charset overrides the XML declaration) or "Content-Location: https://example.com/feed"
            (the base for relative links); for a URL: a request header to send
  --source  the source id written into each item (default: the URL's host name, or "file")
  --lang    the language written into each item (default: the feed's own language, if it gives one)

  URLs that resolve to loopback or private addresses are refused unless VIGIA_ALLOW_PRIVATE_SOURCES=true.
`;

interface Args {
  help?: boolean;
  target: string;
  headers: Record<string, string>;
  source?: string;
  lang?: string;
}

export async function main(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`vigia parse: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (!args.target) {
    process.stderr.write(`vigia parse: give a feed file or an http(s) URL\n${USAGE}`);
    return 2;
  }
  try {
    const items = await run(args);
    process.stdout.write(items.map((i) => JSON.stringify(i) + '\n').join(''));
    return 0;
  } catch (e) {
    process.stderr.write(`vigia parse: ${reason(e)}\n`);
    return 2;
  }
}

function parseArgs(argv: string[]): Args {
  const args: Args = { target: '', headers: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--header' || flag === '-H') {
      const h = value();
      const m = /^([^:\s]+)\s*:\s*(.*)$/.exec(h);
      if (!m) throw new Error(`--header "${h}" is not of the form "Name: value"`);
      args.headers[m[1]!.toLowerCase()] = m[2]!.trim();
    } else if (flag === '--source') args.source = value();
    else if (flag === '--lang') args.lang = value();
    else if (flag === '--help' || flag === '-h') args.help = true;
    else if (a.startsWith('-') && a !== '-') throw new Error(`unknown option ${a}`);
    else if (args.target) throw new Error(`one feed at a time (got "${args.target}" and "${a}")`);
    else args.target = a;
  }
  return args;
}

async function run(args: Args) {
  const cfg = config();
  const isUrl = /^https?:\/\//i.test(args.target);
  let body: Buffer;
  let contentType: string | null;
  let baseUrl: string | undefined;
  let sourceId: string;
  if (isUrl) {
    const res = await fetchFeed(args.target, {
      allowPrivate: cfg.VIGIA_ALLOW_PRIVATE_SOURCES,
      timeoutMs: cfg.VIGIA_FETCH_TIMEOUT_MS,
      maxBytes: cfg.VIGIA_FETCH_MAX_BYTES,
      headers: args.headers,
    });
    if (res.kind === 'not-modified') throw new Error(`${args.target} answered 304 Not Modified to an unconditional request`);
    ({ body, contentType } = res);
    baseUrl = res.finalUrl;
    sourceId = args.source ?? new URL(res.finalUrl).hostname;
  } else {
    const size = (await stat(args.target)).size;
    if (size > cfg.VIGIA_FETCH_MAX_BYTES) {
      throw new FeedError('too-large', `${args.target} is larger than ${cfg.VIGIA_FETCH_MAX_BYTES} bytes (VIGIA_FETCH_MAX_BYTES)`);
    }
    body = await readFile(args.target);
    contentType = args.headers['content-type'] ?? null;
    baseUrl = args.headers['content-location'];
    sourceId = args.source ?? 'file';
  }
  const { text } = decodeFeedBytes(body, contentType);
  const feed = await parseFeedText(text, {
    sourceId,
    fetched: new Date(),
    ...(args.lang ? { lang: args.lang } : {}),
    ...(baseUrl ? { baseUrl } : {}),
  });
  if (feed.recovered) {
    process.stderr.write(`vigia parse: warning: ${isUrl ? args.target : basename(args.target)} is not well-formed XML (${feed.recovered}); parsed what could be recovered\n`);
  }
  return feed.items;
}

function reason(e: unknown): string {
  if (e instanceof FeedError) return e.message;
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ENOENT') return `no such file: ${err.path ?? ''} (give a file path or an http(s) URL)`;
  if (err.code === 'EISDIR') return `${err.path ?? 'that'} is a directory, not a feed file`;
  if (err.code === 'EACCES') return `cannot read ${err.path ?? 'the file'}: permission denied`;
  return err instanceof Error ? err.message.split('\n')[0]! : String(e);
}
