// `npx vigia extract [--now ISO-8601]`: JSON Lines of items on stdin -> one JSON line per input line, in order
// (DESIGN.md "Command line"). Items go through the worker's toReport and an in-memory incident matcher.
import { once } from 'node:events';
import { createReadStream, fstatSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { guessLanguage } from '../extract/lang';
import { fold, loadGazetteer } from '../gazetteer';
import { MemoryIncidentIndex } from '../incidents';
import { toReport } from '../normalize';
import type { ExtractedEvent, Item, Report } from '../types';

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
export function publicEvent(e: ExtractedEvent) {
  return {
    type: e.type, status: e.status, country: e.country, admin1: e.admin1, admin1Code: e.admin1Code,
    admin2: e.admin2, place: e.place, lat: e.lat, lon: e.lon, precision: e.precision, killed: e.killed,
    injured: e.injured, detained: e.detained, actors: e.actors, date: e.date, confidence: e.confidence, cues: e.cues,
  };
}

export type ExtractOutput =
  | { id: string | number | null; event: ReturnType<typeof publicEvent>; incident: string }
  | { id: string | number | null; event: null; incident: null }
  | { id: string | number | null; error: string };

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** An input line read as far as it can be without the lines before it: an answer already, or a report to match. */
export type Read = ExtractOutput | { id: string | number | null; report: Report };

/** The command's state: one in-memory incident index, fed in input order. `npm run eval` uses the same class. */
export class Extractor {
  readonly index = new MemoryIncidentIndex();

  constructor(private readonly now: Date | null) {}

  /** One parsed input object -> one output object. */
  item(item: unknown): ExtractOutput {
    return this.match(this.read(item));
  }

  /** One input line, parsed and extracted (which depend on no other line); never throws on bad input: the error
   *  goes in the answer. match() finishes it. */
  readLine(line: string): Read {
    let item: unknown;
    try {
      item = JSON.parse(line);
    } catch (e) {
      const what = line.trim() === '' ? 'empty line' : `not valid JSON (${(e as Error).message})`;
      return { id: null, error: `${what}: send one JSON object per line` };
    }
    return this.read(item);
  }

  /** The first half of item(). */
  read(item: unknown): Read {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      return { id: null, error: 'not a JSON object: send {"id","feed","published","title",...} per line' };
    }
    const o = item as Record<string, unknown>;
    const rawId = o.id;
    const id = typeof rawId === 'string' || typeof rawId === 'number' ? rawId : null;
    const title = str(o.title);
    if (!title || !title.trim()) return { id, error: 'missing "title" (a non-empty string)' };

    const feed = str(o.feed) || 'stdin';
    const summary = str(o.summary) ?? '';
    const published = str(o.published);
    const time = published ? Date.parse(published) : NaN;
    const publishedOk = Number.isNaN(time) ? null : new Date(time).toISOString();
    const lang = str(o.lang);
    const input: Item = { source: feed, guid: id === null ? title : String(id), link: str(o.link), title, summary, published: publishedOk, fetched: '', lang: lang ?? undefined };
    const outlet = {
      id: feed, name: feed, scale: 'national' as const, country: null, demo: false,
      language: lang ?? guessLanguage(fold(`${title} ${summary}`)),
    };
    // The ingestion time of a line is its publication time, so that the output does not depend on the clock.
    const at = publishedOk ? new Date(time) : (this.now ?? new Date());
    const report = toReport(input, outlet, id === null ? `line:${title}` : String(id), at);
    if (!report) return { id, event: null, incident: null };
    return { id, report };
  }

  /** The second half: the report matched with the incidents of the lines before it, in input order. */
  match(read: Read): ExtractOutput {
    if (!('report' in read)) return read;
    const { incident } = this.index.add(read.report);
    return { id: read.id, event: publicEvent(read.report), incident: incident.id };
  }
}

const internalError = (e: unknown): ExtractOutput => ({ id: null, error: `internal error: ${(e as Error).message}` });

/** Most input characters whose lines are answered together (see run). */
const BATCH = 1 << 20;

/**
 * Streams `input` to `output`: lines are cut from each chunk and the answers to one chunk (or to the chunks already
 * at hand, up to BATCH characters) go out in one write, waiting for the output to drain when it is full. The lines
 * of a batch are all extracted first and then all matched (in order): the same answers, with each half's code and
 * data kept warm across the batch.
 */
export async function run(input: Readable, output: Writable, now: Date | null): Promise<number> {
  const extractor = new Extractor(now);
  const decoder = new StringDecoder('utf8');
  let rest = '';
  const answer = (lines: string[]): string => {
    const reads = lines.map((line): Read => {
      try {
        return extractor.readLine(line.endsWith('\r') ? line.slice(0, -1) : line);
      } catch (e) {
        return internalError(e);
      }
    });
    let out = '';
    for (const read of reads) {
      let answer: ExtractOutput;
      try {
        answer = extractor.match(read);
      } catch (e) {
        answer = internalError(e);
      }
      out += JSON.stringify(answer) + '\n';
    }
    return out;
  };
  const flush = async (text: string) => {
    if (text && !output.write(text)) await once(output, 'drain');
  };
  // Lines whose answers wait while more input is already at hand (up to BATCH characters of it): larger batches,
  // and no line waits for input that has not come.
  let batch: string[] = [];
  let batched = 0;
  for await (const chunk of input) {
    const text = rest + (typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer));
    const lines = text.split('\n');
    rest = lines.pop()!;
    batch = batch.length ? batch.concat(lines) : lines;
    batched += text.length - rest.length;
    if (batched < BATCH && input.readableLength > 0) continue;
    await flush(answer(batch));
    batch = [];
    batched = 0;
  }
  rest += decoder.end();
  if (rest !== '') batch.push(rest);
  if (batch.length) await flush(answer(batch));
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(args + '\n');
    return args === USAGE ? 0 : 2;
  }
  // The gazetteer is read at start-up, not while the first line waits.
  loadGazetteer();
  return run(stdin(), process.stdout, args.now);
}

/**
 * Standard input; a file given as input is read in chunks of 1 MiB rather than 64 KiB: the lines of a chunk are
 * extracted together and then matched together (run), each half warm the longer. (A pipe or a terminal is read as
 * it comes.)
 */
function stdin(): Readable {
  let file = false;
  try {
    file = fstatSync(0).isFile();
  } catch {
    file = false;
  }
  return file ? createReadStream('', { fd: 0, highWaterMark: 1 << 20, autoClose: false }) : process.stdin;
}
