import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Server } from 'socket.io';
import type { AlertStore } from '../store/alerts';

const STREAM_ID = /^\d{1,16}-\d{1,16}$/;
const REPLAY_MAX = 200;

/**
 * Tails vigia:alerts and emits each entry as `alert` ({ id, notification }) to every client of this process. A client
 * that connects with `auth.alertsSince` first gets the alerts after it (at most 200, oldest first); live alerts reach it
 * from the moment it connects, so there is no gap, and it drops ids it already has.
 */
export function attachAlerts(io: Server, alerts: AlertStore, blocking: Redis, log: Logger): { close(): Promise<void> } {
  let closed = false;
  let position: string | null = null;

  const tail = async () => {
    while (!closed) {
      try {
        position ??= await alerts.lastAlertId();
        const msgs = await alerts.waitAlerts(blocking, position, 5_000);
        for (const m of msgs) io.local.emit('alert', m);
        if (msgs.length) position = msgs[msgs.length - 1]!.id;
      } catch (err) {
        if (closed) break;
        log.warn({ err: (err as Error).message }, 'alert stream tail interrupted; retrying');
        await new Promise((r) => setTimeout(r, 1_000));
      }
    }
  };
  void tail();

  io.on('connection', (socket) => {
    const since = (socket.handshake.auth as { alertsSince?: unknown } | undefined)?.alertsSince;
    if (typeof since !== 'string' || !STREAM_ID.test(since)) return;
    alerts
      .alertsAfter(since, REPLAY_MAX)
      .then((msgs) => msgs.forEach((m) => socket.emit('alert', m)))
      .catch((err: Error) => log.warn({ err: err.message }, 'alert replay failed'));
  });

  return {
    async close() {
      closed = true;
      blocking.disconnect();
    },
  };
}
