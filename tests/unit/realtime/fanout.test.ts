import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server, type Socket as ServerSocket } from 'socket.io';
import { io as connectClient } from 'socket.io-client';
import { expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { emitFrames, textFrame } from '../../../lib/realtime/fanout';

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

it('emitFrames writes to WebSocket clients directly and emits to long-polling ones, the same events either way', async () => {
  const http = createServer();
  const io = new Server(http, { serveClient: false });
  const emits = new Map<string, number>();
  io.on('connection', (socket: ServerSocket) => {
    socket.join('room');
    const emit = socket.emit.bind(socket);
    socket.emit = ((ev: string, ...args: unknown[]) => {
      emits.set(socket.conn.transport.name, (emits.get(socket.conn.transport.name) ?? 0) + 1);
      return emit(ev, ...args);
    }) as typeof socket.emit;
  });
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', () => r()));
  const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const clients = (['websocket', 'polling'] as const).map((t) => connectClient(base, { transports: [t], reconnection: false }));
  await Promise.all(clients.map((c) => new Promise((r) => c.once('connect', () => r(null)))));
  const got = clients.map((c) => {
    const events: unknown[][] = [];
    c.onAny((...args: unknown[]) => events.push(args));
    return events;
  });
  const packets: [string, unknown][] = [['incident', { id: '1-0', title: 'Paro en Ñuñoa 🙂' }], ['incident', { id: '2-0' }], ['stats', { n: 2 }]];
  emitFrames(io.sockets, 'room', packets);
  const deadline = Date.now() + 5_000;
  while (got.some((g) => g.length < packets.length) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  expect(got).toEqual([packets, packets]);
  expect(emits.get('websocket') ?? 0).toBe(0);
  expect(emits.get('polling')).toBe(packets.length);
  for (const c of clients) c.close();
  await new Promise<void>((r) => io.close(() => r()));
});
