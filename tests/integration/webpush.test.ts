// The Web Push channel against a real local HTTP server standing in for the push service, and the subscription API.
import { createECDH, createPublicKey, randomBytes, verify } from 'node:crypto';
import type { Redis } from 'ioredis';
import webPush from 'web-push';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelContext } from '../../lib/alerts/channels';
import { PermanentError } from '../../lib/alerts/channels/base';
import { pushPayload, webpush } from '../../lib/alerts/channels/webpush';
import type { Notification } from '../../lib/alerts/types';
import { AlertStore } from '../../lib/store/alerts';
import { Receiver } from '../helpers/alerts';
import { freshRedis } from '../helpers/redis';
import { startRouteServer } from '../helpers/route-server';

const vapid = { ...webPush.generateVAPIDKeys(), subject: 'mailto:monitor@example.org' };
let redis: Redis;
let alerts: AlertStore;
let pushService: Receiver;
let web: Awaited<ReturnType<typeof startRouteServer>>;
let ctx: ChannelContext;

/** A browser's subscription: its P-256 public key and auth secret, with the push service's endpoint. */
function subscription(endpoint: string) {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return { endpoint, expirationTime: null, keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') } };
}

const notification: Notification = {
  key: 'deaths.0123456789abcdef0123456789abcdef',
  rule: 'deaths',
  severity: 'critical',
  group: 'deaths|PE-PUN',
  region: 'PE-PUN',
  regionName: 'Puno',
  kind: 'firing',
  at: new Date().toISOString(),
  firing: 1,
  alerts: [
    {
      id: 'deaths|inc_1',
      key: 'deaths|inc_1|1',
      change: 'new',
      incident: {
        id: 'inc_1', revision: 1, type: 'clash', status: 'ongoing', title: 'Dos muertos en Juliaca', country: 'PE', admin1: 'Puno',
        admin1Code: 'PE-PUN', admin2: 'San Román', admin3: 'Juliaca', place: 'Juliaca', killed: 2, injured: null, detained: null,
        outlets: 2, verification: 'corroborated', firstSeen: '', lastSeen: '', link: null, demo: false,
      },
    },
  ],
};

beforeAll(async () => {
  Object.assign(process.env, { VIGIA_VAPID_PUBLIC_KEY: vapid.publicKey, VIGIA_VAPID_PRIVATE_KEY: vapid.privateKey });
  redis = await freshRedis();
  alerts = new AlertStore(redis);
  pushService = await new Receiver().start();
  web = await startRouteServer();
  ctx = { timeoutMs: 2_000, alerts, smtp: { url: undefined, from: 'x' }, vapid };
});

afterAll(async () => {
  await web?.close();
  await pushService?.close();
  await redis?.quit();
});

describe('webpush channel', () => {
  it('posts to every subscription, VAPID-signed and aes128gcm-encrypted, with the notification key as topic', async () => {
    await alerts.addPushSubscription(subscription(`${pushService.url}/push/a`));
    await alerts.addPushSubscription(subscription(`${pushService.url}/push/b`));
    pushService.answer = () => 201;
    await webpush.send(notification, { type: 'webpush' }, ctx);
    expect(pushService.got.map((r) => r.path).sort()).toEqual(['/push/a', '/push/b']);
    for (const req of pushService.got) {
      const h = req.headers;
      expect(h['content-encoding']).toBe('aes128gcm');
      expect(h['content-type']).toBe('application/octet-stream');
      expect(h.topic).toBe('0123456789abcdef0123456789abcdef');
      expect(Number(h.ttl)).toBeGreaterThan(0);
      // the body is ciphertext: the payload's words are not in it
      expect(Number(h['content-length'])).toBeGreaterThan(JSON.stringify(pushPayload(notification)).length);
      expect(req.body).not.toContain('Juliaca');
      const m = /^vapid t=([\w-]+)\.([\w-]+)\.([\w-]+), k=([\w-]+)$/.exec(String(h.authorization));
      expect(m).not.toBeNull();
      const [, head, claims, sig, k] = m!;
      expect(k).toBe(vapid.publicKey);
      const c = JSON.parse(Buffer.from(claims!, 'base64url').toString()) as { aud: string; sub: string; exp: number };
      expect(c).toMatchObject({ aud: pushService.url, sub: vapid.subject });
      // the JWT is signed (ES256) by the VAPID key the header names
      const raw = Buffer.from(k!, 'base64url');
      const key = createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: raw.subarray(1, 33).toString('base64url'), y: raw.subarray(33).toString('base64url') }, format: 'jwk' });
      expect(verify('sha256', Buffer.from(`${head}.${claims}`), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(sig!, 'base64url'))).toBe(true);
    }
    expect(pushPayload(notification)).toMatchObject({ tag: notification.key, url: '/incidents/inc_1' });
  });

  it('drops a subscription the push service says is gone (410), retries a 500, gives up on a 400, refuses without VAPID', async () => {
    pushService.got.length = 0;
    pushService.answer = (r) => (r.path === '/push/a' ? 410 : 201);
    await webpush.send(notification, { type: 'webpush' }, ctx);
    expect((await alerts.listPushSubscriptions()).map((s) => s.endpoint)).toEqual([`${pushService.url}/push/b`]);

    pushService.answer = () => 500;
    const retry = await webpush.send(notification, { type: 'webpush' }, ctx).catch((e: Error) => e);
    expect(retry).toBeInstanceOf(Error);
    expect(retry).not.toBeInstanceOf(PermanentError);
    expect((retry as Error).message).toMatch(/1 of 1 subscriptions failed: HTTP 500/);

    pushService.answer = () => 400;
    await expect(webpush.send(notification, { type: 'webpush' }, ctx)).rejects.toBeInstanceOf(PermanentError);
    await expect(webpush.send(notification, { type: 'webpush' }, { ...ctx, vapid: null })).rejects.toThrow(/VAPID/);
  });
});

describe('POST /api/push/subscribe', () => {
  const call = (method: string, body: unknown) =>
    fetch(`${web.base}/api/push/subscribe`, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('gives the VAPID public key, stores a valid subscription once, refuses others naming the field, and unsubscribes', async () => {
    await redis.del('vigia:alerts:push-subscriptions');
    expect(await (await fetch(`${web.base}/api/push/subscribe`)).json()).toEqual({ vapidPublicKey: vapid.publicKey });
    const sub = subscription('https://fcm.googleapis.com/fcm/send/abc123');
    expect((await call('POST', sub)).status).toBe(201);
    expect((await call('POST', sub)).status).toBe(201);
    expect(await alerts.listPushSubscriptions()).toHaveLength(1);
    for (const endpoint of ['http://push.example.org/x', 'https://127.0.0.1/x', 'https://localhost/x', 'https://[::1]/x']) {
      const res = await call('POST', { ...sub, endpoint });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ field: 'endpoint' });
    }
    expect(await (await call('POST', { ...sub, keys: { auth: sub.keys.auth } })).json()).toMatchObject({ field: 'keys.p256dh' });
    expect((await call('DELETE', { endpoint: sub.endpoint })).status).toBe(204);
    expect((await call('DELETE', { endpoint: sub.endpoint })).status).toBe(404);
    expect(await alerts.listPushSubscriptions()).toEqual([]);
  });
});
