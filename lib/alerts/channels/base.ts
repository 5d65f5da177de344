// What every channel shares: the interface, the message templates, HTTP posting with a deadline, signing, and the
// rule for which failures are worth a retry (retries themselves are BullMQ's attempts and exponential backoff).
import { createHmac } from 'node:crypto';
import { UnrecoverableError } from 'bullmq';
import type { AlertStore } from '../../store/alerts';
import type { EventStatus, EventType } from '../../types';
import type { ChannelConfig, Notification, NotifiedAlert } from '../types';

export interface ChannelContext {
  timeoutMs: number;
  alerts: AlertStore;
  smtp: { url: string | undefined; from: string };
  /** VAPID keys for Web Push; null when not configured. */
  vapid: { publicKey: string; privateKey: string; subject: string } | null;
}

export interface Channel<C extends ChannelConfig = ChannelConfig> {
  type: C['type'];
  /** Sends one notification; throws on failure (a PermanentError when retrying cannot help). */
  send(n: Notification, cfg: C, ctx: ChannelContext): Promise<void>;
}

/** A failure that another attempt cannot fix (a 4xx other than 408/425/429, a missing setting): not retried. */
export class PermanentError extends UnrecoverableError {}

const TYPE_ES: Record<EventType, string> = {
  repression: 'Represión',
  clash: 'Enfrentamiento',
  riot: 'Disturbios',
  roadblock: 'Bloqueo',
  strike: 'Paro',
  demonstration: 'Movilización',
};
const STATUS_ES: Record<EventStatus, string> = { announced: 'anunciado', ongoing: 'en curso', ended: 'terminado' };
const CHANGE_ES: Record<NotifiedAlert['change'], string> = { new: 'NUEVO', updated: 'ACTUALIZADO', repeat: 'SIGUE' };

export function title(n: Notification): string {
  const what = n.kind === 'repeat' ? 'sigue activo' : n.alerts.every((a) => a.change === 'updated') ? 'actualización' : 'alerta';
  const count = n.alerts.length === 1 ? '1 incidente' : `${n.alerts.length} incidentes`;
  return `[Vigía ${n.severity}] ${n.rule} (${what}): ${count} en ${n.regionName}`;
}

function toll(a: NotifiedAlert): string {
  const i = a.incident;
  const parts = [
    i.killed ? `${i.killed} muerto${i.killed === 1 ? '' : 's'}` : '',
    i.injured ? `${i.injured} herido${i.injured === 1 ? '' : 's'}` : '',
    i.detained ? `${i.detained} detenido${i.detained === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  return parts.join(', ');
}

/** One alert as plain fields: what, where, toll, corroboration, headline and link. */
export function describe(a: NotifiedAlert) {
  const i = a.incident;
  const where = [i.place, i.admin3, i.admin2, i.admin1 ?? i.country].filter((x, k, xs) => x && xs.indexOf(x) === k).join(', ');
  const facts = [
    `${TYPE_ES[i.type]} ${STATUS_ES[i.status]}`,
    toll(a),
    `${i.outlets} medio${i.outlets === 1 ? '' : 's'}${i.verification === 'corroborated' ? ' (corroborado)' : ''}`,
    i.demo ? 'DEMO' : '',
  ].filter(Boolean);
  return { change: CHANGE_ES[a.change], where: where || '?', facts: facts.join(' · '), headline: i.title, link: i.link };
}

export function text(n: Notification): string {
  const lines = n.alerts.map((a) => {
    const d = describe(a);
    return `• ${d.change} — ${d.where}: ${d.facts}\n  ${d.headline}${d.link ? `\n  ${d.link}` : ''}`;
  });
  const more = n.firing > n.alerts.length ? `\n(${n.firing} incidentes activos en este grupo)` : '';
  return `${title(n)}\n\n${lines.join('\n')}${more}\n\nclave: ${n.key}`;
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]!);

export function html(n: Notification): string {
  const items = n.alerts.map((a) => {
    const d = describe(a);
    const head = d.link ? `<a href="${escapeHtml(d.link)}">${escapeHtml(d.headline)}</a>` : escapeHtml(d.headline);
    return `<li><strong>${d.change}</strong> — ${escapeHtml(d.where)}: ${escapeHtml(d.facts)}<br>${head}</li>`;
  });
  return `<h2>${escapeHtml(title(n))}</h2><ul>${items.join('')}</ul><p style="color:#666">clave: ${escapeHtml(n.key)}</p>`;
}

/** `sha256=<hex HMAC-SHA256 of the raw body>`, the X-Vigia-Signature header. */
export function signature(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

const RETRYABLE_4XX = new Set([408, 425, 429]);

/** POSTs a body with a deadline; a network failure throws, any HTTP answer is returned with its first 200 characters. */
export async function post(url: string, body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string>, ctx: ChannelContext): Promise<{ status: number; detail: string }> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'user-agent': 'Vigia-Alerts/1', ...headers },
      body,
      redirect: 'error',
      signal: AbortSignal.timeout(ctx.timeoutMs),
    });
  } catch (e) {
    const err = e as Error & { cause?: { code?: string } };
    throw new Error(err.name === 'TimeoutError' ? `no answer within ${ctx.timeoutMs} ms` : (err.cause?.code ?? err.message));
  }
  return { status: res.status, detail: (await res.text().catch(() => '')).slice(0, 200) };
}

/** Throws for an answer other than 2xx: permanently for a 4xx other than 408/425/429. */
export function failUnlessOk({ status, detail }: { status: number; detail: string }): void {
  if (status >= 200 && status < 300) return;
  const msg = `HTTP ${status}${detail ? `: ${detail}` : ''}`;
  if (status >= 400 && status < 500 && !RETRYABLE_4XX.has(status)) throw new PermanentError(msg);
  throw new Error(msg);
}

/** POSTs a raw JSON body; a 2xx is success, anything else throws (permanently for most 4xx). */
export async function postJson(url: string, body: string, headers: Record<string, string>, ctx: ChannelContext): Promise<void> {
  failUnlessOk(await post(url, body, { 'content-type': 'application/json', ...headers }, ctx));
}
