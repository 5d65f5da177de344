// In the dashboard: the notification goes on the stream vigia:alerts, which every web process emits as `alert`.
import type { ChannelConfig } from '../types';
import type { Channel } from './base';

export const inapp: Channel<Extract<ChannelConfig, { type: 'inapp' }>> = {
  type: 'inapp',
  async send(n, _cfg, ctx) {
    await ctx.alerts.appendInApp(n);
  },
};
