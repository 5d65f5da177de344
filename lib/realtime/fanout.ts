import type { Namespace, Socket } from 'socket.io';

/** socket.io-parser's EVENT packet type. */
const EVENT = 2;
/** A packet as engine.io's WebSocket transport asks about it to tell whether it may write a pre-encoded frame. */
const PRE_ENCODED = { options: { wsPreEncodedFrame: true } };

/** An unmasked, final WebSocket text frame (RFC 6455, section 5.2) carrying `text`. */
export function textFrame(text: string): Buffer {
  const n = Buffer.byteLength(text);
  const head = n < 126 ? 2 : n < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(head + n);
  frame[0] = 0x81;
  if (n < 126) frame[1] = n;
  else if (n < 65_536) {
    frame[1] = 126;
    frame.writeUInt16BE(n, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(n), 2);
  }
  frame.write(text, head, 'utf8');
  return frame;
}

// The parts of engine.io's socket and WebSocket transport (and of the ws socket under it) that a direct write needs.
// engine.io writes pre-encoded broadcast frames the same way, through the ws sender's sendFrame.
// Optional throughout: should a later version lack one, the socket gets ordinary emits.
interface RawWs {
  readyState?: number;
  _sender?: { sendFrame?: (list: Buffer[]) => void };
}
interface EngineConn {
  readyState?: string;
  writeBuffer?: unknown[];
  transport?: { name?: string; socket?: RawWs; _canSendPreEncodedFrame?: (packet: unknown) => boolean };
}

/**
 * Emits `packets` ([event, data] each, in order) to one socket, or to every socket of this process in a room, like
 * `emit(event, data)` for each, but encodes them once into one buffer of WebSocket frames and hands each WebSocket
 * client that buffer in a single write. A socket with packets still waiting in engine.io (or on long-polling, or with
 * per-message deflate) gets ordinary emits, queued behind what it is waiting for, so each socket's order is kept.
 */
export function emitFrames(nsp: Namespace, to: Socket | string, packets: [event: string, data: unknown][]): void {
  const ids = typeof to === 'string' ? nsp.adapter.rooms.get(to) : [to.id];
  if (!ids || packets.length === 0) return;
  let wire: Buffer | undefined;
  for (const id of ids) {
    const socket = nsp.sockets.get(id);
    if (!socket) continue;
    const conn = socket.conn as unknown as EngineConn;
    const { transport } = conn;
    const sender = transport?.socket?._sender;
    if (
      conn.readyState === 'open' &&
      conn.writeBuffer?.length === 0 &&
      transport?.name === 'websocket' &&
      transport.socket?.readyState === 1 &&
      typeof sender?.sendFrame === 'function' &&
      transport._canSendPreEncodedFrame?.(PRE_ENCODED) === true
    ) {
      wire ??= Buffer.concat(
        packets.map(([event, data]) => textFrame(`4${nsp.server.encoder.encode({ type: EVENT, nsp: nsp.name, data: [event, data] })[0] as string}`)),
      );
      sender.sendFrame([wire]);
    } else {
      for (const [event, data] of packets) socket.emit(event, data);
    }
  }
}
