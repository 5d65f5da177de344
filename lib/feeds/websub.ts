// WebSub (W3C) subscriber checks: the hub's verification of intent and the HMAC signature of delivered content.
import { createHmac } from 'node:crypto';
import { safeEqual } from '../auth/session';

/** `X-Hub-Signature: sha256=<hex>` (or sha1, sha384, sha512) over the raw body with the subscription's secret. */
export function validSignature(header: string | null, body: Buffer, secret: string): boolean {
  const m = /^(sha1|sha256|sha384|sha512)=([0-9a-f]+)$/i.exec(header?.trim() ?? '');
  if (!m || !secret) return false;
  const expected = createHmac(m[1]!.toLowerCase(), secret).update(body).digest('hex');
  return safeEqual(m[2]!.toLowerCase(), expected);
}

export interface Verification {
  mode: string;
  topic: string;
  challenge: string;
  leaseSeconds: number | null;
}

export function readVerification(params: URLSearchParams): Verification | null {
  const mode = params.get('hub.mode');
  const topic = params.get('hub.topic');
  if (!mode || !topic) return null;
  const lease = Number(params.get('hub.lease_seconds'));
  return { mode, topic, challenge: params.get('hub.challenge') ?? '', leaseSeconds: Number.isFinite(lease) && lease > 0 ? lease : null };
}
