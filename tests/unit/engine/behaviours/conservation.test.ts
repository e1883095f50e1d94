/**
 * DESIGN.md section 3, rule 11 (conservation): after a seeded, mixed scenario touching every policy
 * above (business hours with hold, reject and at-close ticket, overflow on wait, length and no agents,
 * leave-a-message, abandonment, callbacks, blending, relaxation, ageing, escalation), every contact
 * ever created is either live or has exactly one terminal event, and nothing happens to it after that.
 */
import { describe, expect, it } from 'vitest';
import type { Channel, Engine, EngineConfigInput } from '../../../../src/index.js';
import { agent, queue, TERMINAL_EVENTS, world } from './fixtures.js';
import { type SeededRandom, seededRandom } from '../../../support/seeded-random.js';

const MIN = 60_000;
const HALF_DAYS = { timeZone: 'UTC', weekly: (['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const).map((day) => ({ day, open: '06:00', close: '18:00' })) };

const CONFIG: EngineConfigInput = {
  skills: ['billing'],
  queues: [
    queue('sales', {
      waitMsMax: 4 * MIN,
      onWaitMsMax: { action: 'queue', queueId: 'spill' },
      lengthMax: 4,
      onLengthMax: { action: 'reject' },
      ageing: { everyMs: MIN, step: 1, priorityMax: 3 },
      escalationQueueId: 'billing',
    }),
    queue('billing', {
      channels: ['chat', 'email'],
      calendar: HALF_DAYS,
      afterHours: 'hold',
      atClose: 'ticket',
      relaxation: [
        { afterMs: 0, skills: { billing: 7 } },
        { afterMs: 2 * MIN, skills: {} },
      ],
      offerTimeoutMs: 30_000,
    }),
    queue('night', { calendar: HALF_DAYS, afterHours: 'reject', atClose: 'keep', waitMsMax: 10 * MIN, onWaitMsMax: { action: 'ticket' } }),
    queue('spill', { onNoAgents: { action: 'ticket' }, waitMsMax: 6 * MIN, onWaitMsMax: { action: 'ticket' } }),
    queue('cb', { channels: ['callback'], calendar: HALF_DAYS }),
    queue('dialer', { channels: ['outbound'] }),
  ],
  agents: [
    agent('a1', ['sales', 'billing'], { skills: { billing: 8 }, capacity: { chat: 2, email: 1 } }),
    agent('a2', ['sales', 'night', 'dialer'], { capacity: { chat: 1, outbound: 1 }, capacityTotalMax: 1 }),
    agent('a3', ['billing', 'cb'], { skills: { billing: 3 }, capacity: { chat: 1, email: 2, callback: 1 } }),
    agent('a4', ['spill', 'night']),
    agent('a5', ['dialer', 'cb'], { capacity: { outbound: 1, callback: 1 } }),
  ],
};

const ENTRY: readonly [string, Channel][] = [
  ['sales', 'chat'],
  ['sales', 'chat'],
  ['billing', 'chat'],
  ['billing', 'email'],
  ['night', 'chat'],
  ['spill', 'chat'],
  ['dialer', 'outbound'],
];
const AGENTS = ['a1', 'a2', 'a3', 'a4', 'a5'];
const PRESENCES = ['available', 'available', 'available', 'break', 'offline'] as const;
const EMAILS = ['ann@example.com', 'ANN@example.com ', 'bo@example.com', 'cy@example.com'];

/** Lifecycle events about a contact that may not follow its terminal event. */
const LIFECYCLE = new Set<string>([
  'contact.queued',
  'offer.created',
  'contact.assigned',
  'contact.overflowed',
  'contact.relaxed',
  'contact.aged',
  'contact.completed',
  'contact.transferred',
  'contact.requeued',
  ...TERMINAL_EVENTS,
]);

/** One random command (or a clock move) of the mixed workload. */
function step(engine: Engine, advance: (ms: number) => void, rnd: SeededRandom, live: () => string[]): void {
  const roll = rnd.int(0, 99);
  const contacts = live();
  const any = (status: string) => contacts.filter((id) => engine.contact(id)?.status === status);
  if (roll < 25) {
    const [queueId, channel] = rnd.pick(ENTRY);
    const customer = rnd.float() < 0.6 ? { email: rnd.pick(EMAILS) } : undefined;
    const message = channel === 'chat' && rnd.float() < 0.5 ? 'hello' : undefined;
    engine.contacts.create({ queueId, channel, ...(customer ? { customer } : {}), ...(message ? { message } : {}) });
  } else if (roll < 30) {
    engine.callbacks.request({ queueId: 'cb', phone: '+48 600 100 200', at: engine.now() + rnd.int(-MIN, 8 * 60 * MIN) });
  } else if (roll < 33) {
    const scheduled = any('scheduled');
    if (scheduled.length > 0) engine.callbacks.cancel(rnd.pick(scheduled));
  } else if (roll < 40) {
    const waiting = [...any('queued'), ...any('offered')];
    if (waiting.length > 0) engine.contacts.abandon(rnd.pick(waiting));
  } else if (roll < 45) {
    const waiting = [...any('queued'), ...any('offered')];
    if (waiting.length > 0) engine.contacts.leaveMessage(rnd.pick(waiting), 'call me');
  } else if (roll < 48) {
    const chats = [...any('queued'), ...any('active')];
    if (chats.length > 0) engine.contacts.sendMessage(rnd.pick(chats), 'more detail');
  } else if (roll < 60) {
    const offered = any('offered');
    if (offered.length > 0) {
      const offerId = engine.contact(rnd.pick(offered))!.offerId!;
      if (rnd.float() < 0.8) engine.offers.accept(offerId);
      else engine.offers.reject(offerId);
    }
  } else if (roll < 70) {
    const active = any('active');
    if (active.length > 0) {
      const id = rnd.pick(active);
      const holder = engine.contact(id)!.agentId!;
      const r = rnd.float();
      if (r < 0.8) engine.contacts.complete(id);
      else if (r < 0.9) engine.transfers.escalate(id, holder);
      else engine.transfers.requeue(id, holder);
    }
  } else if (roll < 80) {
    engine.agents.setStatus(rnd.pick(AGENTS), rnd.pick(PRESENCES));
  } else {
    advance(rnd.int(1, rnd.float() < 0.9 ? 2 * MIN : 3 * 60 * MIN));
  }
}

/** Every violation of rule 11 visible in the log and the live views. */
function conservationViolations(engine: Engine): string[] {
  const violations: string[] = [];
  const created = engine.events().filter((e) => e.type === 'contact.created').map((e) => (e as { contactId: string }).contactId);
  const byContact = new Map<string, string[]>(created.map((id) => [id, []]));
  for (const e of engine.events()) {
    const id = (e as { contactId?: string }).contactId;
    if (id !== undefined && LIFECYCLE.has(e.type)) byContact.get(id)?.push(e.type);
  }
  for (const id of created) {
    const types = byContact.get(id)!;
    const terminal = types.filter((t) => (TERMINAL_EVENTS as readonly string[]).includes(t));
    const live = engine.contact(id) !== undefined;
    if (live && terminal.length > 0) violations.push(`${id} is live but has ${terminal.join(', ')}`);
    if (!live && terminal.length !== 1) violations.push(`${id} has ended with ${terminal.length} terminal events (${terminal.join(', ')})`);
    if (terminal.length > 0 && !(TERMINAL_EVENTS as readonly string[]).includes(types[types.length - 1]!)) {
      violations.push(`${id} had ${types[types.length - 1]} after ${terminal[0]}`);
    }
  }
  return violations;
}

describe.each([1, 7, 2026, 31337])('conservation after a mixed scenario (seed %i)', (seed) => {
  it('leaves every created contact either live or with exactly one terminal event, and nothing after it', () => {
    const rnd = seededRandom(seed);
    const { engine, clock } = world(CONFIG, Date.UTC(2026, 0, 5, 5)); // Monday 05:00 UTC: an hour before opening
    const ids: string[] = [];
    engine.listen((e) => {
      if (e.type === 'contact.created') ids.push(e.contactId);
    });
    const live = () => ids.filter((id) => engine.contact(id) !== undefined);
    const advance = (ms: number) => clock.advanceTo(clock.now() + ms);
    for (let i = 0; i < 1_500; i++) {
      step(engine, advance, rnd, live);
      if (i % 250 === 0) expect(conservationViolations(engine), `seed ${seed}, step ${i}`).toEqual([]);
    }
    advance(2 * 24 * 60 * MIN); // let every timer fire: closings, limits, callbacks
    expect(conservationViolations(engine), `seed ${seed}`).toEqual([]);
    // The scenario must have reached the policies it is meant to exercise.
    const types = new Set(engine.events().map((e) => e.type));
    for (const t of ['ticket.created', 'contact.rejected', 'contact.abandoned', 'contact.overflowed', 'callback.cancelled', 'agent.wrapup.ended', 'queue.closed']) {
      expect(types.has(t as never), `seed ${seed}: no ${t}`).toBe(true);
    }
    expect(ids.length).toBeGreaterThan(200);
  });
});
