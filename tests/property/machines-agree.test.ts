/**
 * The engine checks lifecycle steps with tables derived from the xstate machines (D-005), and watches
 * records with on-demand actors. These properties show the fast path and the machines agree:
 * (1) for any sequence of events, the table's answer is xstate's `transition()`'s answer;
 * (2) replaying a real engine log through the contact machine gives every contact's final status, and
 *     an actor asked for mid-run follows its contact to the same state.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AnyStateMachine, initialTransition, transition } from 'xstate';
import { agentMachine } from '../../src/actors/agent.machine.js';
import { contactMachine } from '../../src/actors/contact.machine.js';
import { lifecycleOf } from '../../src/actors/lifecycle.js';
import { queueMachine } from '../../src/actors/queue.machine.js';
import { sessionMachine } from '../../src/actors/session.machine.js';
import { createEngine, type SwitchboardEvent, VirtualClock } from '../../src/index.js';
import { runWorkload, workloadConfig } from '../unit/engine/workload.js';

const SEED = Number(process.env.SWITCHBOARD_SEED ?? 20_261_123);

const MACHINES: readonly [string, AnyStateMachine, Record<string, unknown>, readonly string[]][] = [
  ['contact', contactMachine, { contactId: 'c' }, ['QUEUE', 'SCHEDULE', 'DUE', 'OFFER', 'OFFER_RETURNED', 'ACCEPT', 'ASSIGN', 'REQUEUE', 'COMPLETE', 'WRAPUP_END', 'ABANDON', 'TICKET', 'REJECT', 'CANCEL']],
  ['agent', agentMachine, { agentId: 'a' }, ['GO_OFFLINE', 'GO_AVAILABLE', 'GO_BREAK', 'MISS_LIMIT', 'REMOVE']],
  ['queue', queueMachine, { queueId: 'q' }, ['OPEN', 'CLOSE', 'REMOVE']],
  ['session', sessionMachine, { sessionId: 's' }, ['CLOSE', 'RATE', 'END']],
];

describe(`lifecycle tables agree with the machines (seed ${SEED})`, () => {
  for (const [name, machine, input, events] of MACHINES) {
    it(`gives the ${name} machine's next state for any sequence of events`, () => {
      const table = lifecycleOf<string, string>(machine);
      fc.assert(
        // Walks mostly along legal events (so deep states are reached), with an illegal one now and then.
        fc.property(fc.array(fc.nat(), { minLength: 5, maxLength: 60, size: 'max' }), (choices) => {
          let [snapshot] = initialTransition(machine, input);
          let state = String(snapshot.value);
          for (const choice of choices) {
            const legal = events.filter((type) => snapshot.can({ type } as never));
            const pool = choice % 5 === 0 || legal.length === 0 ? events : legal;
            const type = pool[choice % pool.length] as string;
            const [next] = transition(machine, snapshot, { type } as never);
            const expected = String(next.value);
            // The table says whether the step is legal; an illegal event leaves xstate where it was.
            expect(table.can(state, type) ? table.step(state, type) : state).toBe(expected);
            snapshot = next;
            state = expected;
          }
        }),
        { seed: SEED, numRuns: 300 },
      );
    });
  }
});

/** The contact-machine event an engine event means for a contact, if any. */
function lifecycleEventOf(event: SwitchboardEvent, offered: Set<string>): { contactId: string; type: string } | null {
  switch (event.type) {
    case 'contact.queued':
      return { contactId: event.contactId, type: event.cause === 'callback' ? 'DUE' : 'QUEUE' };
    case 'offer.created':
      if (event.trigger === 'transfer') return null;
      offered.add(event.offerId);
      return { contactId: event.contactId, type: 'OFFER' };
    case 'offer.accepted':
      return offered.has(event.offerId) ? { contactId: event.contactId, type: 'ACCEPT' } : null;
    case 'offer.rejected':
    case 'offer.expired':
      return offered.has(event.offerId) ? { contactId: event.contactId, type: 'OFFER_RETURNED' } : null;
    case 'offer.withdrawn':
      // A contact that ended takes its own step (abandon, ticket) from `offered`.
      return offered.has(event.offerId) && event.reason !== 'contact_ended' ? { contactId: event.contactId, type: 'OFFER_RETURNED' } : null;
    case 'contact.assigned':
      return event.offerId === null ? { contactId: event.contactId, type: 'ASSIGN' } : null;
    case 'contact.completed':
      return { contactId: event.contactId, type: 'COMPLETE' };
    case 'agent.wrapup.ended':
      return { contactId: event.contactId, type: 'WRAPUP_END' };
    case 'contact.abandoned':
      return { contactId: event.contactId, type: 'ABANDON' };
    case 'ticket.created':
      return { contactId: event.contactId, type: 'TICKET' };
    case 'contact.rejected':
      return { contactId: event.contactId, type: 'REJECT' };
    default:
      return null;
  }
}

describe(`the engine's contacts follow the contact machine (seed ${SEED})`, () => {
  it('replays every contact of a mixed run through the machine to its final status', () => {
    for (let run = 0; run < 4; run++) {
      const clock = new VirtualClock(0);
      const engine = createEngine({ clock, seed: SEED + run, config: workloadConfig(2_000) });
      const watched = new Map<string, ReturnType<typeof engine.actorOf>>();
      engine.listen((event) => {
        // Ask for an actor of every tenth contact once it waits: it must follow from then on.
        if (event.type === 'contact.queued' && Number(event.contactId.slice(2)) % 10 === 0 && !watched.has(event.contactId)) {
          watched.set(event.contactId, engine.actorOf(event.contactId));
        }
      });
      runWorkload(engine, (ms) => clock.advanceTo(ms), SEED + run, 400);
      const snapshots = new Map<string, ReturnType<typeof initialTransition>[0]>();
      const offered = new Set<string>();
      // A queued-again contact (offer returned, requeue) is queued in the machine already: REQUEUE only from active.
      for (const event of engine.events()) {
        const step = lifecycleEventOf(event, offered);
        if (step === null) continue;
        let snapshot = snapshots.get(step.contactId) ?? initialTransition(contactMachine, { contactId: step.contactId })[0];
        const type = step.type === 'QUEUE' && snapshot.value === 'active' ? 'REQUEUE' : step.type;
        if (step.type === 'QUEUE' && snapshot.value === 'queued') continue; // moved between queues (overflow)
        const [next] = transition(contactMachine, snapshot, { type } as never);
        expect(next.value, `${step.contactId}: ${type} from ${String(snapshot.value)} (seq ${event.seq})`).not.toBe(snapshot.value);
        snapshot = next;
        snapshots.set(step.contactId, snapshot);
      }
      expect(snapshots.size).toBeGreaterThan(20);
      for (const [contactId, snapshot] of snapshots) {
        const live = engine.contact(contactId);
        const expected = live?.status ?? null;
        if (expected !== null) expect(String(snapshot.value), contactId).toBe(expected);
        else expect(['completed', 'abandoned', 'ticketed', 'rejected', 'cancelled']).toContain(String(snapshot.value));
      }
      for (const [contactId, actor] of watched) {
        const state = String(actor?.getSnapshot().value);
        expect(state, `actor of ${contactId}`).toBe(String(snapshots.get(contactId)?.value));
      }
      expect(watched.size).toBeGreaterThan(0);
      engine.stop();
    }
  });
});
