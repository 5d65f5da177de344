import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE_DIRS = ['app', 'components', 'lib'];
const SOURCE_FILES = ['next.config.js', 'package-lock.json', 'tsconfig.json'];

function newestMtime(root: string, path: string): number {
  const p = join(root, path);
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of readdirSync(p)) max = Math.max(max, newestMtime(root, join(path, name)));
  return max;
}

/** True when there is no production build of the dashboard, or a source file is newer than it. */
export function buildIsStale(root: string): boolean {
  const id = join(root, process.env.VIGIA_NEXT_DIST || '.next', 'BUILD_ID');
  if (!existsSync(id)) return true;
  const built = statSync(id).mtimeMs;
  return [...SOURCE_DIRS, ...SOURCE_FILES].some((p) => newestMtime(root, p) > built);
}

/** Runs `next build` when needed; throws with the build's exit status otherwise. */
export function ensureBuild(root: string, log: (msg: string) => void): void {
  if (!buildIsStale(root)) return;
  log('Building the dashboard (next build); this happens on the first start and after code changes…');
  const r = spawnSync(process.execPath, [join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (r.status !== 0) throw new Error(`next build failed (exit ${r.status}); see the output above`);
}
