import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startPrivateRedis } from '../../lib/runtime/redis-server';

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
  }
}

/** A real redis-server on a free port, with a throw-away data folder, for the whole test run. */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'vigia-test-redis-'));
  const redis = await startPrivateRedis({ dataDir: dir });
  project.provide('redisUrl', redis.url);
  return async () => {
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
