import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { textFrame } from '../../../lib/realtime/fanout';

it('textFrame writes frames a WebSocket client reads back, at every length encoding, several in one write', async () => {
  const texts = ['hola', 'Ñuñoa '.repeat(30), '🙂 Enfrentamientos en la plaza '.repeat(3_000), ''];
  expect(Buffer.byteLength(texts[1]!)).toBeGreaterThan(125);
  expect(Buffer.byteLength(texts[2]!)).toBeGreaterThanOrEqual(65_536);
  const http = createServer();
  const wss = new WebSocketServer({ noServer: true });
  http.on('upgrade', (req, socket, head) => wss.handleUpgrade(req, socket, head, () => socket.write(Buffer.concat(texts.map(textFrame)))));
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', () => r()));
  const ws = new WebSocket(`ws://127.0.0.1:${(http.address() as AddressInfo).port}`);
  const got: string[] = [];
  await new Promise<void>((resolve, reject) => {
    ws.on('error', reject);
    ws.on('message', (data, isBinary) => {
      expect(isBinary).toBe(false);
      got.push(String(data));
      if (got.length === texts.length) resolve();
    });
  });
  expect(got).toEqual(texts);
  ws.close();
  wss.close();
  http.close();
});
