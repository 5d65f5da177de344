import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io as connectClient, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ensureRedisServer, freePort, startPrivateRedis, type PrivateRedis } from '../../lib/runtime/redis-server';
import { Store } from '../../lib/store';
import { keys } from '../../lib/store/keys';
import { connect } from '../../lib/store/redis';
import type { IncidentMessage } from '../../lib/types';
import { until } from '../helpers/processes';
import { startRealtime } from '../helpers/realtime';
import { report } from '../helpers/reports';

// A master, a replica and a Sentinel (Debian's redis-server in sentinel mode). The master crashes; Sentinel
// promotes the replica; Vigía, connected through redis+sentinel://, follows it and goes on.
const dir = mkdtempSync(join(tmpdir(), 'vigia-sentinel-'));
let master: PrivateRedis;
let replica: PrivateRedis;
let sentinel: ChildProcess;
let store: Store;
let realtime: Awaited<ReturnType<typeof startRealtime>>;
let client: Socket;
const got: IncidentMessage[] = [];

beforeAll(async () => {
  // No 5 s wait before the diskless sync to a new replica (Redis's default).
  master = await startPrivateRedis({ dataDir: join(dir, 'master'), extraArgs: ['--repl-diskless-sync-delay', '0'] });
  replica = await startPrivateRedis({
    dataDir: join(dir, 'replica'),
    extraArgs: ['--replicaof', '127.0.0.1', String(master.port), '--repl-diskless-sync-delay', '0'],
  });
  const sport = await freePort();
  const conf = join(dir, 'sentinel.conf');
  writeFileSync(
    conf,
    [
      `port ${sport}`,
      'bind 127.0.0.1',
      `sentinel monitor vigia 127.0.0.1 ${master.port} 1`,
      'sentinel down-after-milliseconds vigia 1000',
      'sentinel failover-timeout vigia 5000',
      '',
    ].join('\n'),
  );
  sentinel = spawn(ensureRedisServer(), [conf, '--sentinel'], { stdio: 'ignore' });
  const url = `redis+sentinel://127.0.0.1:${sport}/vigia`;
  await until('sentinel to answer', async () => {
    const probe = connect(`redis://127.0.0.1:${sport}`, { name: 'probe', maxRetriesPerRequest: 0, retryStrategy: () => null });
    probe.on('error', () => {});
    try {
      return (await probe.call('SENTINEL', 'get-master-addr-by-name', 'vigia')) ? true : undefined;
    } finally {
      probe.disconnect();
    }
  });
  store = new Store(connect(url, { name: 'test' }));
  realtime = await startRealtime(store, store.redis);
  let lastId = '0-0';
  client = connectClient(realtime.base, { auth: (cb) => cb({ since: lastId }), transports: ['websocket'] });
  client.on('incident', (m: IncidentMessage) => {
    got.push(m);
    lastId = m.id;
  });
});

afterAll(async () => {
  client?.close();
  await realtime?.close();
  store?.redis.disconnect();
  sentinel?.kill('SIGKILL');
  await replica?.stop();
  await master?.stop();
  rmSync(dir, { recursive: true, force: true });
});

it('follows a Sentinel failover without losing replicated writes', async () => {
  for (let k = 0; k < 10; k++) await store.writer.ingest(`s-${k}`, report({ title: `Marcha ${k}`, admin1Code: `PE-S${k}`, place: `S${k}`, admin3: `S${k}`, precision: 1 }));
  expect(await store.redis.call('WAIT', '1', '2000')).toBe(1); // acknowledged by the replica
  const before = (await store.redis.xrange(keys.events, '-', '+')).map(([id]) => id);

  master.kill();
  // Writes during the failover wait for the new master (ioredis queues them and asks Sentinel again).
  for (let k = 10; k < 15; k++) await store.writer.ingest(`s-${k}`, report({ title: `Marcha ${k}`, admin1Code: `PE-S${k}`, place: `S${k}`, admin3: `S${k}`, precision: 1 }));

  const role = (await store.redis.call('ROLE')) as unknown[];
  expect(role[0]).toBe('master');
  expect(((await store.redis.config('GET', 'port')) as string[])[1]).toBe(String(replica.port));
  const after = (await store.redis.xrange(keys.events, '-', '+')).map(([id]) => id);
  expect(after.slice(0, before.length)).toEqual(before);
  expect(after).toHaveLength(15);
  await until('the client to have every entry', () => (got.length >= 15 ? true : undefined), 20_000);
  expect(got.map((m) => m.id)).toEqual(after);
});
