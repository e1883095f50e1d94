/**
 * DESIGN.md section 3, rule 3 (definitions in D-006): which eligible agent a newly routable contact
 * goes to, per queue strategy. Each test is arranged so the other strategies, or a plain tie-break by
 * id, would choose differently.
 */
import { describe, expect, it } from 'vitest';
import type { AgentConfigInput, Strategy } from '../../../src/index.js';
import {
  acceptContact,
  agent,
  arrive,
  available,
  holderOf,
  offeredAgents,
  ok,
  queue,
  setup,
} from './fixtures.js';

describe('rule 3: longest-idle (the default)', () => {
  it('offers the agent whose last routing activity is earliest', () => {
    const { engine, clock } = setup({ queues: [queue('sales')], agents: [agent('ann', ['sales']), agent('bob', ['sales'])] });
    available(engine, 'bob');
    clock.advanceTo(100);
    available(engine, 'ann');
    clock.advanceTo(200);
    const c1 = arrive(engine, { queueId: 'sales' });
    expect(holderOf(engine, c1)).toBe('bob');
  });

  it('counts an offer as routing activity, so multi-chat agents share the work', () => {
    const { engine, clock } = setup({
      queues: [queue('sales')],
      agents: [agent('ann', ['sales'], { capacity: { chat: 3 } }), agent('bob', ['sales'], { capacity: { chat: 3 } })],
    });
    available(engine, 'ann', 'bob');
    for (let t = 10; t <= 40; t += 10) {
      clock.advanceTo(t);
      arrive(engine, { queueId: 'sales' });
    }
    expect(offeredAgents(engine)).toEqual(['ann', 'bob', 'ann', 'bob']);
  });

  it('counts the end of a wrap-up as routing activity', () => {
    const { engine, clock } = setup({
      queues: [queue('sales', { wrapUpMs: 1_000 })],
      agents: [agent('ann', ['sales']), agent('bob', ['sales'])],
    });
    available(engine, 'ann');
    clock.advanceTo(200);
    const c1 = arrive(engine, { queueId: 'sales' });
    acceptContact(engine, c1);
    clock.advanceTo(300);
    ok(engine.contacts.complete(c1)); // wrap-up ends at 1300
    clock.advanceTo(500);
    available(engine, 'bob');
    clock.advanceTo(2_000);
    const c2 = arrive(engine, { queueId: 'sales' });
    expect(holderOf(engine, c2)).toBe('bob');
  });

  it('does not count a rejected offer as routing activity', () => {
    const { engine, clock } = setup({
      queues: [queue('sales', { reofferCooldownMs: 0 })],
      agents: [agent('ann', ['sales'], { capacity: { chat: 2 } }), agent('bob', ['sales'], { capacity: { chat: 2 } })],
    });
    available(engine, 'bob');
    clock.advanceTo(100);
    available(engine, 'ann');
    clock.advanceTo(200);
    const c1 = arrive(engine, { queueId: 'sales' }); // bob, idle since 0 -> 200
    clock.advanceTo(250);
    const c2 = arrive(engine, { queueId: 'sales' }); // ann, idle since 100 -> 250
    expect([holderOf(engine, c1), holderOf(engine, c2)]).toEqual(['bob', 'ann']);
    clock.advanceTo(300);
    ok(engine.offers.reject(engine.contact(c1)?.offerId as string));
    expect(holderOf(engine, c1)).toBe('bob'); // still idle since 200, before ann's 250
  });
});

describe('rule 3: least-occupied', () => {
  const config = (agents: AgentConfigInput[]) => ({ queues: [queue('sales', { strategy: 'least-occupied' as const })], agents });

  it('offers the agent using the smallest share of its capacity', () => {
    const { engine } = setup(
      config([agent('ann', ['sales'], { capacity: { chat: 2 } }), agent('bob', ['sales'], { capacity: { chat: 2 } })]),
    );
    available(engine, 'ann', 'bob');
    const held = arrive(engine, { queueId: 'sales', targetAgentId: 'ann' });
    acceptContact(engine, held);
    const c1 = arrive(engine, { queueId: 'sales' });
    expect(holderOf(engine, c1)).toBe('bob');
  });

  it('compares shares of capacity, not counts of contacts', () => {
    const { engine } = setup(
      config([agent('ann', ['sales'], { capacity: { chat: 8 } }), agent('bob', ['sales'], { capacity: { chat: 2 } })]),
    );
    available(engine, 'bob', 'ann');
    for (const target of ['ann', 'ann', 'bob']) acceptContact(engine, arrive(engine, { queueId: 'sales', targetAgentId: target }));
    // ann holds 2 of 8 (0.25), bob 1 of 2 (0.5)
    const c1 = arrive(engine, { queueId: 'sales' });
    expect(holderOf(engine, c1)).toBe('ann');
  });

  it('ignores how long agents have been idle', () => {
    const { engine, clock } = setup(
      config([agent('ann', ['sales'], { capacity: { chat: 4 } }), agent('bob', ['sales'], { capacity: { chat: 4 } })]),
    );
    available(engine, 'bob');
    clock.advanceTo(100);
    available(engine, 'ann');
    const c1 = arrive(engine, { queueId: 'sales' });
    expect(holderOf(engine, c1)).toBe('ann'); // both at 0 %: tie by id, although bob is longer idle
  });
});

describe('rule 3: round-robin', () => {
  it('rotates through the members by when each was last picked in the queue', () => {
    const { engine, clock } = setup({
      queues: [queue('sales', { strategy: 'round-robin' })],
      agents: ['ann', 'bob', 'cat'].map((id) => agent(id, ['sales'], { capacity: { chat: 5 } })),
    });
    available(engine, 'cat');
    clock.advanceTo(100);
    available(engine, 'bob', 'ann');
    for (let i = 0; i < 5; i++) arrive(engine, { queueId: 'sales' });
    expect(offeredAgents(engine)).toEqual(['ann', 'bob', 'cat', 'ann', 'bob']);
  });

  it('skips a member who cannot take the contact without losing its turn order', () => {
    const { engine } = setup({
      queues: [queue('sales', { strategy: 'round-robin' })],
      agents: ['ann', 'bob', 'cat'].map((id) => agent(id, ['sales'], { capacity: { chat: 5 } })),
    });
    available(engine, 'ann', 'bob', 'cat');
    arrive(engine, { queueId: 'sales' }); // ann
    ok(engine.agents.setStatus('bob', 'break'));
    arrive(engine, { queueId: 'sales' }); // cat
    available(engine, 'bob');
    arrive(engine, { queueId: 'sales' }); // bob: never picked yet
    arrive(engine, { queueId: 'sales' }); // ann
    expect(offeredAgents(engine)).toEqual(['ann', 'cat', 'bob', 'ann']);
  });
});

describe('rule 3: top-down', () => {
  it('offers the member with the highest membership priority, again and again while it has room', () => {
    const { engine, clock } = setup({
      queues: [queue('sales', { strategy: 'top-down' })],
      agents: [
        agent('ann', [{ queueId: 'sales', priority: 0 }], { capacity: { chat: 2 } }),
        agent('bob', [{ queueId: 'sales', priority: 5 }], { capacity: { chat: 2 } }),
        agent('cat', [{ queueId: 'sales', priority: 5 }], { capacity: { chat: 2 } }),
      ],
    });
    available(engine, 'ann');
    clock.advanceTo(100);
    available(engine, 'cat', 'bob');
    for (let i = 0; i < 5; i++) arrive(engine, { queueId: 'sales' });
    expect(offeredAgents(engine)).toEqual(['bob', 'bob', 'cat', 'cat', 'ann']);
  });
});

describe('rule 3: best-skill', () => {
  it('offers the agent with the highest sum of levels on the required skills', () => {
    const { engine, clock } = setup({
      skills: ['en', 'fr', 'de'],
      queues: [queue('sales', { strategy: 'best-skill' })],
      agents: [
        agent('ann', ['sales'], { skills: { en: 3, fr: 4, de: 10 } }), // 7 on the required skills
        agent('bob', ['sales'], { skills: { en: 4, fr: 4 } }), // 8
        agent('cat', ['sales'], { skills: { en: 10 } }), // lacks fr
      ],
    });
    available(engine, 'ann', 'cat');
    clock.advanceTo(100);
    available(engine, 'bob');
    const c1 = arrive(engine, { queueId: 'sales', skills: { en: 1, fr: 1 } });
    expect(holderOf(engine, c1)).toBe('bob');
  });

  it('falls back to the next-best agent when the best one is full', () => {
    const { engine } = setup({
      skills: ['en'],
      queues: [queue('sales', { strategy: 'best-skill' })],
      agents: [
        agent('ann', ['sales'], { skills: { en: 2 } }),
        agent('bob', ['sales'], { skills: { en: 9 } }),
        agent('cat', ['sales'], { skills: { en: 5 } }),
      ],
    });
    available(engine, 'ann', 'bob', 'cat');
    for (let i = 0; i < 3; i++) arrive(engine, { queueId: 'sales', skills: { en: 1 } });
    expect(offeredAgents(engine)).toEqual(['bob', 'cat', 'ann']);
  });
});

describe('rule 3: random (seeded)', () => {
  const randomConfig = () => ({
    skills: ['en'],
    queues: [queue('sales', { strategy: 'random' as const }), queue('other')],
    agents: [
      agent('ann', ['sales'], { skills: { en: 5 }, capacity: { chat: 100 } }),
      agent('bob', ['sales'], { skills: { en: 5 }, capacity: { chat: 100 } }), // on break
      agent('cat', ['sales'], { skills: { en: 2 }, capacity: { chat: 100 } }), // skills too low
      agent('dan', ['other'], { skills: { en: 5 }, capacity: { chat: 100 } }), // not a member
      agent('eve', ['sales'], { skills: { en: 5 }, capacity: { chat: 0 } }), // no chat capacity
      agent('fay', ['sales'], { skills: { en: 5 }, capacity: { chat: 100 } }),
      agent('gus', ['sales'], { skills: { en: 5 }, capacity: { chat: 100 } }),
    ],
  });

  function choices(seed: number, count: number): string[] {
    const { engine } = setup(randomConfig(), { seed });
    available(engine, 'ann', 'cat', 'dan', 'eve', 'fay', 'gus');
    ok(engine.agents.setStatus('bob', 'break'));
    for (let i = 0; i < count; i++) arrive(engine, { queueId: 'sales', skills: { en: 3 } });
    return offeredAgents(engine);
  }

  it('makes the same choices for the same seed', () => {
    expect(choices(7, 30)).toEqual(choices(7, 30));
  });

  it('chooses only eligible agents, and each of them at some point', () => {
    const picked = choices(3, 60);
    expect(picked).toHaveLength(60);
    expect(new Set(picked)).toEqual(new Set(['ann', 'fay', 'gus']));
  });

  it('makes different choices for different seeds', () => {
    const runs = new Set([1, 2, 3, 4, 5, 6].map((seed) => choices(seed, 12).join(',')));
    expect(runs.size).toBeGreaterThan(1);
  });
});

describe('rule 3: ties break by agent id', () => {
  const strategies: Strategy[] = ['longest-idle', 'least-occupied', 'round-robin', 'top-down', 'best-skill'];

  it.each(strategies)('offers the lower agent id when %s ties', (strategy) => {
    const { engine } = setup({
      skills: ['en'],
      queues: [queue('sales', { strategy })],
      // Configured, and made available, in reverse id order so that neither order decides.
      agents: [agent('zed', ['sales'], { skills: { en: 4 } }), agent('amy', ['sales'], { skills: { en: 4 } })],
    });
    available(engine, 'zed', 'amy');
    const c1 = arrive(engine, { queueId: 'sales', skills: { en: 1 } });
    expect(holderOf(engine, c1)).toBe('amy');
  });

  it('compares ids as strings, so "agent-10" comes before "agent-9"', () => {
    const { engine } = setup({ queues: [queue('sales')], agents: [agent('agent-9', ['sales']), agent('agent-10', ['sales'])] });
    available(engine, 'agent-9', 'agent-10');
    const c1 = arrive(engine, { queueId: 'sales' });
    expect(holderOf(engine, c1)).toBe('agent-10');
  });
});
