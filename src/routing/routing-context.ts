/**
 * What a routing decision reads besides the records themselves.
 */
import type { Random } from '../time/random.js';
import type { ChannelFlags, RoutedAgent } from './routed-agent.js';
import type { WaitingTotal } from './routed-queue.js';
import type { SkillIndex } from './skill-index.js';

/** Shared inputs of every routing decision. */
export interface RoutingContext {
  readonly skills: SkillIndex;
  /** Channels on which `phoneBusy` blocks new offers. */
  readonly phoneBlocks: ChannelFlags;
  /** Engine time of the decision (for re-offer cooldowns). */
  nowMs: number;
  /** Seeded source for the `random` strategy. */
  readonly random: Random;
  /** Contacts waiting in all queues (the counter every queue shares). */
  readonly allWaiting: WaitingTotal;
  /** Finds an agent by id (for contacts targeted at one agent). */
  readonly agentById: (agentId: string) => RoutedAgent | undefined;
}
