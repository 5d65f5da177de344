import { spawn, type ChildProcess } from 'node:child_process';

export interface Supervised {
  name: string;
  stop(): Promise<void>;
}

/**
 * Runs a child process and restarts it when it dies on its own, with a growing delay (1 s, 2 s, … 30 s) that resets
 * after a minute of healthy running. `stop()` sends SIGTERM and, after `graceMs`, SIGKILL.
 */
export function supervise(
  name: string,
  command: string,
  args: string[],
  opts: { env: NodeJS.ProcessEnv; cwd: string; log: (msg: string) => void; graceMs?: number },
): Supervised {
  let child: ChildProcess | null = null;
  let stopping = false;
  let failures = 0;
  let restartTimer: NodeJS.Timeout | null = null;

  const launch = () => {
    const startedAt = Date.now();
    child = spawn(command, args, { env: opts.env, cwd: opts.cwd, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('exit', (code, signal) => {
      child = null;
      if (stopping) return;
      failures = Date.now() - startedAt > 60_000 ? 1 : failures + 1;
      const delay = Math.min(1000 * 2 ** (failures - 1), 30_000);
      opts.log(`${name} exited (${signal ?? `code ${code}`}); restarting in ${delay / 1000} s`);
      restartTimer = setTimeout(launch, delay);
    });
  };
  launch();

  return {
    name,
    async stop() {
      stopping = true;
      if (restartTimer) clearTimeout(restartTimer);
      const c = child;
      if (!c || c.exitCode !== null) return;
      const exited = new Promise<void>((res) => c.once('exit', () => res()));
      c.kill('SIGTERM');
      const timer = setTimeout(() => c.kill('SIGKILL'), opts.graceMs ?? 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
