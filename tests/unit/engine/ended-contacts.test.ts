/**
 * A late command on an ended contact is told how it ended, whether the engine made the contact's id
 * (`c-N`, remembered by number in a ring) or the caller chose it (remembered in a bounded map).
 */
import { describe, expect, it } from 'vitest';
import { isGeneratedFor } from '../../../src/engine/engine-state.js';
import { acceptContact, agent, arrive, available, ok, queue, rejected, setup } from './fixtures.js';

describe('remembering how contacts ended', () => {
  it('tells a late command how a contact ended, for generated and chosen ids alike', () => {
    const { engine } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales'])] });
    available(engine, 'ann');
    const made = arrive(engine, { queueId: 'sales' });
    const chosen = arrive(engine, { queueId: 'sales', contactId: 'c-2x' });
    for (const id of [made, chosen]) {
      acceptContact(engine, id);
      ok(engine.contacts.complete(id));
      expect(rejected(engine.contacts.complete(id), 'contact_not_active').message).toBe(`contact.complete: contact "${id}" has ended (completed)`);
    }
  });

  it('refuses a chosen contact id of the generated form, and takes ids that only look like it', () => {
    const { engine } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales'])] });
    const error = rejected(engine.contacts.create({ queueId: 'sales', channel: 'chat', contactId: 'c-7' }), 'invalid_command');
    expect(error.message).toContain('has the c-N form the engine generates');
    for (const id of ['c-07', 'c-7x', 'c-', 'd-7']) expect(arrive(engine, { queueId: 'sales', contactId: id })).toBe(id);
  });

  it('knows a generated id only in the exact form the engine writes', () => {
    expect(isGeneratedFor('c-1', 1)).toBe(true);
    expect(isGeneratedFor('c-120', 120)).toBe(true);
    expect(isGeneratedFor('c-10', 10)).toBe(true);
    expect(isGeneratedFor(`c-${Number.MAX_SAFE_INTEGER}`, Number.MAX_SAFE_INTEGER)).toBe(true);
    for (const [id, seq] of [
      ['c-12', 120],
      ['c-1', 10],
      ['c-10', 1],
      ['c-120', 12],
      ['c-012', 12],
      ['c-', 1],
      ['d-1', 1],
      ['c_1', 1],
      ['c-1x', 1],
      ['c-2x', 2],
      ['order-1', 1],
    ] as const) {
      expect(isGeneratedFor(id, seq), `${id} for seq ${seq}`).toBe(false);
    }
  });
});
