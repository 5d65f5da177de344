// Installs the locked dependencies (npm ci) when node_modules is missing or older than package-lock.json.
// Plain JavaScript: it runs before anything is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 9)) {
  console.error(`Vigía needs Node.js 20.9 or newer; this is ${process.version}. Install a current Node.js LTS.`);
  process.exit(1);
}
const modules = join(root, 'node_modules');
const marker = join(modules, '.package-lock.json');
const lock = join(root, 'package-lock.json');
// A node_modules that links to another checkout's (a git worktree) belongs to that checkout: npm ci here would empty it.
const linked = existsSync(modules) && lstatSync(modules).isSymbolicLink();
if (!linked && (!existsSync(marker) || statSync(marker).mtimeMs < statSync(lock).mtimeMs)) {
  console.error('vigia: installing dependencies (npm ci)…');
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
