// A Discord webhook: markdown content (at most 2000 characters), no pings.
import type { ChannelConfig } from '../types';
import { describe, postJson, title, type Channel } from './base';

type Config = Extract<ChannelConfig, { type: 'discord' }>;

const MAX = 2000;

export const discord: Channel<Config> = {
  type: 'discord',
  async send(n, cfg, ctx) {
    const lines = n.alerts.map((a) => {
      const d = describe(a);
      return `• **${d.change}** ${d.where}: ${d.facts}\n  ${d.headline}${d.link ? ` <${d.link}>` : ''}`;
    });
    let content = `**${title(n)}**\n${lines.join('\n')}`;
    if (content.length > MAX) content = `${content.slice(0, MAX - 1)}…`;
    const body = JSON.stringify({ username: 'Vigía', content, allowed_mentions: { parse: [] } });
    await postJson(`${cfg.url}${cfg.url.includes('?') ? '&' : '?'}wait=true`, body, { 'x-vigia-delivery': n.key }, ctx);
  },
};
