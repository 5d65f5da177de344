// A generic webhook: the notification as JSON, signed with the rule's secret.
import type { ChannelConfig } from '../types';
import { postJson, signature, type Channel } from './base';

type Config = Extract<ChannelConfig, { type: 'webhook' }>;

export const webhook: Channel<Config> = {
  type: 'webhook',
  async send(n, cfg, ctx) {
    const body = JSON.stringify({ version: 1, ...n });
    const headers: Record<string, string> = { ...cfg.headers, 'x-vigia-delivery': n.key, 'x-vigia-event': 'alert' };
    if (cfg.secret) headers['x-vigia-signature'] = signature(body, cfg.secret);
    await postJson(cfg.url, body, headers, ctx);
  },
};
