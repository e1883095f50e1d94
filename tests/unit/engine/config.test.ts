/**
 * Configuration validation (DESIGN.md section 2, "Bad configuration fails createEngine with every
 * problem listed"; STYLE.md errors, kind 3): every problem carries its path, the rule and the value.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, createEngine, type EngineConfigInput, VirtualClock } from '../../../src/index.js';

function problemsOf(config: unknown): { path: string; message: string }[] {
  try {
    createEngine({ clock: new VirtualClock(0), config: config as EngineConfigInput });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return [...(error as ConfigError).problems];
  }
  return expect.fail('expected createEngine to throw a ConfigError');
}

const sales = { id: 'sales', channels: ['chat'] };

describe('createEngine configuration validation', () => {
  it('accepts a valid configuration and logs it as queue.added and agent.added events', () => {
    const engine = createEngine({
      clock: new VirtualClock(0),
      config: { skills: ['en'], queues: [sales], agents: [{ id: 'ann', skills: { en: 5 }, memberships: [{ queueId: 'sales' }] }] },
    });
    expect(engine.events().map((e) => e.type)).toEqual(['engine.started', 'queue.added', 'agent.added']);
  });

  it.each<[string, unknown, string, string]>([
    ['an unknown skill in an agent', { skills: ['en'], agents: [{ id: 'ann', skills: { fr: 2 } }] }, 'agents[0].skills.fr', '(got "fr")'],
    ['an unknown skill in a queue', { skills: [], queues: [{ ...sales, skills: { fr: 2 } }] }, 'queues[0].skills.fr', '(got "fr")'],
    ['a membership of an unknown queue', { queues: [sales], agents: [{ id: 'ann', memberships: [{ queueId: 'nope' }] }] }, 'agents[0].memberships[0].queueId', '(got "nope")'],
    ['a duplicate membership', { queues: [sales], agents: [{ id: 'ann', memberships: [{ queueId: 'sales' }, { queueId: 'sales' }] }] }, 'agents[0].memberships[1].queueId', '(got "sales")'],
    ['a duplicate queue id', { queues: [sales, sales] }, 'queues[1].id', '(got "sales")'],
    ['a duplicate agent id', { agents: [{ id: 'ann' }, { id: 'ann' }] }, 'agents[1].id', '(got "ann")'],
    ['a duplicate skill id', { skills: ['en', 'en'] }, 'skills[1]', '(got "en")'],
    ['a negative cap', { agents: [{ id: 'ann', capacity: { chat: -1 } }] }, 'agents[0].capacity.chat', '(got -1)'],
    ['a fractional cap', { agents: [{ id: 'ann', capacity: { voice: 1.5 } }] }, 'agents[0].capacity.voice', '(got 1.5)'],
    ['a negative total cap', { agents: [{ id: 'ann', capacityTotalMax: -3 }] }, 'agents[0].capacityTotalMax', '(got -3)'],
    ['an infinite total cap', { agents: [{ id: 'ann', capacityTotalMax: Infinity }] }, 'agents[0].capacityTotalMax', '(got Infinity)'],
    ['an infinite offer timeout', { queues: [{ ...sales, offerTimeoutMs: Infinity }] }, 'queues[0].offerTimeoutMs', '(got Infinity)'],
    ['a NaN wrap-up', { queues: [{ ...sales, wrapUpMs: Number.NaN }] }, 'queues[0].wrapUpMs', '(got NaN)'],
    ['a negative re-offer cooldown', { queues: [{ ...sales, reofferCooldownMs: -1 }] }, 'queues[0].reofferCooldownMs', '(got -1)'],
    ['a zero offer timeout', { queues: [{ ...sales, offerTimeoutMs: 0 }] }, 'queues[0].offerTimeoutMs', '(got 0)'],
    ['a skill level above 10', { skills: ['en'], agents: [{ id: 'ann', skills: { en: 11 } }] }, 'agents[0].skills.en', '(got 11)'],
    ['a fractional membership priority', { queues: [sales], agents: [{ id: 'ann', memberships: [{ queueId: 'sales', priority: 0.5 }] }] }, 'agents[0].memberships[0].priority', '(got 0.5)'],
    ['an unknown channel', { queues: [{ id: 'sales', channels: ['fax'] }] }, 'queues[0].channels[0]', '(got "fax")'],
    ['an unknown strategy', { queues: [{ ...sales, strategy: 'fastest' }] }, 'queues[0].strategy', '(got "fastest")'],
    ['a zero missedOffersMax', { routing: { missedOffersMax: 0 } }, 'routing.missedOffersMax', '(got 0)'],
    ['an unknown phone-blocked channel', { routing: { phoneBlocks: ['fax'] } }, 'routing.phoneBlocks[0]', '(got "fax")'],
    ['an unknown field', { queues: [{ ...sales, timeout: 5 }] }, 'queues[0].timeout', '(got 5)'],
  ])('reports %s with its path and value', (_, config, path, value) => {
    const problems = problemsOf(config);
    const problem = problems.find((p) => p.path === path);
    expect(problem, `no problem at ${path} in ${JSON.stringify(problems)}`).toBeDefined();
    expect(problem?.message.startsWith(`${path} `)).toBe(true);
    expect(problem?.message.endsWith(value)).toBe(true);
  });

  it('lists every problem at once, in the thrown message too', () => {
    const config = {
      skills: ['en', 'en'],
      queues: [{ ...sales, offerTimeoutMs: Infinity, skills: { fr: 2 } }, sales],
      agents: [
        { id: 'ann', skills: { de: 3 }, capacity: { chat: -1, voice: 1.5 }, memberships: [{ queueId: 'nope' }] },
        { id: 'ann' },
      ],
      routing: { missedOffersMax: 0 },
    };
    const paths = problemsOf(config).map((p) => p.path);
    expect(paths.sort()).toEqual(
      [
        'skills[1]',
        'queues[0].offerTimeoutMs',
        'queues[0].skills.fr',
        'queues[1].id',
        'agents[0].skills.de',
        'agents[0].capacity.chat',
        'agents[0].capacity.voice',
        'agents[0].memberships[0].queueId',
        'agents[1].id',
        'routing.missedOffersMax',
      ].sort(),
    );
    expect(() => createEngine({ config: config as EngineConfigInput, clock: new VirtualClock(0) })).toThrow(
      /^switchboard\/config: 10 problems:\n {2}- /,
    );
  });

  it('rejects a configuration that is not an object', () => {
    expect(problemsOf(42)).toEqual([{ path: '(root)', message: '(root) must be an object (got 42)' }]);
  });
});
