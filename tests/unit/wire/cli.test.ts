import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Parser from 'rss-parser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main, parseWireArgs } from '../../../lib/cli/wire';
import { DEFAULT_WIRE_PORT } from '../../../lib/wire';

const root = fileURLToPath(new URL('../../../', import.meta.url));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('vigia wire arguments', () => {
  it('has defaults and accepts both --flag value and --flag=value', () => {
    expect(parseWireArgs([])).toEqual({
      ok: true,
      args: { port: DEFAULT_WIRE_PORT, speed: 1, host: '127.0.0.1', backlog: 6, quiet: false, help: false },
    });
    const r = parseWireArgs(['--port', '0', '--speed=2.5', '--backlog', '0', '--seed=9', '--quiet']);
    expect(r).toEqual({ ok: true, args: { port: 0, speed: 2.5, host: '127.0.0.1', backlog: 0, seed: 9, quiet: true, help: false } });
    expect(parseWireArgs(['--speed', '.5'])).toMatchObject({ ok: true, args: { speed: 0.5 } });
  });

  it('rejects invalid flags with a message naming the flag', () => {
    const bad: [string[], RegExp][] = [
      [['--port', 'abc'], /--port must be an integer/],
      [['--port', '70000'], /--port must be an integer from 0 to 65535/],
      [['--port'], /--port needs a value/],
      [['--speed', '0'], /--speed must be a number above 0/],
      [['--speed', '-2'], /--speed must be/],
      [['--speed', 'fast'], /--speed must be/],
      [['--speed', '5000'], /at most 1000/],
      [['--backlog', '1.5'], /--backlog must be an integer/],
      [['--colour'], /unknown argument "--colour"/],
      [['extra'], /unknown argument "extra"/],
    ];
    for (const [argv, msg] of bad) {
      const r = parseWireArgs(argv);
      expect(r.ok, argv.join(' ')).toBe(false);
      if (!r.ok) expect(r.error).toMatch(msg);
    }
  });

  it('exits 2 with the reason and the usage on stderr', async () => {
    let err = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      err += String(chunk);
      return true;
    });
    expect(await main(['--speed', '0'])).toBe(2);
    expect(err).toMatch(/^vigia wire: --speed must be a number above 0/);
    expect(err).toContain('usage: npx vigia wire');
  });
});

describe('npx vigia wire', () => {
  it('prints its feed URLs and a sources hint, serves them, and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, ['bin/vigia.mjs', 'wire', '--port', '0', '--speed', '20', '--backlog', '3'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await vi.waitFor(() => expect(out).toMatch(/already published:/), { timeout: 15_000, interval: 50 });
      const urls = [...out.matchAll(/http:\/\/127\.0\.0\.1:\d+\/feeds\/[a-z0-9-]+\.xml/g)].map((m) => m[0]);
      expect(urls.length).toBeGreaterThanOrEqual(4);
      expect(out).toMatch(/sources: http:\/\/127\.0\.0\.1:\d+\/sources\.yml/);
      const feed = await new Parser().parseURL(urls[0]!);
      expect(feed.title).toMatch(/ \(demo\)$/);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(out).toMatch(/stopped after \d+ items/);
    expect(err).toBe('');
  });
});
