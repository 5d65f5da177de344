// A Telegram bot message (Bot API sendMessage, HTML parse mode).
import type { ChannelConfig } from '../types';
import { describe, escapeHtml, postJson, title, type Channel } from './base';

type Config = Extract<ChannelConfig, { type: 'telegram' }>;

const MAX = 4096;

export const telegram: Channel<Config> = {
  type: 'telegram',
  async send(n, cfg, ctx) {
    const lines = n.alerts.map((a) => {
      const d = describe(a);
      const head = d.link ? `<a href="${escapeHtml(d.link)}">${escapeHtml(d.headline)}</a>` : escapeHtml(d.headline);
      return `• <b>${d.change}</b> ${escapeHtml(d.where)}: ${escapeHtml(d.facts)}\n${head}`;
    });
    let text = `<b>${escapeHtml(title(n))}</b>\n${lines.join('\n')}`;
    // Cut between alerts rather than inside a tag.
    while (text.length > MAX && lines.length > 1) {
      lines.pop();
      text = `<b>${escapeHtml(title(n))}</b>\n${lines.join('\n')}\n…`;
    }
    const body = JSON.stringify({ chat_id: cfg.chatId, text: text.slice(0, MAX), parse_mode: 'HTML', disable_web_page_preview: true });
    await postJson(`${cfg.apiUrl.replace(/\/$/, '')}/bot${cfg.token}/sendMessage`, body, {}, ctx);
  },
};
