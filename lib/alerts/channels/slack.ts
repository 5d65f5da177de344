// A Slack incoming webhook (or a compatible one: Mattermost, Rocket.Chat): mrkdwn text.
import type { ChannelConfig } from '../types';
import { describe, postJson, title, type Channel } from './base';

type Config = Extract<ChannelConfig, { type: 'slack' }>;

/** Slack's mrkdwn wants &, < and > escaped; links are <url|label>. */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const slack: Channel<Config> = {
  type: 'slack',
  async send(n, cfg, ctx) {
    const lines = n.alerts.map((a) => {
      const d = describe(a);
      const head = d.link ? `<${d.link}|${esc(d.headline)}>` : esc(d.headline);
      return `• *${d.change}* ${esc(d.where)}: ${esc(d.facts)}\n   ${head}`;
    });
    const body = JSON.stringify({ text: `*${esc(title(n))}*\n${lines.join('\n')}` });
    await postJson(cfg.url, body, { 'x-vigia-delivery': n.key }, ctx);
  },
};
