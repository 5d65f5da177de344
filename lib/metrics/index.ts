// /metrics in Prometheus text. One registry per web process; each area adds its metrics in a file of its own here
// (sources.ts, pipeline.ts), registered in createRegistry.
import type { Redis } from 'ioredis';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { registerPipelineMetrics } from './pipeline';
import { registerSourceMetrics } from './sources';

export function createRegistry(redis: Redis): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'vigia_web_' });
  registerSourceMetrics(registry, redis);
  registerPipelineMetrics(registry, redis);
  return registry;
}

const g = globalThis as unknown as { __vigiaMetrics?: Registry };

/** The web process's registry (created on first scrape). */
export function webRegistry(redis: Redis): Registry {
  g.__vigiaMetrics ??= createRegistry(redis);
  return g.__vigiaMetrics;
}
