import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { join, resolve } from 'node:path';

const INSTALL_HINT = 'sudo apt-get install -y redis-server';

export interface PrivateRedis {
  url: string;
  port: number;
  /** Crash it (SIGKILL), for fault tests. */
  kill(): void;
  stop(): Promise<void>;
}

function which(bin: string): string | null {
  for (const dir of [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/bin', '/usr/local/bin']) {
    if (dir && existsSync(join(dir, bin))) return join(dir, bin);
  }
  return null;
}

/** Finds redis-server; installs it with apt-get when running as root, else says the one command that does. */
export function ensureRedisServer(log: (msg: string) => void = console.error): string {
  const found = which('redis-server');
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && which('apt-get')) {
    log('redis-server is not installed; installing it with apt-get (Debian package redis-server)…');
    const opts = { stdio: 'inherit' as const, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
    let r = spawnSync('apt-get', ['install', '-y', '-q', 'redis-server'], opts);
    if (r.status !== 0) {
      spawnSync('apt-get', ['update', '-q'], opts);
      r = spawnSync('apt-get', ['install', '-y', '-q', 'redis-server'], opts);
    }
    const after = which('redis-server');
    if (after) return after;
  }
  throw new Error(`redis-server is not installed. Install it with: ${INSTALL_HINT}  (or set REDIS_URL to a Redis you run)`);
}

export async function freePort(preferred?: number): Promise<number> {
  const tryPort = (p: number) =>
    new Promise<number | null>((res) => {
      const srv = createServer();
      srv.once('error', () => res(null));
      srv.listen(p, '127.0.0.1', () => {
        const a = srv.address();
        srv.close(() => res(typeof a === 'object' && a ? a.port : null));
      });
    });
  if (preferred) {
    const p = await tryPort(preferred);
    if (p) return p;
  }
  const p = await tryPort(0);
  if (!p) throw new Error('no free TCP port on 127.0.0.1');
  return p;
}

function ping(port: number): Promise<boolean> {
  return new Promise((res) => {
    const sock = createConnection({ port, host: '127.0.0.1' });
    const done = (ok: boolean) => {
      sock.destroy();
      res(ok);
    };
    sock.setTimeout(500, () => done(false));
    sock.once('error', () => done(false));
    sock.once('connect', () => sock.write('PING\r\n'));
    sock.once('data', (d) => done(d.toString().startsWith('+PONG')));
  });
}

/**
 * Starts a Redis server for Vigía alone: its own port and data folder, AOF with fsync every second, no eviction.
 * `stop()` shuts it down cleanly (Redis flushes the AOF on SIGTERM).
 */
export async function startPrivateRedis(opts: {
  dataDir: string;
  port?: number;
  log?: (msg: string) => void;
  /** More redis-server arguments, e.g. ['--replicaof', '127.0.0.1', '6380'] (tests of replication). */
  extraArgs?: string[];
}): Promise<PrivateRedis> {
  const bin = ensureRedisServer(opts.log);
  const dir = resolve(opts.dataDir);
  mkdirSync(dir, { recursive: true });
  const port = await freePort(opts.port);
  const child: ChildProcess = spawn(
    bin,
    [
      '--port', String(port),
      '--bind', '127.0.0.1',
      '--dir', dir,
      '--appendonly', 'yes',
      '--appendfsync', 'everysec',
      '--maxmemory-policy', 'noeviction',
      '--save', '',
      '--daemonize', 'no',
      '--logfile', join(dir, 'redis.log'),
      ...(opts.extraArgs ?? []),
    ],
    { stdio: 'ignore' },
  );
  let exited = false;
  const exit = new Promise<void>((res) => child.once('exit', () => ((exited = true), res())));
  const deadline = Date.now() + 15_000;
  while (!(await ping(port))) {
    if (exited) throw new Error(`redis-server exited at start; see ${join(dir, 'redis.log')}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`redis-server did not answer on port ${port} within 15 s; see ${join(dir, 'redis.log')}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    kill() {
      child.kill('SIGKILL');
    },
    async stop() {
      if (exited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exit;
      clearTimeout(timer);
    },
  };
}
