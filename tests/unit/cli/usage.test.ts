import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// `--help` on every command prints its usage and exits 0 without starting anything; an unknown argument exits 2
// with the reason and the usage (web and worker take none: they used to start and ignore it).
const root = fileURLToPath(new URL('../../../', import.meta.url));
const vigia = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/vigia.mjs', ...args], { cwd: root, encoding: 'utf8', timeout: 30_000, env: { ...process.env, REDIS_URL: 'redis://127.0.0.1:1' } });

describe('npx vigia <command> --help', () => {
  it.each(['start', 'web', 'worker', 'extract', 'eval', 'parse', 'wire'])('%s --help prints its usage and exits 0', (cmd) => {
    const r = vigia(cmd, '--help');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout + r.stderr).toMatch(new RegExp(`usage: npx vigia ${cmd}`));
  });

  it.each([
    ['start', '--colour', /Unknown option '--colour'/],
    ['web', '--port', /vigia web: takes no arguments \(got "--port"\)/],
    ['worker', 'now', /vigia worker: takes no arguments \(got "now"\)/],
  ])('%s %s is refused with exit 2, the reason and the usage', (cmd, arg, reason) => {
    const r = vigia(cmd, arg);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(reason);
    expect(r.stderr).toMatch(new RegExp(`usage: npx vigia ${cmd}`));
  });
});
