import { BASE_INTERVAL_MS, DEFAULT_BACKLOG, DEFAULT_WIRE_PORT, MAX_SPEED, startWire, type ReleasedItem, type WireOptions } from '../wire';

const USAGE = `usage: npx vigia wire [--port N] [--speed X] [--host H] [--backlog N] [--seed N] [--quiet]

Serves the bundled demo news wire: fictional outlets publishing RSS and Atom feeds that release
one item every ${BASE_INTERVAL_MS / 1000} s on average (times --speed), cycling forever with fresh guids.

  --port N      port to listen on (default ${DEFAULT_WIRE_PORT}; 0 picks a free one)
  --speed X     release rate multiplier, above 0 and at most ${MAX_SPEED} (default 1; 2 = twice as fast)
  --host H      address to bind (default 127.0.0.1)
  --backlog N   items already published at start (default ${DEFAULT_BACKLOG})
  --seed N      make guids and timing reproducible
  --quiet       do not print a line per released item
`;

export type WireArgs = Required<Pick<WireOptions, 'port' | 'speed' | 'host' | 'backlog'>> & {
  seed?: number;
  quiet: boolean;
  help: boolean;
};

/** Parses the command's flags; an error string names the flag and what it accepts. */
export function parseWireArgs(argv: string[]): { ok: true; args: WireArgs } | { ok: false; error: string } {
  const args: WireArgs = { port: DEFAULT_WIRE_PORT, speed: 1, host: '127.0.0.1', backlog: DEFAULT_BACKLOG, quiet: false, help: false };
  const integer = (flag: string, v: string, min: number, max: number): number | string => {
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) return `${flag} must be an integer from ${min} to ${max}, got "${v}"`;
    return Number(v);
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      args.help = true;
      continue;
    }
    if (arg === '--quiet' || arg === '-q') {
      args.quiet = true;
      continue;
    }
    const m = /^(--[a-z]+)(?:=(.*))?$/.exec(arg);
    const flag = m?.[1];
    if (!m || !flag || !['--port', '--speed', '--host', '--backlog', '--seed'].includes(flag)) {
      return { ok: false, error: `unknown argument "${arg}"` };
    }
    let value = m[2];
    if (value === undefined) {
      value = argv[++i];
      if (value === undefined) return { ok: false, error: `${flag} needs a value` };
    }
    let parsed: number | string;
    switch (flag) {
      case '--port':
        parsed = integer(flag, value, 0, 65535);
        if (typeof parsed === 'number') args.port = parsed;
        break;
      case '--backlog':
        parsed = integer(flag, value, 0, 10_000);
        if (typeof parsed === 'number') args.backlog = parsed;
        break;
      case '--seed':
        parsed = integer(flag, value, 0, 2 ** 32 - 1);
        if (typeof parsed === 'number') args.seed = parsed;
        break;
      case '--speed': {
        const n = /^\d*\.?\d+$/.test(value) ? Number(value) : NaN;
        parsed = n > 0 && n <= MAX_SPEED ? n : `--speed must be a number above 0 and at most ${MAX_SPEED}, got "${value}"`;
        if (typeof parsed === 'number') args.speed = parsed;
        break;
      }
      default:
        if (!value.trim()) return { ok: false, error: '--host needs an address' };
        args.host = value;
        parsed = 0;
    }
    if (typeof parsed === 'string') return { ok: false, error: parsed };
  }
  return { ok: true, args };
}

function clock(d: Date): string {
  return d.toTimeString().slice(0, 8);
}

export async function main(argv: string[]): Promise<number> {
  const parsed = parseWireArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`vigia wire: ${parsed.error}\n\n${USAGE}`);
    return 2;
  }
  const { args } = parsed;
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }

  const idWidth = 22;
  const line = (it: ReleasedItem) => `${clock(it.published)}  ${it.outlet.id.padEnd(idWidth)}  ${it.title}\n`;
  // Backlog items are released inside startWire; they are printed under the banner.
  const backlog: string[] = [];
  let live = false;
  let wire;
  try {
    wire = await startWire({
      port: args.port,
      host: args.host,
      speed: args.speed,
      backlog: args.backlog,
      ...(args.seed !== undefined ? { seed: args.seed } : {}),
      onRelease: (it) => {
        if (!live) backlog.push(line(it));
        else if (!args.quiet) process.stdout.write(line(it));
      },
    });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EADDRINUSE') {
      process.stderr.write(`vigia wire: port ${args.port} on ${args.host} is already in use; choose another with --port N (0 picks a free one)\n`);
    } else if (err.code === 'EACCES') {
      process.stderr.write(`vigia wire: not allowed to listen on port ${args.port}; choose a port above 1023 with --port N\n`);
    } else if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND') {
      process.stderr.write(`vigia wire: cannot bind to host "${args.host}"; use a local address such as 127.0.0.1\n`);
    } else {
      process.stderr.write(`vigia wire: cannot start: ${err.message}\n`);
    }
    return 1;
  }

  const seconds = BASE_INTERVAL_MS / 1000 / args.speed;
  process.stdout.write(
    `Vigía demo wire at ${wire.url}/ — fictional outlets and items, not real news\n` +
      `one item every ${seconds < 1 ? seconds.toFixed(2) : seconds.toFixed(1)} s on average (speed ${args.speed}); Ctrl+C stops it\n\n` +
      wire.feeds
        .map((f) => `  ${f.id.padEnd(idWidth)}  ${f.language}  ${f.scale.padEnd(13)}  ${f.format.padEnd(4)}  ${f.url}\n`)
        .join('') +
      `\nsources: ${wire.url}/sources.yml has these feeds as sources.yml entries (demo: true, private: true); or run npx vigia start --demo\n\n` +
      (backlog.length && !args.quiet ? `already published:\n${backlog.join('')}\n` : ''),
  );
  live = true;

  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await wire.close();
  process.stdout.write(`vigia wire: stopped after ${wire.released()} items\n`);
  return 0;
}
