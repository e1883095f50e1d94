/**
 * Channels: the kinds of customer work the engine routes.
 */

/** A kind of customer work. Capacity is counted per channel. */
export type Channel = 'chat' | 'voice' | 'email' | 'callback' | 'outbound';

/** Every channel, in a fixed order (used for indexes and stable output). */
export const CHANNELS: readonly Channel[] = ['chat', 'voice', 'email', 'callback', 'outbound'];

/** Channels whose contacts are inbound work (blending offers `outbound` only when none of these fit). */
export const INBOUND_CHANNELS: readonly Channel[] = ['chat', 'voice', 'email', 'callback'];

/** Whether a value is a channel name. */
export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}

/** The index of a channel in {@link CHANNELS}; used to keep per-channel counters in small arrays. */
export function channelIndex(channel: Channel): number {
  switch (channel) {
    case 'chat':
      return 0;
    case 'voice':
      return 1;
    case 'email':
      return 2;
    case 'callback':
      return 3;
    case 'outbound':
      return 4;
  }
}
