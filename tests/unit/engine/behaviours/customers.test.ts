/**
 * Customers (DESIGN.md section 1): a contact is linked to the customer who owns its e-mail (trimmed,
 * case-insensitive); an unknown e-mail creates a customer; a given customer id that does not own the
 * e-mail is reported as `customer.mismatch` and never resolved by overwriting or merging records.
 */
import { describe, expect, it } from 'vitest';
import { InMemoryCustomerDirectory } from '../../../../src/index.js';
import { accept, agent, arrive, available, eventsFor, eventsOf, ok, queue, world } from './fixtures.js';

function linkedCustomer(engine: ReturnType<typeof world>['engine'], contactId: string): string {
  const links = eventsOf(engine, 'customer.linked').filter((e) => e.contactId === contactId);
  expect(links).toHaveLength(1);
  return links[0]!.customerId;
}

describe('customers: matching by e-mail', () => {
  it('creates a customer for an unknown e-mail, with the address normalised', () => {
    const { engine } = world({ queues: [queue('a')] });
    const c1 = arrive(engine, { queueId: 'a', customer: { email: '  Ann.Smith@Example.COM ', name: 'Ann' } });
    const created = eventsOf(engine, 'customer.created');
    expect(created).toMatchObject([{ email: 'ann.smith@example.com', name: 'Ann' }]);
    expect(linkedCustomer(engine, c1)).toBe(created[0]!.customerId);
    expect(engine.contact(c1)?.customerId).toBe(created[0]!.customerId);
  });

  it('links a second contact to the same customer whatever the case and surrounding spaces of the e-mail', () => {
    const { engine } = world({ queues: [queue('a')] });
    const c1 = arrive(engine, { queueId: 'a', customer: { email: 'ann@example.com' } });
    const c2 = arrive(engine, { queueId: 'a', customer: { email: ' ANN@Example.com\t' } });
    const c3 = arrive(engine, { queueId: 'a', customer: { email: 'Ann@EXAMPLE.com' } });
    expect(eventsOf(engine, 'customer.created')).toHaveLength(1);
    const owner = linkedCustomer(engine, c1);
    expect([linkedCustomer(engine, c2), linkedCustomer(engine, c3)]).toEqual([owner, owner]);
  });

  it('keeps different addresses apart as different customers', () => {
    const { engine } = world({ queues: [queue('a')] });
    const c1 = arrive(engine, { queueId: 'a', customer: { email: 'ann@example.com' } });
    const c2 = arrive(engine, { queueId: 'a', customer: { email: 'ann@example.org' } });
    expect(linkedCustomer(engine, c1)).not.toBe(linkedCustomer(engine, c2));
  });

  it('matches a customer already known to a directory given to createEngine', () => {
    const customers = new InMemoryCustomerDirectory();
    customers.add({ id: 'crm-17', email: 'bo@example.com', name: 'Bo' });
    const { engine } = world({ queues: [queue('a')] }, 0, { customers });
    const c1 = arrive(engine, { queueId: 'a', customer: { email: 'BO@example.com' } });
    expect(linkedCustomer(engine, c1)).toBe('crm-17');
    expect(eventsOf(engine, 'customer.created')).toEqual([]);
    expect(customers.history('crm-17')).toEqual([c1]);
  });

  it('reports no mismatch when the given id is the owner of the e-mail', () => {
    const { engine } = world({ queues: [queue('a')] });
    arrive(engine, { queueId: 'a', customer: { id: 'cust-1', email: 'ann@example.com' } });
    const c2 = arrive(engine, { queueId: 'a', customer: { id: 'cust-1', email: 'Ann@Example.com' } });
    expect(eventsOf(engine, 'customer.mismatch')).toEqual([]);
    expect(linkedCustomer(engine, c2)).toBe('cust-1');
  });
});

describe('customers: a given id that does not own the e-mail', () => {
  it('emits customer.mismatch naming both customers and the address', () => {
    const { engine } = world({ queues: [queue('a')] });
    const c1 = arrive(engine, { queueId: 'a', customer: { id: 'cust-1', email: 'ann@example.com' } });
    arrive(engine, { queueId: 'a', customer: { id: 'cust-2', email: 'bob@example.com' } });
    const c3 = arrive(engine, { queueId: 'a', customer: { id: 'cust-2', email: ' ANN@example.com ' } });
    expect(eventsOf(engine, 'customer.mismatch')).toMatchObject([
      { contactId: c3, givenCustomerId: 'cust-2', emailCustomerId: 'cust-1', email: 'ann@example.com' },
    ]);
    expect(linkedCustomer(engine, c1)).toBe('cust-1');
    expect(linkedCustomer(engine, c3)).toBe('cust-2');
  });

  it('neither moves the e-mail to the given customer nor merges the two histories', () => {
    const { engine } = world({ queues: [queue('a')] });
    const c1 = arrive(engine, { queueId: 'a', customer: { id: 'cust-1', email: 'ann@example.com' } });
    const c2 = arrive(engine, { queueId: 'a', customer: { id: 'cust-2', email: 'ann@example.com' } });
    // The address still belongs to cust-1: a contact that gives only the e-mail goes to cust-1.
    const c3 = arrive(engine, { queueId: 'a', customer: { email: 'ann@example.com' } });
    expect(linkedCustomer(engine, c3)).toBe('cust-1');
    expect(engine.customerHistory('cust-1').map((h) => h.contactId)).toEqual([c1, c3]);
    expect(engine.customerHistory('cust-2').map((h) => h.contactId)).toEqual([c2]);
    // cust-2 was created without the address another customer owns.
    expect(eventsOf(engine, 'customer.created').find((e) => e.customerId === 'cust-2')).toMatchObject({ email: null });
  });

  it('still routes the contact and keeps the e-mail it gave for the reply', () => {
    const { engine } = world({ queues: [queue('a', { onNoAgents: { action: 'ticket' } })], agents: [agent('ann', ['a'])] });
    available(engine, 'ann');
    arrive(engine, { queueId: 'a', customer: { id: 'cust-1', email: 'ann@example.com' } });
    ok(engine.agents.setStatus('ann', 'offline'));
    const c2 = arrive(engine, { queueId: 'a', customer: { id: 'cust-2', email: 'ann@example.com' } });
    expect(eventsFor(engine, 'ticket.created', c2)).toMatchObject([{ customerId: 'cust-2', email: 'ann@example.com' }]);
  });
});

describe('customers: history', () => {
  it('lists a customer contacts oldest first with how each ended, live ones with a null outcome', () => {
    const { engine, clock } = world({ queues: [queue('a')], agents: [agent('ann', ['a'])] });
    const who = { email: 'kim@example.com' };
    const abandoned = arrive(engine, { queueId: 'a', customer: who });
    ok(engine.contacts.abandon(abandoned));
    clock.advanceTo(1_000);
    const ticketed = arrive(engine, { queueId: 'a', customer: who });
    ok(engine.contacts.leaveMessage(ticketed, 'call me'));
    clock.advanceTo(2_000);
    const completed = arrive(engine, { queueId: 'a', customer: who });
    available(engine, 'ann');
    accept(engine, completed);
    ok(engine.contacts.complete(completed));
    clock.advanceTo(3_000);
    const live = arrive(engine, { queueId: 'a', customer: who });
    arrive(engine, { queueId: 'a', customer: { email: 'someone-else@example.com' } });
    const customerId = linkedCustomer(engine, abandoned);
    expect(engine.customerHistory(customerId)).toEqual([
      { contactId: abandoned, createdAt: 0, queueId: 'a', channel: 'chat', outcome: 'abandoned' },
      { contactId: ticketed, createdAt: 1_000, queueId: 'a', channel: 'chat', outcome: 'ticketed' },
      { contactId: completed, createdAt: 2_000, queueId: 'a', channel: 'chat', outcome: 'completed' },
      { contactId: live, createdAt: 3_000, queueId: 'a', channel: 'chat', outcome: null },
    ]);
  });

  it('includes callbacks requested by the customer in the history', () => {
    const { engine } = world({ queues: [queue('cb', { channels: ['callback'] })] });
    const c1 = ok(engine.callbacks.request({ queueId: 'cb', phone: '+48 600 100 200', at: 60_000, customer: { email: 'kim@example.com' } }))
      .contactId as string;
    ok(engine.callbacks.cancel(c1));
    const customerId = linkedCustomer(engine, c1);
    expect(engine.customerHistory(customerId)).toMatchObject([{ contactId: c1, channel: 'callback', outcome: 'cancelled' }]);
  });
});
