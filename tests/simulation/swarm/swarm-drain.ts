/**
 * Phase two of a swarm run (liveness, after TigerBeetle's VOPR): the faults stop, every agent is
 * logged in, made available, given capacity on every channel, every declared skill at the top level
 * and membership in every queue, so every waiting contact has someone who could take it. Agents then
 * accept every offer, complete contacts they have held for a round, and come back when the engine
 * set them not_responding. Within `DRAIN_BOUND_MS` of
 * simulated time every contact must have ended or be active with an agent (wrap-up included). The
 * oracle keeps checking every step, work conservation included.
 */
import type { Command } from '../../../src/domain/commands/command.js';
import type { SwarmDriver } from './swarm-driver.js';

/** Simulated time the drain may take: long enough for any generated calendar to open again. */
export const DRAIN_BOUND_MS = 8 * 24 * 3_600_000;
/** A round's clock step while there is work in hand: shorter than any offer timeout (1 s at least), so drain agents miss no offer. */
const ROUND_MS = 500;
/** Statuses a drained contact may be in. */
const SETTLED = new Set(['active', 'wrap_up']);

/** What the drain found. */
export interface DrainOutcome {
  readonly drainMs: number;
  readonly rounds: number;
}

/** Runs phase two on a driver whose phase one passed; violations go to `driver.violations`. */
export function drain(driver: SwarmDriver): DrainOutcome {
  const checked = driver.checked;
  driver.record('drain: faults stop, every agent logged in with capacity');
  // The clock is right again: a clock set back catches up with engine time.
  if (checked.nowMs < checked.engine.now()) driver.advanceTo(checked.engine.now());
  const startMs = checked.nowMs;
  staff(driver);
  let rounds = 0;
  let heldBefore = new Set<string>();
  while (!driver.failed) {
    const waiting = checked.oracle.unfinished().filter((c) => !SETTLED.has(c.status));
    if (waiting.length === 0) break;
    if (checked.nowMs - startMs > DRAIN_BOUND_MS) {
      driver.violations.push(stuckReport(driver, waiting.map((c) => c.id), `after ${DRAIN_BOUND_MS / 3_600_000} simulated hours of drain`));
      break;
    }
    rounds++;
    const ctx = driver.context();
    for (const agentId of driver.book.agentIds()) {
      if (ctx.engine.agent(agentId)?.presence !== 'available' && !driver.failed) driver.send({ type: 'agent.setStatus', agentId, status: 'available' });
    }
    for (const offerId of ctx.offers) if (!driver.failed) driver.send({ type: 'offer.accept', offerId });
    const active = ctx.byStatus.get('active') ?? [];
    for (const contactId of active) if (heldBefore.has(contactId) && !driver.failed) driver.send({ type: 'contact.complete', contactId });
    heldBefore = new Set(active);
    // With offers or contacts in hand, agents act again next round; otherwise only a deadline can help.
    const inHand = ctx.offers.length > 0 || active.length > 0;
    const next = checked.nextTimerAt();
    if (!inHand && next === null) {
      driver.violations.push(stuckReport(driver, waiting.map((c) => c.id), 'with nothing in hand and no deadline left'));
      break;
    }
    driver.advanceTo(inHand || next === null ? checked.nowMs + ROUND_MS : Math.max(next, checked.nowMs + 1));
  }
  return { drainMs: checked.nowMs - startMs, rounds };
}

/** Logs every agent in with room for work in every queue; adds an agent when none is left. */
function staff(driver: SwarmDriver): void {
  const { book, params } = driver;
  if (book.agents.size === 0) driver.send({ type: 'agent.add', agent: { id: book.newAgentId() } });
  const skills = Object.fromEntries(params.skills.map((s) => [s, 10]));
  const capacity = { chat: 3, voice: 1, email: 2, callback: 1, outbound: 1 };
  for (const [agentId, agent] of [...book.agents]) {
    const priorities = new Map((agent.memberships ?? []).map((m) => [m.queueId, m.priority ?? 0]));
    const memberships = book.queueIds().map((queueId) => ({ queueId, priority: priorities.get(queueId) ?? 0 }));
    const commands: Command[] = [
      { type: 'agent.update', agent: { id: agentId, skills, capacity, memberships } },
      { type: 'agent.setPhoneBusy', agentId, busy: false },
      { type: 'agent.setStatus', agentId, status: 'available' },
    ];
    for (const command of commands) if (!driver.failed) driver.send(command);
  }
}

/** Names the contacts that did not drain, and why nobody takes each. */
function stuckReport(driver: SwarmDriver, ids: readonly string[], when: string): string {
  const oracle = driver.checked.oracle;
  const agents = driver.book.agentIds();
  const lines = oracle.unfinished().filter((c) => ids.includes(c.id)).slice(0, 6).map((c) => {
    const asked = c.target === null ? agents.slice(0, 3) : [c.target];
    const reasons = asked.map((a) => `${a}: ${oracle.whyNot(c.id, a) ?? 'eligible'}`).join('; ');
    return `${c.id} ${c.status} in ${c.queueId} (open: ${oracle.isOpen(c.queueId)}, ${c.channel}, target ${c.target}, needs ${JSON.stringify(c.requirement)}) - ${reasons}`;
  });
  return `liveness: ${ids.length} contact(s) did not drain ${when} (clock ${driver.checked.nowMs}):\n    ${lines.join('\n    ')}`;
}
