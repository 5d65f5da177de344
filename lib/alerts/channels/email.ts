// Email over SMTP (nodemailer): plain text and HTML, one message per notification.
import nodemailer, { type Transporter } from 'nodemailer';
import type { ChannelConfig } from '../types';
import { html, PermanentError, text, title, type Channel } from './base';

type Config = Extract<ChannelConfig, { type: 'email' }>;

const transports = new Map<string, Transporter>();

function transport(url: string, timeoutMs: number): Transporter {
  let t = transports.get(url);
  if (!t) {
    t = nodemailer.createTransport({ url, connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: timeoutMs });
    transports.set(url, t);
  }
  return t;
}

export const email: Channel<Config> = {
  type: 'email',
  async send(n, cfg, ctx) {
    if (!ctx.smtp.url) throw new PermanentError('SMTP_URL is not set: email alerts need an SMTP server (e.g. smtp://user:pass@host:587)');
    await transport(ctx.smtp.url, ctx.timeoutMs).sendMail({
      from: ctx.smtp.from,
      to: cfg.to,
      subject: cfg.subject ? `${cfg.subject} ${title(n)}` : title(n),
      text: text(n),
      html: html(n),
      // Mail clients and archives can drop a redelivered copy by its Message-ID.
      messageId: `<${n.key}@vigia.alerts>`,
      headers: { 'X-Vigia-Delivery': n.key },
    });
  },
};
