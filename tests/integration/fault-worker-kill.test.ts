import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { keys } from '../../lib/store/keys';
import type { Incident } from '../../lib/types';
import { FeedServer } from '../helpers/feed-server';
import { spawnVigia, until, type Child } from '../helpers/processes';
import { freshRedis } from '../helpers/redis';

// kill -9 the worker in the middle of a poll job: after a new worker takes over, every item is processed exactly once.
let redis: Redis;
let feeds: FeedServer;
const workers: Child[] = [];
const PER_FEED = 300;
const DEPARTMENTS = ['Puno', 'Cusco', 'Ayacucho', 'Apurímac', 'Arequipa', 'Junín', 'Ica', 'Piura', 'Lima', 'Tacna'];

beforeAll(async () => {
  redis = await freshRedis();
  feeds = await new FeedServer().start();
  for (const f of ['a', 'b']) {
    feeds.feeds.set(`/${f}.xml`, []);
    for (let k = 0; k < PER_FEED; k++) {
      feeds.publish(`/${f}.xml`, {
        guid: `${f}-${k}`,
        title: `Paro de transportistas número ${k} bloquea vías en ${DEPARTMENTS[k % DEPARTMENTS.length]}`,
        summary: `Los gremios acataron una huelga y bloquearon la carretera (${f}${k}).`,
      });
    }
  }
});

afterAll(async () => {
  for (const w of workers) w.process.kill('SIGKILL');
  await feeds?.close();
  await redis?.quit();
});

it('loses and doubles nothing when the worker is killed mid-job', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigia-kill-'));
  const sourcesFile = join(dir, 'sources.yml');
  writeFileSync(
    sourcesFile,
    `sources:\n${['a', 'b']
      .map((f) => `  - { id: feed-${f}, name: Outlet ${f}, url: "${feeds.url}/${f}.xml", language: es, country: PE, scale: national, interval: 1, private: true }`)
      .join('\n')}\n`,
  );
  const env = { REDIS_URL: process.env.REDIS_URL!, VIGIA_SOURCES: sourcesFile };
  const first = spawnVigia('worker', env);
  workers.push(first);
  await until('the first reports', async () => ((await redis.xlen(keys.events)) >= 40 ? true : undefined), 30_000);
  first.process.kill('SIGKILL');
  await first.exited;
  const atKill = await redis.xlen(keys.events);

  workers.push(spawnVigia('worker', env));
  const total = PER_FEED * 2;
  await until('every item processed', async () => ((await redis.keys(keys.item('*'))).length === total ? true : undefined), 60_000);
  // Let one more poll round pass: nothing new may appear.
  await new Promise((r) => setTimeout(r, 2_500));

  const itemKeys = await redis.keys(keys.item('*'));
  expect(itemKeys).toHaveLength(total);
  const values = await redis.mget(...itemKeys);
  const reportIds = values.filter((v) => v !== '-') as string[];
  expect(new Set(reportIds).size).toBe(reportIds.length);
  expect(atKill).toBeLessThan(reportIds.length); // the kill really happened with work left
  // One stream entry per report, and each report in exactly one incident, once.
  expect(await redis.xlen(keys.events)).toBe(reportIds.length);
  const incidentIds = await redis.zrange(keys.byLastSeen, '0', '-1');
  const incidents = (await redis.mget(...incidentIds.map(keys.incident))).map((j) => JSON.parse(j!) as Incident);
  const inIncidents = incidents.flatMap((i) => i.reportIds);
  expect(inIncidents.sort()).toEqual([...reportIds].sort());
  expect(await redis.keys(keys.report('*'))).toHaveLength(reportIds.length);
});
