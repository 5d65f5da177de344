import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as health } from '../../app/api/health/route';
import { GET as incidentById } from '../../app/api/incidents/[id]/route';
import { GET as incidents } from '../../app/api/incidents/route';
import { GET as stats } from '../../app/api/stats/route';
import { health as healthOf } from '../../lib/health';
import { getStore, Store } from '../../lib/store';
import { checkEvictionPolicy } from '../../lib/store/redis';
import { freshRedis } from '../helpers/redis';
import { report } from '../helpers/reports';

// The route handlers as Next calls them, against the real Redis.
let redis: Redis;

const get = (path: string) => new Request(`http://localhost${path}`);

beforeAll(async () => {
  redis = await freshRedis();
  const store = await getStore();
  for (let k = 0; k < 3; k++) {
    await store.writer.ingest(`api-${k}`, report({ title: `Paro en Puno ${k}`, type: k ? 'strike' : 'clash', place: `P${k}`, admin3: `P${k}`, precision: 1 }));
  }
});

afterAll(async () => {
  await (await getStore()).close();
  await redis.quit();
});

describe('HTTP API', () => {
  it('GET /api/incidents pages newest first with limit and cursor, and filters', async () => {
    const first = await incidents(get('/api/incidents?limit=2'));
    expect(first.status).toBe(200);
    const p1 = (await first.json()) as { incidents: { title: string }[]; nextCursor: string; streamId: string };
    expect(p1.incidents.map((i) => i.title)).toEqual(['Paro en Puno 2', 'Paro en Puno 1']);
    expect(p1.streamId).toMatch(/^\d+-\d+$/);
    const p2 = (await (await incidents(get(`/api/incidents?limit=2&cursor=${encodeURIComponent(p1.nextCursor)}`))).json()) as {
      incidents: { title: string }[];
      nextCursor: string | null;
    };
    expect(p2.incidents.map((i) => i.title)).toEqual(['Paro en Puno 0']);
    expect(p2.nextCursor).toBeNull();
    const clashes = (await (await incidents(get('/api/incidents?type=clash&region=PE-PUN'))).json()) as { incidents: unknown[] };
    expect(clashes.incidents).toHaveLength(1);
  });

  it('answers bad parameters with 400 and the reason', async () => {
    for (const [q, field] of [
      ['type=earthquake', 'type'],
      ['limit=0', 'limit'],
      ['limit=abc', 'limit'],
      ['region=Puno', 'region'],
      ['since=yesterday', 'since'],
      ['cursor=nonsense', 'cursor'],
      ['colour=red', ''],
    ] as const) {
      const res = await incidents(get(`/api/incidents?${q}`));
      expect(res.status, q).toBe(400);
      expect(((await res.json()) as { error: string }).error, q).toContain(field);
    }
    expect((await stats(get('/api/stats?window=forever'))).status).toBe(400);
  });

  it('GET /api/incidents/:id returns the incident with its reports, 404 when unknown', async () => {
    const { incidents: list } = (await (await incidents(get('/api/incidents?limit=1'))).json()) as { incidents: { id: string }[] };
    const res = await incidentById(get(`/api/incidents/${list[0]!.id}`), { params: Promise.resolve({ id: list[0]!.id }) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { incident: { id: string }; reports: { title: string }[] };
    expect(body.reports.map((r) => r.title)).toEqual(['Paro en Puno 2']);
    expect((await incidentById(get('/api/incidents/inc_nope'), { params: Promise.resolve({ id: 'inc_nope' }) })).status).toBe(404);
  });

  it('GET /api/stats counts incidents by type and region', async () => {
    const body = (await (await stats(get('/api/stats?window=today'))).json()) as { byType: Record<string, number>; byRegion: { code: string; total: number }[] };
    expect(body.byType.strike).toBe(2);
    expect(body.byType.clash).toBe(1);
    expect(body.byRegion).toEqual([expect.objectContaining({ code: 'PE-PUN', total: 3 })]);
  });

  it('GET /api/health is 503 with the reason until a worker beats, then 200', async () => {
    let res = await health();
    expect(res.status).toBe(503);
    expect(((await res.json()) as { reasons: string[] }).reasons.join()).toMatch(/worker/);
    await (await getStore()).heartbeat('test-worker');
    res = await health();
    expect(res.status).toBe(200);
    const body = (await res.json()) as { redis: string; queue: Record<string, number> };
    expect(body.redis).toBe('up');
    expect(body.queue).toHaveProperty('waiting');
  });

  it('health says when Redis is down', async () => {
    const dead = new Store(new Redis('redis://127.0.0.1:1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null }));
    dead.redis.on('error', () => {});
    const h = await healthOf(dead);
    expect(h.ok).toBe(false);
    expect(h.redis).toBe('down');
    expect(h.reasons[0]).toMatch(/Redis is not reachable/);
    dead.redis.disconnect();
  });

  it('runs on a private Redis with AOF every second and no eviction (lib/runtime/redis-server)', async () => {
    const get = async (k: string) => ((await redis.config('GET', k)) as string[])[1];
    expect(await get('appendonly')).toBe('yes');
    expect(await get('appendfsync')).toBe('everysec');
    expect(await get('maxmemory-policy')).toBe('noeviction');
  });

  it('warns when Redis may evict data', async () => {
    expect(await checkEvictionPolicy(redis)).toBeNull();
    await redis.config('SET', 'maxmemory-policy', 'allkeys-lru');
    try {
      expect(await checkEvictionPolicy(redis)).toMatch(/allkeys-lru.*noeviction/);
    } finally {
      await redis.config('SET', 'maxmemory-policy', 'noeviction');
    }
  });
});
