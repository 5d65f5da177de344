import { describe, expect, it } from 'vitest';
import { supervise } from '../../lib/runtime/supervisor';

describe('supervise', () => {
  it('restarts a child that dies on its own, and stops it for good on stop()', async () => {
    const lines: string[] = [];
    const child = supervise('crasher', process.execPath, ['-e', 'setTimeout(() => process.exit(3), 100)'], {
      env: process.env,
      cwd: process.cwd(),
      log: (m) => lines.push(m),
    });
    const deadline = Date.now() + 8_000;
    while (lines.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await child.stop();
    expect(lines[0]).toBe('crasher exited (code 3); restarting in 1 s');
    expect(lines[1]).toBe('crasher exited (code 3); restarting in 2 s');
  });

  it('stops a running child with SIGTERM without restarting it', async () => {
    const lines: string[] = [];
    const child = supervise('sleeper', process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {
      env: process.env,
      cwd: process.cwd(),
      log: (m) => lines.push(m),
    });
    await new Promise((r) => setTimeout(r, 300));
    await child.stop();
    await new Promise((r) => setTimeout(r, 1_500));
    expect(lines).toEqual([]);
  });
});
