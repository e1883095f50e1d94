/**
 * Engine bugs the oracle and the model-based test found (issue 7), each as the smallest input
 * sequence that shows it. `it.fails` marks a bug still open: its test starts passing (and must become
 * a plain `it`) once the engine is fixed; plain `it` cases are fixed bugs kept as regression tests.
 */
import { describe, expect, it } from 'vitest';
import type { EngineConfigInput } from '../../src/domain/config/engine.config.js';
import { ConfigError } from '../../src/domain/errors.js';
import { CheckedEngine } from '../support/harness/checked-engine.js';

describe('engine bugs found by the oracle (seed 1)', () => {
  /**
   * Overflow into a queue that does not serve the contact's channel (found by the model-based test;
   * fixed in d4ee161, kept as a regression test). The outbound contact moved from `out` into the
   * e-mail-only queue `mail`, where the contact trigger found nobody although `ann` was idle with a
   * free outbound unit (invariant 9), and the next agent trigger offered it to her from a queue that
   * does not serve outbound (invariant 4). Now the configuration is refused.
   */
  it('never moves a contact into a queue that does not serve its channel', () => {
    const config: EngineConfigInput = {
      queues: [
        { id: 'out', channels: ['outbound'], offerTimeoutMs: 2_000, waitMsMax: 5_000, onWaitMsMax: { action: 'queue', queueId: 'mail' } },
        { id: 'mail', channels: ['email'], offerTimeoutMs: 2_000 },
      ],
      agents: [{ id: 'ann', memberships: [{ queueId: 'mail' }] }],
    };
    let checked: CheckedEngine;
    try {
      checked = new CheckedEngine(config, 1);
    } catch (error) {
      if (error instanceof ConfigError) return; // fixed by refusing the configuration
      throw error;
    }
    const violations = [
      ...checked.dispatch({ type: 'agent.setStatus', agentId: 'ann', status: 'available' }).violations,
      ...checked.dispatch({ type: 'contact.create', queueId: 'out', channel: 'outbound' }).violations,
      ...checked.advanceTo(5_000).violations, // overflow to `mail`; nobody is offered it
      ...checked.dispatch({ type: 'agent.setCapacity', agentId: 'ann', capacity: {} }).violations, // ann is offered it
    ];
    const waitedInMail = checked.log.some((e) => e.type === 'contact.queued' && e.queueId === 'mail');
    const offeredFromMail = checked.log.some((e) => e.type === 'offer.created' && e.queueId === 'mail');
    expect({ waitedInMail, offeredFromMail }, violations.join('\n')).toEqual({ waitedInMail: false, offeredFromMail: false });
  });

  /**
   * A pending offer outlives its agent's membership, and a restored engine cannot take the next
   * snapshot. `agent.setMemberships` does not withdraw the agent's pending offers from the queues it
   * leaves; `restore-snapshot.ts` then rebuilds such an offer with `membership: undefined`, and the next
   * `engine.snapshot()` throws `TypeError: Cannot read properties of undefined (reading 'queue')` in
   * `take-snapshot.ts`. Expected: the snapshot works (and the offer is withdrawn, or kept consistently).
   */
  it('takes a snapshot after restoring an offer whose agent left the queue', () => {
    const checked = new CheckedEngine({ queues: [{ id: 'q', channels: ['chat'] }], agents: [{ id: 'ann', memberships: [{ queueId: 'q' }] }] }, 1);
    checked.dispatch({ type: 'agent.setStatus', agentId: 'ann', status: 'available' });
    checked.dispatch({ type: 'contact.create', queueId: 'q', channel: 'chat' }); // o-1 to ann
    checked.dispatch({ type: 'agent.setMemberships', agentId: 'ann', memberships: [] }); // o-1 stays pending
    checked.restart();
    expect(() => checked.engine.snapshot()).not.toThrow();
  });

  /**
   * Snapshot equivalence (invariant 14) breaks for wrap-up overrides changed during a contact. The
   * original engine completes with the wrap-up of the membership the contact was taken through (the
   * old membership object, 5000 ms); the restored one looks the membership up again and finds the new
   * override (1000 ms). Expected: the same `contact.completed` in both runs.
   */
  it('completes with the same wrap-up before and after a restart when the override changed', () => {
    const config: EngineConfigInput = { queues: [{ id: 'q', channels: ['voice'] }], agents: [{ id: 'ann', memberships: [{ queueId: 'q', wrapUpMs: 5_000 }] }] };
    const checked = new CheckedEngine(config, 1);
    checked.dispatch({ type: 'agent.setStatus', agentId: 'ann', status: 'available' });
    checked.dispatch({ type: 'contact.create', queueId: 'q', channel: 'voice' });
    checked.dispatch({ type: 'offer.accept', offerId: 'o-1' });
    checked.dispatch({ type: 'agent.setMemberships', agentId: 'ann', memberships: [{ queueId: 'q', wrapUpMs: 1_000 }] });
    checked.restart();
    expect(checked.dispatch({ type: 'contact.complete', contactId: 'c-1' }).violations).toEqual([]);
  });

  /**
   * The log shows an effect before its cause. `updateAgent` (agent-setup.ts) runs `setMemberships`,
   * whose no-agents sweep overflows the waiting contacts of a queue the agent left, and only then emits
   * `agent.updated`. Read in order, the log overflows contacts for `no_agents` while the queue still has
   * a logged-in member (invariant 11). Expected: `agent.updated` first, then the overflow.
   */
  it('logs agent.updated before the no-agents overflow it causes', () => {
    const config: EngineConfigInput = {
      queues: [{ id: 'help', channels: ['chat'], onNoAgents: { action: 'ticket' } }],
      agents: [{ id: 'bob', capacity: { chat: 0 }, memberships: [{ queueId: 'help' }] }],
    };
    const checked = new CheckedEngine(config, 1);
    checked.dispatch({ type: 'agent.setStatus', agentId: 'bob', status: 'break' }); // logged in, takes nothing
    checked.dispatch({ type: 'contact.create', queueId: 'help', channel: 'chat' }); // waits
    const outcome = checked.dispatch({ type: 'agent.setMemberships', agentId: 'bob', memberships: [] });
    expect(outcome.events.map((e) => e.type)).toEqual(['agent.updated', 'ticket.created']);
  });

  /**
   * Completing a call with a warm transfer pending leaves the transfer offer pending for a completed
   * contact (invariant 5); chats withdraw it when their session closes, other channels do not. The
   * target agent's unit stays held, and accepting the offer later throws
   * `InvariantError: engine/capacity: released a unit that was not held`. Expected: `contact.complete`
   * withdraws the pending transfer offer (`contact_ended`), as closing a chat does.
   */
  it('withdraws a pending warm transfer when the call is completed', () => {
    const config: EngineConfigInput = { queues: [{ id: 'q', channels: ['voice'] }], agents: [{ id: 'ann', memberships: [{ queueId: 'q' }] }, { id: 'bob', memberships: [{ queueId: 'q' }] }] };
    const checked = new CheckedEngine(config, 1);
    checked.dispatch({ type: 'agent.setStatus', agentId: 'ann', status: 'available' });
    checked.dispatch({ type: 'contact.create', queueId: 'q', channel: 'voice' }); // o-1 to ann
    checked.dispatch({ type: 'offer.accept', offerId: 'o-1' });
    checked.dispatch({ type: 'agent.setStatus', agentId: 'bob', status: 'available' });
    checked.dispatch({ type: 'contact.transfer', contactId: 'c-1', agentId: 'ann', toAgentId: 'bob', mode: 'warm' }); // o-2 to bob
    const outcome = checked.dispatch({ type: 'contact.complete', contactId: 'c-1' });
    expect(outcome.violations).toEqual([]);
    expect(() => checked.dispatch({ type: 'offer.accept', offerId: 'o-2' })).not.toThrow();
  });

  /**
   * A re-offer cooldown that ends while its contact is active is lost. `ann` rejects c-1 (cooldown
   * until 10 000), `bob` takes it, and the `cooldown.end` deadline, stale while c-1 is active, is
   * dropped from the heap (`dropStaleDeadlines`, and a snapshot leaves it out too). `bob` requeues c-1
   * at 5 000 with the cooldown still running; at 10 000 nothing raises c-1 again, so it waits while
   * `ann` is idle and eligible (invariant 9) until some other trigger. Expected: c-1 offered to `ann`
   * at 10 000 (D-006: "cooldown ended" is a contact trigger).
   */
  it('re-offers a requeued contact when a cooldown from before its assignment ends', () => {
    const config: EngineConfigInput = {
      queues: [{ id: 'q', channels: ['voice'], reofferCooldownMs: 10_000 }],
      agents: [{ id: 'ann', memberships: [{ queueId: 'q' }] }, { id: 'bob', memberships: [{ queueId: 'q' }] }],
    };
    const checked = new CheckedEngine(config, 1);
    checked.dispatch({ type: 'agent.setStatus', agentId: 'ann', status: 'available' });
    checked.dispatch({ type: 'contact.create', queueId: 'q', channel: 'voice' }); // o-1 to ann
    checked.dispatch({ type: 'offer.reject', offerId: 'o-1' }); // ann: cooldown until 10 000
    checked.dispatch({ type: 'agent.setStatus', agentId: 'bob', status: 'available' }); // o-2 to bob
    checked.dispatch({ type: 'offer.accept', offerId: 'o-2' });
    checked.advanceTo(5_000);
    checked.dispatch({ type: 'contact.requeue', contactId: 'c-1', agentId: 'bob' });
    const outcome = checked.advanceTo(10_000);
    expect(outcome.violations).toEqual([]);
    expect(outcome.events.some((e) => e.type === 'offer.created' && e.agentId === 'ann')).toBe(true);
  });
});
