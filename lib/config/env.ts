// The one place that reads process.env. Everything else takes a Config.
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  REDIS_URL: z
    .string()
    .regex(/^(rediss?:\/\/\S+|redis\+sentinel:\/\/\S+\/\S+)$/, {
      error: 'REDIS_URL must be a URL such as redis://127.0.0.1:6379 or redis+sentinel://host:26379,host2:26379/mymaster',
    })
    .optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  VIGIA_SOURCES: z.string().default('config/sources.yml'),
  VIGIA_TZ: z.string().default('America/Lima'),
  VIGIA_MODE: z.enum(['live', 'demo', 'demo-fallback']).default('live'),
  VIGIA_ALLOW_PRIVATE_SOURCES: bool,
  VIGIA_DATA_DIR: z.string().default('.vigia'),
  VIGIA_FETCH_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  VIGIA_FETCH_MAX_BYTES: z.coerce.number().int().positive().default(5 * 1024 * 1024),
  /** Seconds added at random to each source's poll interval so sources do not poll in lockstep. */
  VIGIA_POLL_JITTER: z.coerce.number().min(0).default(0.1),
  VIGIA_STREAM_MAXLEN: z.coerce.number().int().positive().default(100_000),
  /** Incidents not seen for this many days leave the store; daily counters stay. */
  VIGIA_RETENTION_DAYS: z.coerce.number().positive().default(30),
  /** Stream entries older than this are trimmed; a client offline for longer reloads its snapshot. */
  VIGIA_STREAM_RETENTION_HOURS: z.coerce.number().positive().default(72),
  /** The alert rules file (lib/alerts/README.md). */
  VIGIA_ALERTS: z.string().default('config/alerts.yml'),
  /** SMTP server for email alerts, e.g. smtp://user:pass@mail.example.org:587 (smtps:// for implicit TLS). */
  SMTP_URL: z.string().url({ error: 'SMTP_URL must be a URL such as smtp://user:pass@host:587' }).optional(),
  SMTP_FROM: z.string().default('Vigía <vigia@localhost>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
});

export type Config = z.output<typeof envSchema>;

let cached: Config | undefined;

/** Validated configuration from the environment; a bad value stops the process with the variable's name. */
export function config(env: NodeJS.ProcessEnv = process.env): Config {
  if (env === process.env && cached) return cached;
  const r = envSchema.safeParse(env);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new Error(`configuration: ${i.path.join('.')}: ${i.message}`);
  }
  if (env === process.env) cached = r.data;
  return r.data;
}
