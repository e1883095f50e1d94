/**
 * Independent random streams derived from one scenario seed, one per purpose and entity
 * (`arrivals/chat-in`, `service/chat-in`, `agent/chat-3`...). Each stream has its own generator, so
 * changing staffing does not change the arrival times, handle times or patience of any customer:
 * common random numbers across configurations, which makes comparisons between them much sharper.
 */
import { createRandom, type Random } from '../time/random.js';

/**
 * A 32-bit seed for the stream `label` of scenario seed `seed` (FNV-1a over the label, mixed with the
 * seed, then a murmur3 finaliser so that close labels give unrelated seeds).
 * @example deriveSeed(1, 'arrivals/chat'); // a fixed 32-bit integer
 */
export function deriveSeed(seed: number, label: string): number {
  let hash = 0x811c9dc5 ^ (seed | 0) ^ Math.floor(seed / 0x1_0000_0000);
  for (let i = 0; i < label.length; i++) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash | 0;
}

/**
 * The generator of one stream.
 * @example const arrivals = streamRandom(42, 'arrivals/chat-in'); arrivals.float();
 */
export function streamRandom(seed: number, label: string): Random {
  return createRandom(deriveSeed(seed, label));
}
