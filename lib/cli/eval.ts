// `npx vigia eval FILE [--errors] [--json]` (npm run eval FILE): scores the extraction engine on a labelled JSONL
// file written to ../shared/eval/README.md's conventions. Items go through `npx vigia extract`'s code path
// (Extractor: toReport and the in-memory incident index) in published order.
import { readFileSync } from 'node:fs';
import { METRICS, reported, score, type Gold, type Row, type Scores } from '../eval/score';
import { EVENT_TYPES } from '../types';
import { Extractor } from './extract';

const USAGE = 'usage: npx vigia eval FILE.jsonl [--errors] [--json]';

interface Labelled {
  id: string;
  feed?: string;
  lang?: string;
  published?: string;
  title: string;
  summary?: string;
  label: Gold;
}

/** Runs the extractor over labelled items (published order, stable) and returns one scoring row per item. */
export function runLabelled(items: Labelled[]): Row[] {
  const order = items
    .map((item, i) => ({ item, i, t: Date.parse(item.published ?? '') }))
    .sort((a, b) => (Number.isNaN(a.t) ? 0 : a.t) - (Number.isNaN(b.t) ? 0 : b.t) || a.i - b.i);
  const extractor = new Extractor(null);
  const rows: Row[] = new Array(items.length);
  for (const { item, i } of order) {
    const { label, ...line } = item;
    const out = extractor.item(line);
    if ('error' in out) throw new Error(`item ${item.id}: ${out.error}`);
    rows[i] = { id: item.id, gold: label, event: out.event, incident: out.incident };
  }
  return rows;
}

export function loadLabelled(path: string): Labelled[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l, n) => ({ l, n }))
    .filter(({ l }) => l.trim())
    .map(({ l, n }) => {
      try {
        return JSON.parse(l) as Labelled;
      } catch (e) {
        throw new Error(`${path}:${n + 1}: ${(e as Error).message}`);
      }
    });
}

const f3 = (x: number) => x.toFixed(3);

export function formatScores(file: string, s: Scores): string {
  const r = (x: { value: number; hits: number; total: number }) => `${f3(x.value)}  (${x.hits}/${x.total})`;
  const lines = [
    `${file}: ${s.items} items`,
    `events      P ${f3(s.events.precision)}  R ${f3(s.events.recall)}  F1 ${f3(s.events.f1)}  (TP ${s.events.tp}, FP ${s.events.fp}, FN ${s.events.fn})`,
    ...EVENT_TYPES.map((t) => {
      const p = s.perType[t];
      return `  ${t.padEnd(13)} P ${f3(p.precision)}  R ${f3(p.recall)}  F1 ${f3(p.f1)}  (TP ${p.tp}, FP ${p.fp}, FN ${p.fn})`;
    }),
    `type macro-F1  ${f3(s.macroF1)}`,
    `type acc.     ${r(s.typeAccuracy)}`,
    `country       ${r(s.country)}`,
    `region        ${r(s.region)}`,
    `place         ${r(s.place)}`,
    `exact counts  ${r(s.exactCounts)}`,
    `invented      ${r(s.inventedCounts)}`,
    `incidents     B-cubed P ${f3(s.incidents.precision)}  R ${f3(s.incidents.recall)}  F1 ${f3(s.incidents.f1)}  (${s.incidents.items} gold events)`,
    `announced     ${s.announced} items output as announced (scored as no event)`,
  ];
  return lines.join('\n');
}

function errors(items: Labelled[], rows: Row[]): string {
  const out: string[] = [];
  const g = (x: unknown) => (x === null || x === undefined ? '-' : String(x));
  rows.forEach((row, i) => {
    const item = items[i]!;
    const L = row.gold;
    const e = reported(row.event);
    const diffs: string[] = [];
    if (!L.is_event && e) diffs.push(`FP ${e.type}`);
    else if (L.is_event && !e) diffs.push(`FN ${L.type}${row.event ? ' (output announced)' : ''}`);
    else if (L.is_event && e) {
      if (e.type !== L.type) diffs.push(`type ${L.type}->${e.type}`);
      if (e.country !== L.country) diffs.push(`country ${g(L.country)}->${g(e.country)}`);
      diffs.push(`region ${g(L.region)}->${g(e.admin1)}`, `place ${g(L.place)}->${g(e.place)}`);
      for (const f of ['killed', 'injured', 'detained'] as const) if (e[f] !== L[f]) diffs.push(`${f} ${g(L[f])}->${g(e[f])}`);
    }
    const s = score([row]);
    const wrong = diffs.length && (s.events.fp || s.events.fn || s.typeAccuracy.hits < s.typeAccuracy.total || s.country.hits < s.country.total ||
      s.region.hits < s.region.total || s.place.hits < s.place.total || s.exactCounts.hits < s.exactCounts.total);
    if (wrong) out.push(`${item.id} ${diffs.join(' | ')}\n    ${item.title} || ${(item.summary ?? '').slice(0, 160)}`);
  });
  return out.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const files = argv.filter((a) => !a.startsWith('--'));
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const unknown = [...flags].filter((f) => !['--errors', '--json', '--help'].includes(f));
  if (flags.has('--help')) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (files.length !== 1 || unknown.length) {
    process.stderr.write((unknown.length ? `unknown option ${unknown.join(', ')}\n` : '') + USAGE + '\n');
    return 2;
  }
  const file = files[0]!;
  let items: Labelled[];
  try {
    items = loadLabelled(file);
  } catch (e) {
    process.stderr.write(`vigia eval: cannot read ${file}: ${(e as Error).message}\n`);
    return 2;
  }
  const rows = runLabelled(items);
  const s = score(rows);
  if (flags.has('--json')) {
    process.stdout.write(JSON.stringify(s, null, 2) + '\n');
    return 0;
  }
  process.stdout.write(formatScores(file, s) + '\n\n' + METRICS + '\n');
  if (flags.has('--errors')) process.stdout.write('\nerrors\n' + errors(items, rows) + '\n');
  return 0;
}
