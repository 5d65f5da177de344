// Preloaded into `vigia parse` children by corpus-cli.test.ts: reports the process's peak RSS (KiB) and
// CPU time (µs) on fd 3.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  try {
    const u = process.resourceUsage();
    writeSync(3, `${u.maxRSS} ${u.userCPUTime + u.systemCPUTime}\n`);
  } catch {
    // fd 3 is not open: run outside the test
  }
});
