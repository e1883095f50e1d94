/**
 * Tickets (DESIGN.md section 1), leaving a message (rule 8), abandonment, and escalation keeping the
 * conversation: a ticket carries the reason, everything written so far and the e-mail for the reply;
 * it reaches the ticket sink, and a sink that throws never stops routing.
 */
import { describe, expect, it } from 'vitest';
import { InMemoryTicketSink, type SwitchboardEvent, type Ticket, type TicketSink } from '../../../../src/index.js';
import {
  accept,
  agent,
  arrive,
  available,
  eventsFor,
  eventsOf,
  ok,
  queue,
  refused,
  statusOf,
  ticketsOf,
  world,
} from './fixtures.js';

describe('the in-memory ticket sink', () => {
  const ticket = (n: number): Ticket => ({ ticketId: `t-${n}` }) as unknown as Ticket;

  it('keeps the latest ticketsMax tickets, oldest first, whenever it is read', () => {
    const sink = new InMemoryTicketSink(10);
    const seen: string[][] = [];
    for (let n = 1; n <= 37; n++) {
      sink.submit(ticket(n));
      seen.push(sink.tickets.map((t) => t.ticketId));
    }
    for (const [i, ids] of seen.entries()) {
      const n = i + 1;
      expect(ids).toEqual(Array.from({ length: Math.min(n, 10) }, (_, k) => `t-${Math.max(1, n - 9) + k}`));
    }
  });

  it('keeps the bound when read only at the end', () => {
    const sink = new InMemoryTicketSink(1000);
    for (let n = 1; n <= 2500; n++) sink.submit(ticket(n));
    expect(sink.tickets.map((t) => t.ticketId)).toEqual(Array.from({ length: 1000 }, (_, k) => `t-${1501 + k}`));
  });
});

describe('tickets: what a ticket carries and where it goes', () => {
  it('emits ticket.created with the reason, the queue, the customer, the e-mail and the transcript', () => {
    const { engine, clock } = world({ queues: [queue('a', { waitMsMax: 60_000, onWaitMsMax: { action: 'ticket' } })] });
    const c1 = arrive(engine, { queueId: 'a', message: 'Order 42 never came', customer: { email: ' Zoe@Example.org ', name: 'Zoe' } });
    clock.advanceTo(10_000);
    ok(engine.contacts.sendMessage(c1, 'It was paid on Monday'));
    clock.advanceTo(60_000);
    const [ticket] = eventsFor(engine, 'ticket.created', c1);
    const customerId = engine.events().find((e) => e.type === 'customer.linked' && e.contactId === c1) as { customerId: string };
    expect(ticket).toMatchObject({
      ticketId: expect.any(String),
      contactId: c1,
      queueId: 'a',
      reason: 'wait_exceeded',
      customerId: customerId.customerId,
      email: 'zoe@example.org',
      at: 60_000,
      transcript: [
        { at: 0, from: 'customer', agentId: null, text: 'Order 42 never came' },
        { at: 10_000, from: 'customer', agentId: null, text: 'It was paid on Monday' },
      ],
    });
  });

  it('gives a ticket a null e-mail and an empty transcript when the customer gave neither', () => {
    const { engine } = world({ queues: [queue('a', { onNoAgents: { action: 'ticket' } })], agents: [agent('ann', ['a'])] });
    const c1 = arrive(engine, { queueId: 'a' });
    expect(eventsFor(engine, 'ticket.created', c1)).toMatchObject([{ email: null, customerId: null, transcript: [] }]);
  });

  it('hands every ticket to the in-memory ticket sink, with the event fields but not type or seq', () => {
    const { engine } = world({ queues: [queue('a', { onNoAgents: { action: 'ticket' } })], agents: [agent('ann', ['a'])] });
    const c1 = arrive(engine, { queueId: 'a', message: 'one' });
    const c2 = arrive(engine, { queueId: 'a', message: 'two' });
    const events = eventsOf(engine, 'ticket.created');
    expect(ticketsOf(engine).map((t) => t.contactId)).toEqual([c1, c2]);
    const { type: _type, seq: _seq, ...expected } = events[0]!;
    expect(ticketsOf(engine)[0]).toEqual(expected);
  });

  it('hands tickets to a custom ticketSink given to createEngine', () => {
    const received: Ticket[] = [];
    const sink: TicketSink = { submit: (ticket) => received.push(ticket) };
    const { engine } = world({ queues: [queue('a', { onNoAgents: { action: 'ticket' } })], agents: [agent('ann', ['a'])] }, 0, {
      ticketSink: sink,
    });
    const c1 = arrive(engine, { queueId: 'a', customer: { email: 'sam@example.com' } });
    expect(engine.ticketSink).toBe(sink);
    expect(received).toMatchObject([{ contactId: c1, reason: 'no_agents', email: 'sam@example.com', queueId: 'a' }]);
  });

  it('keeps routing when the ticket sink throws, and reports the error to onListenerError', () => {
    const errors: [unknown, SwitchboardEvent][] = [];
    const sink: TicketSink = {
      submit: () => {
        throw new Error('help desk is down');
      },
    };
    const { engine } = world(
      { queues: [queue('a', { lengthMax: 0, onLengthMax: { action: 'ticket' } })], agents: [agent('ann', ['a']), agent('bob', ['a'])] },
      0,
      { ticketSink: sink, onListenerError: (error, event) => errors.push([error, event]) },
    );
    ok(engine.agents.setStatus('ann', 'break'));
    const c1 = arrive(engine, { queueId: 'a' }); // blocked: a ticket, and the sink throws
    expect(statusOf(engine, c1)).toBe('ended');
    expect(errors).toHaveLength(1);
    expect((errors[0]![0] as Error).message).toBe('help desk is down');
    expect(errors[0]![1]).toMatchObject({ type: 'ticket.created', contactId: c1 });
    available(engine, 'bob');
    const c2 = arrive(engine, { queueId: 'a' });
    expect(eventsFor(engine, 'offer.created', c2)).toMatchObject([{ agentId: 'bob' }]);
    accept(engine, c2);
    expect(statusOf(engine, c2)).toBe('active');
  });
});

describe('when the ticket sink is told', () => {
  const ticketing = { queues: [queue('a', { onNoAgents: { action: 'ticket' } })], agents: [agent('ann', ['a'])] };

  it('tells the sink as each ticket.created is published, before the listeners see that event', () => {
    const told: string[] = [];
    const sink: TicketSink = { submit: (ticket) => told.push(`sink ${ticket.contactId}`) };
    const { engine } = world(ticketing, 0, { ticketSink: sink });
    engine.listen((event) => told.push(`${event.type} ${'contactId' in event ? event.contactId : ''}`));
    const c1 = arrive(engine, { queueId: 'a' });
    const c2 = arrive(engine, { queueId: 'a' });
    const [s1, s2] = [told.indexOf(`sink ${c1}`), told.indexOf(`sink ${c2}`)];
    expect(told[s1 + 1]).toBe(`ticket.created ${c1}`);
    expect(told[s2 + 1]).toBe(`ticket.created ${c2}`);
    // Told when published, after the step's earlier events: the contact's creation comes first.
    expect(told.indexOf(`contact.created ${c1}`)).toBeLessThan(s1);
    expect(told.filter((line) => line.startsWith('sink'))).toEqual([`sink ${c1}`, `sink ${c2}`]);
  });

  it('tells the sink in seq order when a listener or the sink itself makes tickets while being told', () => {
    const told: string[] = [];
    let world2: ReturnType<typeof world> | undefined;
    const sink: TicketSink = {
      submit: (ticket) => {
        told.push(ticket.contactId);
        // The sink's first ticket makes another, from inside the publication.
        if (told.length === 1) arrive(world2!.engine, { queueId: 'a' });
      },
    };
    world2 = world(ticketing, 0, { ticketSink: sink });
    const { engine } = world2;
    let made = 0;
    engine.listen((event) => {
      // A listener makes a ticket from inside the publication too, once.
      if (event.type === 'ticket.created' && made++ === 0) arrive(engine, { queueId: 'a' });
    });
    arrive(engine, { queueId: 'a' });
    const logged = eventsOf(engine, 'ticket.created').map((event) => event.contactId);
    expect(logged).toHaveLength(3);
    expect(told).toEqual(logged);
  });
});

describe('leave a message (rule 8)', () => {
  it('turns a queued contact into a left_message ticket with everything written so far, in order', () => {
    const { engine, clock } = world({ queues: [queue('a')] });
    const c1 = arrive(engine, { queueId: 'a', message: 'Hi', customer: { email: 'lee@example.com' } });
    clock.advanceTo(5_000);
    ok(engine.contacts.sendMessage(c1, 'Anyone there?'));
    clock.advanceTo(9_000);
    ok(engine.contacts.leaveMessage(c1, 'Please call me back tomorrow'));
    expect(statusOf(engine, c1)).toBe('ended');
    expect(engine.queue('a')?.waitingCount).toBe(0);
    expect(eventsFor(engine, 'ticket.created', c1)).toMatchObject([
      {
        reason: 'left_message',
        email: 'lee@example.com',
        at: 9_000,
        transcript: [
          { at: 0, text: 'Hi' },
          { at: 5_000, text: 'Anyone there?' },
          { at: 9_000, text: 'Please call me back tomorrow' },
        ],
      },
    ]);
  });

  it('lets a customer leave a message without text: the ticket carries what was written before', () => {
    const { engine } = world({ queues: [queue('a')] });
    const c1 = arrive(engine, { queueId: 'a', message: 'Refund please' });
    ok(engine.contacts.leaveMessage(c1));
    expect(eventsFor(engine, 'ticket.created', c1)).toMatchObject([{ reason: 'left_message', transcript: [{ text: 'Refund please' }] }]);
  });

  it('lets a customer leave a message while being offered: the offer is withdrawn and the agent freed for the next contact', () => {
    const { engine } = world({ queues: [queue('a')], agents: [agent('ann', ['a'])] });
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'a', message: 'first' });
    const c2 = arrive(engine, { queueId: 'a' });
    expect(statusOf(engine, c1)).toBe('offered');
    ok(engine.contacts.leaveMessage(c1, 'never mind, e-mail me'));
    expect(eventsFor(engine, 'offer.withdrawn', c1)).toMatchObject([{ agentId: 'ann', reason: 'contact_ended' }]);
    expect(eventsFor(engine, 'ticket.created', c1)).toMatchObject([
      { reason: 'left_message', transcript: [{ text: 'first' }, { text: 'never mind, e-mail me' }] },
    ]);
    expect(eventsFor(engine, 'offer.created', c2)).toMatchObject([{ agentId: 'ann' }]);
  });

  it('refuses leaving a message once an agent has taken the contact', () => {
    const { engine } = world({ queues: [queue('a')], agents: [agent('ann', ['a'])] });
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'a' });
    accept(engine, c1);
    refused(engine.contacts.leaveMessage(c1, 'too late'), 'contact_not_waiting');
    expect(eventsOf(engine, 'ticket.created')).toEqual([]);
  });
});

describe('abandonment', () => {
  it('ends a waiting contact as abandoned with its waiting time', () => {
    const { engine, clock } = world({ queues: [queue('a')] });
    clock.advanceTo(1_000);
    const c1 = arrive(engine, { queueId: 'a' });
    clock.advanceTo(26_000);
    ok(engine.contacts.abandon(c1));
    expect(eventsFor(engine, 'contact.abandoned', c1)).toMatchObject([{ queueId: 'a', waitMs: 25_000, at: 26_000 }]);
    expect(statusOf(engine, c1)).toBe('ended');
    expect(engine.queue('a')?.waitingCount).toBe(0);
  });

  it('ends an offered contact as abandoned and withdraws its offer', () => {
    const { engine, clock } = world({ queues: [queue('a')], agents: [agent('ann', ['a'])] });
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'a' });
    clock.advanceTo(3_000);
    ok(engine.contacts.abandon(c1));
    expect(eventsFor(engine, 'offer.withdrawn', c1)).toMatchObject([{ reason: 'contact_ended' }]);
    expect(eventsFor(engine, 'contact.abandoned', c1)).toMatchObject([{ waitMs: 3_000 }]);
    expect(engine.agent('ann')?.usedTotal).toBe(0);
  });

  it('counts the waiting time of an abandoned contact from its first queue after an overflow', () => {
    const { engine, clock } = world({ queues: [queue('a', { waitMsMax: 10_000, onWaitMsMax: { action: 'queue', queueId: 'b' } }), queue('b')] });
    const c1 = arrive(engine, { queueId: 'a' });
    clock.advanceTo(25_000);
    ok(engine.contacts.abandon(c1));
    expect(eventsFor(engine, 'contact.abandoned', c1)).toMatchObject([{ queueId: 'b', waitMs: 25_000 }]);
  });
});

describe('escalation keeps the conversation', () => {
  function chatThenEscalate(tier2Available: boolean) {
    const w = world({
      queues: [
        queue('tier1', { escalationQueueId: 'tier2', welcomeMessage: 'Hello from tier 1' }),
        queue('tier2', { onNoAgents: { action: 'ticket' } }),
      ],
      agents: [agent('ann', ['tier1']), agent('bob', ['tier2'])],
    });
    const { engine, clock } = w;
    available(engine, 'ann');
    if (tier2Available) available(engine, 'bob');
    const c1 = arrive(engine, { queueId: 'tier1', message: 'My invoice is wrong', customer: { email: 'kim@example.com' } });
    clock.advanceTo(1_000);
    accept(engine, c1);
    const sessionId = engine.contact(c1)!.sessionId!;
    clock.advanceTo(2_000);
    ok(engine.sessions.sendMessage(sessionId, 'ann', 'Which invoice number?'));
    clock.advanceTo(3_000);
    ok(engine.contacts.sendMessage(c1, 'INV-7'));
    if (tier2Available) ok(engine.sessions.consult(sessionId, 'ann', 'bob', 'internal: refund case'));
    clock.advanceTo(4_000);
    ok(engine.transfers.escalate(c1, 'ann'));
    return { ...w, c1, sessionId };
  }

  it('puts the whole conversation into the ticket when an escalated chat becomes a ticket', () => {
    const { engine, c1 } = chatThenEscalate(false);
    expect(eventsFor(engine, 'contact.transferred', c1)).toMatchObject([{ reason: 'escalation', toQueueId: 'tier2' }]);
    const [ticket] = eventsFor(engine, 'ticket.created', c1);
    expect(ticket).toMatchObject({ reason: 'no_agents', queueId: 'tier2', email: 'kim@example.com' });
    expect(ticket!.transcript.map((l) => [l.from, l.text])).toEqual([
      ['customer', 'My invoice is wrong'],
      ['system', 'Hello from tier 1'],
      ['agent', 'Which invoice number?'],
      ['customer', 'INV-7'],
    ]);
  });

  it('gives the next agent the same session with every message written before the escalation', () => {
    const { engine, c1, sessionId, clock } = chatThenEscalate(true);
    expect(eventsFor(engine, 'offer.created', c1).map((e) => e.agentId)).toEqual(['ann', 'bob']);
    clock.advanceTo(5_000);
    accept(engine, c1);
    expect(engine.contact(c1)).toMatchObject({ agentId: 'bob', queueId: 'tier2', sessionId });
    expect(eventsOf(engine, 'session.joined')).toMatchObject([{ sessionId, agentId: 'bob', role: 'owner' }]);
    const customerVisible = engine.transcript(sessionId).filter((m) => !m.internal);
    expect(customerVisible.map((m) => m.text)).toEqual(['My invoice is wrong', 'Hello from tier 1', 'Which invoice number?', 'INV-7']);
  });
});
