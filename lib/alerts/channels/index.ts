// Every channel, by type.
import type { ChannelConfig, ChannelType } from '../types';
import type { Channel, ChannelContext } from './base';
import { discord } from './discord';
import { email } from './email';
import { inapp } from './inapp';
import { slack } from './slack';
import { telegram } from './telegram';
import { webhook } from './webhook';
import { webpush } from './webpush';

export { PermanentError, type ChannelContext } from './base';

const CHANNELS: { [T in ChannelType]: Channel<Extract<ChannelConfig, { type: T }>> } = { inapp, webhook, slack, discord, email, telegram, webpush };

export function sendTo(cfg: ChannelConfig, n: Parameters<Channel['send']>[0], ctx: ChannelContext): Promise<void> {
  return (CHANNELS[cfg.type] as Channel).send(n, cfg, ctx);
}
