import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { OUTLET_SCALES } from '../types';

/** "90", "90s", "5m", "1h" -> seconds. */
export function parseDuration(v: string | number): number {
  if (typeof v === 'number') return v;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(v);
  if (!m) throw new Error(`not a duration: "${v}" (use e.g. 30s, 5m, 1h)`);
  const n = Number(m[1]);
  const unit = m[2] ?? 's';
  return unit === 'ms' ? n / 1000 : unit === 'm' ? n * 60 : unit === 'h' ? n * 3600 : n;
}

const duration = z.union([z.number().positive(), z.string()]).transform((v, ctx) => {
  try {
    return parseDuration(v);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: (e as Error).message });
    return z.NEVER;
  }
});

export const sourceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, 'lower-case letters, digits, "-" or "_"'),
    name: z.string().min(1),
    url: z.url({ protocol: /^https?$/, error: 'an http(s) URL' }),
    language: z.string().regex(/^[a-z]{2}$/, 'a two-letter language code such as es or en'),
    country: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as PE'),
    scale: z.enum(OUTLET_SCALES),
    interval: duration.default(300),
    enabled: z.boolean().default(true),
    /** Allowed to resolve to loopback/private addresses (the demo wire's own feeds). */
    private: z.boolean().default(false),
    /** Items from this source are demo items and are labelled as such wherever shown. */
    demo: z.boolean().default(false),
  })
  .strict();

export type Source = z.output<typeof sourceSchema>;
export type SourceInput = z.input<typeof sourceSchema>;

const fileSchema = z.object({ sources: z.array(z.unknown()) }).strict();

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Validates a parsed sources document; the error names the entry and the field. */
export function validateSources(doc: unknown, origin = 'sources'): Source[] {
  const file = fileSchema.safeParse(doc);
  if (!file.success) throw new ConfigError(`${origin}: expected a top-level "sources:" list`);
  const out: Source[] = [];
  const seen = new Set<string>();
  file.data.sources.forEach((raw, i) => {
    const r = sourceSchema.safeParse(raw);
    const label = (raw as { id?: unknown })?.id ? `"${String((raw as { id: unknown }).id)}"` : `#${i + 1}`;
    if (!r.success) {
      const issue = r.error.issues[0]!;
      const field = issue.path.join('.') || '(entry)';
      throw new ConfigError(`${origin}: source ${label}, field "${field}": ${issue.message}`);
    }
    if (seen.has(r.data.id)) throw new ConfigError(`${origin}: source ${label}: duplicate id`);
    seen.add(r.data.id);
    out.push(r.data);
  });
  return out;
}

/** Reads and parses a YAML config file; errors say which file and what is wrong. */
export function readYamlFile(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConfigError(`cannot read ${what} file ${path}: ${(e as Error).message}`);
  }
  try {
    return parseYaml(text);
  } catch (e) {
    throw new ConfigError(`${path}: not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
}

export function loadSourcesFile(path: string): Source[] {
  return validateSources(readYamlFile(path, 'sources'), path);
}
