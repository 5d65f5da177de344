import { execFile } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Item } from '../../../lib/types';
import { CORPUS_DIR } from './_corpus';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function vigiaParse(args: string[], env: Record<string, string | undefined> = {}) {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete childEnv[k];
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile('npx', ['vigia', 'parse', ...args], { cwd: ROOT, env: childEnv, timeout: 30_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}

const lines = (s: string) => s.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Item);

let server: http.Server;
let url = '';
let hits = 0;

beforeAll(async () => {
  server = http.createServer((_req, res) => {
    hits++;
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
    res.end('<rss version="2.0"><channel><item><title>Marcha en Lima</title><link>/n/1</link></item></channel></rss>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe.concurrent('npx vigia parse', () => {
  it('prints one sanitized JSON item per line for a corpus file, with --header simulating the response', async () => {
    const file = CORPUS_DIR + 'feedparser/encoding/http_text_xml_charset_2.xml';
    const r = await vigiaParse([file, '--header', 'Content-Type: text/xml; charset=windows-1252', '--source', 'corpus']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const items = lines(r.stdout);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      source: 'corpus',
      title: 'Foo',
      link: 'http://purl.org/rss/2.0/?item',
      summary: 'This is a £“test.”',
      published: null,
    });
  });

  it('refuses a URL on a loopback address with exit 2 and a one-line reason', async () => {
    const r = await vigiaParse([url], { VIGIA_ALLOW_PRIVATE_SOURCES: undefined });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'vigia parse: refused: 127.0.0.1 is a loopback address (set VIGIA_ALLOW_PRIVATE_SOURCES=true or mark the source private)\n',
    );
  });

  it('fetches it when VIGIA_ALLOW_PRIVATE_SOURCES=true, resolving links against the URL', async () => {
    const before = hits;
    const r = await vigiaParse([url], { VIGIA_ALLOW_PRIVATE_SOURCES: 'true' });
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toMatchObject([{ source: '127.0.0.1', title: 'Marcha en Lima', link: url.replace('/feed.xml', '/n/1') }]);
    expect(hits).toBe(before + 1);
  });
});
