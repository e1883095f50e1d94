/**
 * Reading the best agent of a ready set. `longest-idle` sets order slots by the `idleKeyMs` stored
 * when they were placed; an agent's real `idleSinceMs` only grows, so every stored key is at most the
 * real one. A head whose stored key is still its real key is therefore the true best: refresh stale
 * heads until the head is fresh. Each refresh is one sift, paid only where a decision looks.
 */
import type { AgentSlot } from './routed-agent.js';
import type { ReadySet } from './routed-queue.js';

/** The best slot of a ready set (fresh), or undefined when the set is empty. */
export function headOf(set: ReadySet): AgentSlot | undefined {
  if (set.upkeep !== 'lazy') return set.agents.peek();
  for (;;) {
    const head = set.agents.peek();
    if (head === undefined || refresh(set, head)) return head;
  }
}

/** The best slot for which `skip` is false (fresh), or undefined. */
export function firstOf(set: ReadySet, skip: (slot: AgentSlot) => boolean): AgentSlot | undefined {
  if (set.upkeep !== 'lazy') return set.agents.firstWhere(skip);
  for (;;) {
    const found = set.agents.firstWhere(skip);
    if (found === undefined || refresh(set, found)) return found;
  }
}

/** Whether the slot's stored key is current; if not, stores the real key and re-sorts the slot. */
function refresh(set: ReadySet, slot: AgentSlot): boolean {
  const real = slot.agent.idleSinceMs;
  if (slot.idleKeyMs === real) return true;
  slot.idleKeyMs = real;
  set.agents.update(slot);
  return false;
}
