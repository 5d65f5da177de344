import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../lib/runtime/redis-server';

const ROOT = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..');

export interface RunningApp {
  url: string;
  output: () => string;
  stop(): Promise<number | null>;
}

/** Runs the real `npx vigia start` command (as `npm start`/`npm run demo` do) and waits until /api/health is 200. */
export async function startApp(args: string[], env: Record<string, string> = {}, timeoutMs = 120_000, port?: number): Promise<RunningApp> {
  port ??= await freePort();
  const childEnv: Record<string, string | undefined> = { ...process.env, VIGIA_DATA_DIR: mkdtempSync(join(tmpdir(), 'vigia-app-')), LOG_LEVEL: 'warn', ...env };
  if (!('REDIS_URL' in env)) delete childEnv.REDIS_URL;
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'bin', 'vigia.mjs'), 'start', '--port', String(port), ...args], {
    cwd: ROOT,
    env: childEnv as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`vigia start exited with ${child.exitCode}:\n${out}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`vigia start was not healthy within ${timeoutMs / 1000} s:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url,
    output: () => out,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
