import { writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { stringify as toYaml } from 'yaml';
import { config } from '../config/env';
import { loadSourcesFile, validateSources, type Source } from '../config/sources';
import { ensureBuild } from '../runtime/build';
import { reachableSources } from '../runtime/reachability';
import { startPrivateRedis, type PrivateRedis } from '../runtime/redis-server';
import { supervise, type Supervised } from '../runtime/supervisor';
import { demoSources, startWire, type Wire } from '../wire';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

const say = (msg: string) => process.stderr.write(`vigia: ${msg}\n`);

const USAGE = `usage: npx vigia start [--demo] [--port N] [--speed X] [--no-build]

  --demo      poll the bundled demo wire instead of config/sources.yml (also chosen when no source answers)
  --port N    the dashboard's port (default: PORT, else 3000)
  --speed X   the demo wire's pace, X times real time (default 1)
  --no-build  use the existing production build of the dashboard as it is
Settings come from the environment (README "Configuration"); without REDIS_URL a private redis-server is started.
`;

/**
 * `npm start` / `npm run demo`: a private Redis when REDIS_URL is unset, a production build of the dashboard,
 * the demo wire when asked for or when no configured source answers, then web and worker as supervised processes.
 */
export async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        demo: { type: 'boolean', default: false },
        port: { type: 'string' },
        speed: { type: 'string', default: '1' },
        'no-build': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
  } catch (e) {
    process.stderr.write(`vigia start: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const c = config();
  const port = values.port !== undefined ? Number(values.port) : c.PORT;
  const speed = Number(values.speed);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: not a port number: ${values.port}`);
  if (!(speed > 0)) throw new Error(`--speed: a positive number, e.g. 1 or 5 (got ${values.speed})`);

  let sources: Source[] = values.demo ? [] : loadSourcesFile(c.VIGIA_SOURCES);
  let mode: 'live' | 'demo' | 'demo-fallback' = values.demo ? 'demo' : 'live';

  const dataDir = resolve(ROOT, c.VIGIA_DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  let redis: PrivateRedis | null = null;
  let wire: Wire | null = null;
  const children: Supervised[] = [];

  const shutdown = async () => {
    await Promise.allSettled(children.map((ch) => ch.stop()));
    await wire?.close();
    await redis?.stop();
  };

  try {
    if (!c.REDIS_URL) {
      redis = await startPrivateRedis({ dataDir: join(dataDir, 'redis'), port: 6479, log: say });
      say(`started a private Redis for Vigía on ${redis.url} (data in ${join(dataDir, 'redis')})`);
    }
    if (!values['no-build']) ensureBuild(ROOT, say);

    if (mode === 'live') {
      const enabled = sources.filter((s) => s.enabled);
      say(`checking ${enabled.length} configured sources…`);
      const reachable = await reachableSources(enabled, 5_000);
      if (reachable.length === 0) {
        mode = 'demo-fallback';
        say('none of the configured sources can be reached (no internet?): adding the demo wire, clearly marked as demo on the page');
      } else {
        say(`${reachable.length} of ${enabled.length} configured sources answer`);
      }
    }
    if (mode !== 'live') {
      wire = await startWire({ port: 0, speed });
      sources = [...sources, ...validateSources({ sources: demoSources(wire) }, 'demo wire')];
      say(`demo wire on ${wire.url} (${wire.feeds.length} feeds, fictional news)`);
    }
    const sourcesFile = join(dataDir, 'sources.effective.yml');
    writeFileSync(sourcesFile, toYaml({ sources }));

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      REDIS_URL: c.REDIS_URL ?? redis!.url,
      VIGIA_SOURCES: sourcesFile,
      VIGIA_MODE: mode,
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: '1',
    };
    const launcher = join(ROOT, 'bin', 'vigia.mjs');
    children.push(supervise('worker', process.execPath, [launcher, 'worker'], { env, cwd: ROOT, log: say }));
    children.push(
      supervise('web', process.execPath, [launcher, 'web'], {
        env: { ...env, NODE_ENV: values['no-build'] ? env.NODE_ENV ?? 'development' : 'production' },
        cwd: ROOT,
        log: say,
      }),
    );
    say(`Vigía is starting on http://localhost:${port} (${mode === 'live' ? 'live sources' : mode}); Ctrl-C stops it`);
  } catch (err) {
    await shutdown();
    throw err;
  }

  await new Promise<void>((res) => {
    process.once('SIGINT', () => res());
    process.once('SIGTERM', () => res());
  });
  say('stopping…');
  await shutdown();
  return 0;
}
