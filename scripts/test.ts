// `npm test`: checks what the suite needs (redis-server, Chromium, a production build), then runs every vitest
// project. The summary reporter ends the output with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuild } from '../lib/runtime/build';
import { ensureRedisServer } from '../lib/runtime/redis-server';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const say = (m: string) => process.stderr.write(`test: ${m}\n`);

ensureRedisServer(say);
const chromium = process.env.VIGIA_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  if (process.getuid?.() === 0) {
    say('Chromium is not installed; installing Debian\'s chromium for the end-to-end tests…');
    spawnSync('apt-get', ['install', '-y', '-q', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  if (!existsSync(chromium)) {
    say(`Chromium is missing for the end-to-end tests. Install it with: sudo apt-get install -y chromium (or set VIGIA_CHROMIUM)`);
    process.exit(1);
  }
}
ensureBuild(root, say);
const r = spawnSync(process.execPath, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
});
process.exit(r.status ?? 1);
