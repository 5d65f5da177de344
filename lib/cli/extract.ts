// `npx vigia extract [--now ISO-8601]`: JSON Lines of items on stdin -> one JSON line per input line, in order
// (DESIGN.md "Command line"). Items go through the worker's normalizer and an in-memory incident matcher.
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { normalize } from '../extract';
import { guessLanguage } from '../extract/lang';
import { fold } from '../gazetteer';
import { MemoryIncidentIndex } from '../incidents';
import type { ExtractedEvent, Report } from '../types';

const USAGE = 'usage: npx vigia extract [--now ISO-8601] < items.jsonl';

interface Args {
  now: Date | null;
}

function parseArgs(argv: string[]): Args | string {
  let now: Date | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') return USAGE;
    let value: string | undefined;
    if (a === '--now') value = argv[++i];
    else if (a.startsWith('--now=')) value = a.slice('--now='.length);
    else return `unknown option "${a}"\n${USAGE}`;
    if (value === undefined) return `--now needs a date, e.g. --now 2023-01-10T12:00:00-05:00\n${USAGE}`;
    const d = new Date(value);
    if (Number.isNaN(d.getTime())) return `--now: "${value}" is not an ISO 8601 date (e.g. 2023-01-10T12:00:00-05:00)`;
    now = d;
  }
  return { now };
}

/** The event as the command line prints it: the fields DESIGN.md lists, in its order. */
function publicEvent(e: ExtractedEvent) {
  return {
    type: e.type, status: e.status, country: e.country, admin1: e.admin1, admin1Code: e.admin1Code,
    admin2: e.admin2, place: e.place, lat: e.lat, lon: e.lon, precision: e.precision, killed: e.killed,
    injured: e.injured, detained: e.detained, actors: e.actors, date: e.date, confidence: e.confidence, cues: e.cues,
  };
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** One input line -> one output object. Never throws on bad input: the error goes in the line. */
export function processLine(line: string, index: MemoryIncidentIndex, now: Date | null): Record<string, unknown> {
  let item: unknown;
  try {
    item = JSON.parse(line);
  } catch (e) {
    const what = line.trim() === '' ? 'empty line' : `not valid JSON (${(e as Error).message})`;
    return { id: null, error: `${what}: send one JSON object per line` };
  }
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    return { id: null, error: 'not a JSON object: send {"id","feed","published","title",...} per line' };
  }
  const o = item as Record<string, unknown>;
  const rawId = o.id;
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? rawId : null;
  const title = str(o.title);
  if (!title || !title.trim()) return { id, error: 'missing "title" (a non-empty string)' };

  const feed = str(o.feed) ?? '';
  const summary = str(o.summary) ?? '';
  const published = str(o.published);
  const ref = now ?? new Date();
  const event = normalize({ title, summary, lang: str(o.lang) ?? undefined, published, feed }, { now: ref });
  if (!event) return { id, event: null, incident: null };

  const publishedOk = published && !Number.isNaN(Date.parse(published)) ? new Date(published).toISOString() : null;
  const report: Report = {
    ...event,
    id: id === null ? `line:${title}` : String(id),
    source: feed || 'stdin',
    outlet: feed || 'stdin',
    scale: 'national',
    title,
    summary,
    link: str(o.link),
    lang: str(o.lang) ?? guessLanguage(fold(`${title} ${summary}`)),
    published: publishedOk,
    ingested: publishedOk ?? ref.toISOString(),
    demo: false,
  };
  const { incident } = index.add(report);
  return { id, event: publicEvent(event), incident: incident.id };
}

/** Streams `input` to `output` line by line, waiting for the output to drain when it is full. */
export async function run(input: Readable, output: Writable, now: Date | null): Promise<number> {
  const index = new MemoryIncidentIndex();
  const rl = createInterface({ input, crlfDelay: Infinity });
  for await (const line of rl) {
    let out: Record<string, unknown>;
    try {
      out = processLine(line, index, now);
    } catch (e) {
      out = { id: null, error: `internal error: ${(e as Error).message}` };
    }
    if (!output.write(JSON.stringify(out) + '\n')) await once(output, 'drain');
  }
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(args + '\n');
    return args === USAGE ? 0 : 2;
  }
  return run(process.stdin, process.stdout, args.now);
}
