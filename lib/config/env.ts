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
  /** Up to this fraction of the interval is added at random to each next poll, so sources do not poll in lockstep. */
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
  /** VAPID keys for Web Push alerts (npx web-push generate-vapid-keys), and the contact the push services see. */
  VIGIA_VAPID_PUBLIC_KEY: z.string().regex(/^[A-Za-z0-9_-]{80,100}$/, { error: 'VIGIA_VAPID_PUBLIC_KEY must be a base64url P-256 public key' }).optional(),
  VIGIA_VAPID_PRIVATE_KEY: z.string().regex(/^[A-Za-z0-9_-]{40,50}$/, { error: 'VIGIA_VAPID_PRIVATE_KEY must be a base64url P-256 private key' }).optional(),
  VIGIA_VAPID_SUBJECT: z.string().regex(/^(mailto:|https:\/\/)\S+$/, { error: 'VIGIA_VAPID_SUBJECT must be a mailto: or https: URL' }).default('mailto:vigia@localhost'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
  // Access (lib/auth/README.md)
  VIGIA_ADMIN_TOKEN: z.string().min(16, { error: 'VIGIA_ADMIN_TOKEN must be at least 16 characters' }).optional(),
  VIGIA_ADMIN_PASSWORD: z.string().min(8, { error: 'VIGIA_ADMIN_PASSWORD must be at least 8 characters' }).optional(),
  VIGIA_VIEWER_TOKEN: z.string().min(8, { error: 'VIGIA_VIEWER_TOKEN must be at least 8 characters' }).optional(),
  /** Key that signs session cookies; unset: derived from the credentials, so changing one ends every session. */
  VIGIA_SESSION_SECRET: z.string().min(32, { error: 'VIGIA_SESSION_SECRET must be at least 32 characters' }).optional(),
  VIGIA_SESSION_TTL: z.coerce.number().int().positive().default(12 * 3600),
  /** Comma-separated origins allowed to call the API from a browser (CORS); none by default. */
  VIGIA_CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((s) => s.trim().replace(/\/$/, '')).filter(Boolean)),
  /** API requests per minute per client address, shared by every web process through Redis. */
  VIGIA_RATE_LIMIT: z.coerce.number().int().positive().default(300),
  /** Take the client address from X-Forwarded-For (only behind a proxy that sets it). */
  VIGIA_TRUST_PROXY: bool,
  // Polling (worker/README.md)
  /** Seconds: no source is polled more often, whatever its own interval (tests set 1). */
  VIGIA_POLL_MIN_INTERVAL: z.coerce.number().positive().default(1),
  /** Seconds: the longest interval the adaptive schedule reaches for a quiet feed. */
  VIGIA_POLL_MAX_INTERVAL: z.coerce.number().positive().default(3600),
  /** Consecutive errors after which a source is marked broken and polled only every VIGIA_POLL_BROKEN_INTERVAL. */
  VIGIA_BROKEN_AFTER: z.coerce.number().int().positive().default(10),
  VIGIA_POLL_BROKEN_INTERVAL: z.coerce.number().positive().default(6 * 3600),
  /** Feed requests in flight at once to one host, across all workers. */
  VIGIA_HOST_CONCURRENCY: z.coerce.number().int().positive().default(2),
  /** This site's public base URL, e.g. https://vigia.example.org: WebSub hubs call back to it. Unset: no WebSub. */
  VIGIA_PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'VIGIA_PUBLIC_URL must be an http(s) URL' }).optional(),
});

export type Config = z.output<typeof envSchema>;

/** The VAPID keys for Web Push, or null unless both keys are set. */
export function vapidOf(c: Config): { publicKey: string; privateKey: string; subject: string } | null {
  if (!c.VIGIA_VAPID_PUBLIC_KEY || !c.VIGIA_VAPID_PRIVATE_KEY) return null;
  return { publicKey: c.VIGIA_VAPID_PUBLIC_KEY, privateKey: c.VIGIA_VAPID_PRIVATE_KEY, subject: c.VIGIA_VAPID_SUBJECT };
}

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
