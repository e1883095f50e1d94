/**
 * The hostile-input catalogue for `createEngine`: bad configuration throws a `ConfigError` whose
 * problems name the field (nothing else is thrown, no prototype is touched); odd but legal input is
 * accepted and the engine routes. Engine options that are not configuration (seed, eventLogMax,
 * snapshot) are a table of their own: each throws a `ConfigError` naming the option.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, createEngine, type EngineConfigInput, VirtualClock } from '../../src/index.js';
import { expectNoPollution } from './guards.js';
import { deepObject, MEGABYTE, POLLUTERS } from './hostile-values.js';

/** A row: a configuration built fresh, and the path of the problem it must be reported at (or accepted). */
interface ConfigRow {
  readonly name: string;
  readonly config: () => unknown;
  /** The problem path (`queues[0].offerTimeoutMs`), or null when the configuration is acceptable. */
  readonly path: string | null;
}

const queue = (fields: Record<string, unknown> = {}) => ({ id: 'sales', channels: ['chat'], ...fields });
const agent = (fields: Record<string, unknown> = {}) => ({ id: 'ann', skills: { en: 2 }, memberships: [{ queueId: 'sales' }], ...fields });
const withQueue = (fields: Record<string, unknown>) => ({ skills: ['en'], queues: [queue(fields)] });
const withAgent = (fields: Record<string, unknown>) => ({ skills: ['en'], queues: [queue()], agents: [agent(fields)] });
const withRouting = (routing: unknown) => ({ routing });
const json = (text: string): unknown => JSON.parse(text);

const ROWS: readonly (readonly [string, readonly ConfigRow[]])[] = [
  [
    'the configuration itself',
    [
      { name: 'null (treated as no configuration)', config: () => null, path: null },
      { name: 'a number', config: () => 42, path: '(root)' },
      { name: 'a string', config: () => 'queues: sales', path: '(root)' },
      { name: 'a boolean', config: () => true, path: '(root)' },
      { name: 'an array', config: () => [queue()], path: '(root)' },
      { name: 'a symbol', config: () => Symbol('config'), path: '(root)' },
      { name: 'a function', config: () => () => ({}), path: '(root)' },
      { name: 'an own __proto__ key', config: () => ({ ...POLLUTERS.__proto__() }), path: '__proto__' },
      { name: 'an own constructor key', config: () => POLLUTERS.constructor(), path: 'constructor' },
      { name: 'an own prototype key', config: () => POLLUTERS.prototype(), path: 'prototype' },
      { name: 'an unknown key nested 10,000 deep', config: () => ({ extra: deepObject() }), path: 'extra' },
    ],
  ],
  [
    'skills',
    [
      { name: 'skills as a string', config: () => ({ skills: 'en' }), path: 'skills' },
      { name: 'a numeric skill', config: () => ({ skills: [5] }), path: 'skills[0]' },
      { name: 'skill "__proto__"', config: () => ({ skills: ['__proto__'] }), path: 'skills[0]' },
      { name: 'skill "constructor"', config: () => ({ skills: ['constructor'] }), path: 'skills[0]' },
      { name: 'a 1 MB skill', config: () => ({ skills: [MEGABYTE] }), path: 'skills[0]' },
      { name: 'a duplicate skill', config: () => ({ skills: ['en', 'en'] }), path: 'skills[1]' },
      { name: 'skill "prototype" (a legal id)', config: () => ({ skills: ['prototype'] }), path: null },
    ],
  ],
  [
    'queues',
    [
      { name: 'queues as a string', config: () => ({ queues: 'sales' }), path: 'queues' },
      { name: 'a null queue', config: () => ({ queues: [null] }), path: 'queues[0]' },
      { name: 'a queue that is an array', config: () => ({ queues: [[]] }), path: 'queues[0]' },
      { name: 'a queue that is a symbol', config: () => ({ queues: [Symbol('sales')] }), path: 'queues[0]' },
      { name: 'queue id "__proto__"', config: () => withQueue({ id: '__proto__' }), path: 'queues[0].id' },
      { name: 'queue id "constructor"', config: () => withQueue({ id: 'constructor' }), path: 'queues[0].id' },
      { name: 'queue id "toString"', config: () => withQueue({ id: 'toString' }), path: 'queues[0].id' },
      { name: 'a numeric queue id', config: () => withQueue({ id: 5 }), path: 'queues[0].id' },
      { name: 'a 1 MB queue id', config: () => withQueue({ id: MEGABYTE }), path: 'queues[0].id' },
      { name: 'duplicate queue ids', config: () => ({ queues: [queue(), queue()] }), path: 'queues[1].id' },
      { name: 'queue id "prototype" (a legal id)', config: () => withQueue({ id: 'prototype' }), path: null },
      { name: 'a queue with an own __proto__ key', config: () => ({ queues: [json('{"id":"sales","channels":["chat"],"__proto__":{"polluted":"yes"}}')] }), path: 'queues[0].__proto__' },
      { name: 'no channels', config: () => withQueue({ channels: [] }), path: 'queues[0].channels' },
      { name: 'an unknown channel', config: () => withQueue({ channels: ['fax'] }), path: 'queues[0].channels[0]' },
      { name: 'channels as a string', config: () => withQueue({ channels: 'chat' }), path: 'queues[0].channels' },
      { name: 'offerTimeoutMs NaN', config: () => withQueue({ offerTimeoutMs: NaN }), path: 'queues[0].offerTimeoutMs' },
      { name: 'offerTimeoutMs Infinity', config: () => withQueue({ offerTimeoutMs: Infinity }), path: 'queues[0].offerTimeoutMs' },
      { name: 'offerTimeoutMs -5', config: () => withQueue({ offerTimeoutMs: -5 }), path: 'queues[0].offerTimeoutMs' },
      { name: 'offerTimeoutMs 0', config: () => withQueue({ offerTimeoutMs: 0 }), path: 'queues[0].offerTimeoutMs' },
      { name: 'offerTimeoutMs "1000"', config: () => withQueue({ offerTimeoutMs: '1000' }), path: 'queues[0].offerTimeoutMs' },
      { name: 'wrapUpMs -1', config: () => withQueue({ wrapUpMs: -1 }), path: 'queues[0].wrapUpMs' },
      { name: 'wrapUpMs NaN', config: () => withQueue({ wrapUpMs: NaN }), path: 'queues[0].wrapUpMs' },
      { name: 'reofferCooldownMs -1', config: () => withQueue({ reofferCooldownMs: -1 }), path: 'queues[0].reofferCooldownMs' },
      { name: 'ratingWindowMs Infinity', config: () => withQueue({ ratingWindowMs: Infinity }), path: 'queues[0].ratingWindowMs' },
      { name: 'waitMsMax -1', config: () => withQueue({ waitMsMax: -1 }), path: 'queues[0].waitMsMax' },
      { name: 'waitMsMax 0', config: () => withQueue({ waitMsMax: 0 }), path: 'queues[0].waitMsMax' },
      { name: 'lengthMax -1', config: () => withQueue({ lengthMax: -1 }), path: 'queues[0].lengthMax' },
      { name: 'lengthMax 1.5', config: () => withQueue({ lengthMax: 1.5 }), path: 'queues[0].lengthMax' },
      { name: 'priority NaN', config: () => withQueue({ priority: NaN }), path: 'queues[0].priority' },
      { name: 'an ageing interval of 0 ms', config: () => withQueue({ ageing: { everyMs: 0, priorityMax: 5 } }), path: 'queues[0].ageing.everyMs' },
      { name: 'a relaxation step at -1 ms', config: () => withQueue({ relaxation: [{ afterMs: -1, skills: {} }] }), path: 'queues[0].relaxation[0].afterMs' },
      { name: 'an unknown strategy', config: () => withQueue({ strategy: 'fastest' }), path: 'queues[0].strategy' },
      { name: 'strategy "__proto__"', config: () => withQueue({ strategy: '__proto__' }), path: 'queues[0].strategy' },
      { name: 'a function strategy', config: () => withQueue({ strategy: () => 'random' }), path: 'queues[0].strategy' },
      { name: 'queue skills with __proto__', config: () => withQueue({ skills: json('{"__proto__":{"polluted":"yes"}}') }), path: 'queues[0].skills.__proto__' },
      { name: 'queue skills with constructor', config: () => withQueue({ skills: json('{"constructor":2}') }), path: 'queues[0].skills.constructor' },
      { name: 'queue skills as an array', config: () => withQueue({ skills: ['en'] }), path: 'queues[0].skills' },
      { name: 'a calendar as a string', config: () => withQueue({ calendar: 'always' }), path: 'queues[0].calendar' },
      { name: 'a calendar nested 10,000 deep', config: () => withQueue({ calendar: deepObject() }), path: 'queues[0].calendar.a' },
      { name: 'a 1 MB name', config: () => withQueue({ name: MEGABYTE }), path: 'queues[0].name' },
      { name: 'a 1 MB welcome message', config: () => withQueue({ welcomeMessage: MEGABYTE }), path: 'queues[0].welcomeMessage' },
      { name: 'an overflow to an unknown queue', config: () => withQueue({ waitMsMax: 1_000, onWaitMsMax: { action: 'queue', queueId: 'nowhere' } }), path: 'queues[0].onWaitMsMax.queueId' },
      { name: 'an overflow action "__proto__"', config: () => withQueue({ onWaitMsMax: { action: '__proto__' } }), path: 'queues[0].onWaitMsMax.action' },
      { name: 'an overflow onto itself', config: () => withQueue({ waitMsMax: 1_000, onWaitMsMax: { action: 'queue', queueId: 'sales' } }), path: 'queues[0].onWaitMsMax.queueId' },
      { name: 'a 1 MB canned answer', config: () => withQueue({ cannedAnswers: [{ id: 'hi', text: MEGABYTE }] }), path: 'queues[0].cannedAnswers[0].text' },
      { name: 'a javascript: URL', config: () => withQueue({ urls: [{ id: 'u', url: 'javascript:alert(1)' }] }), path: 'queues[0].urls[0].url' },
    ],
  ],
  [
    'agents',
    [
      { name: 'agents as an object', config: () => ({ agents: { ann: agent() } }), path: 'agents' },
      { name: 'an agent without an id', config: () => ({ agents: [{}] }), path: 'agents[0].id' },
      { name: 'agent id "__proto__"', config: () => withAgent({ id: '__proto__' }), path: 'agents[0].id' },
      { name: 'agent skills with __proto__', config: () => withAgent({ skills: json('{"__proto__":{"polluted":"yes"}}') }), path: 'agents[0].skills.__proto__' },
      { name: 'agent skills with constructor', config: () => withAgent({ skills: json('{"constructor":3}') }), path: 'agents[0].skills.constructor' },
      { name: 'agent skills with prototype (not declared)', config: () => withAgent({ skills: json('{"prototype":3}') }), path: 'agents[0].skills.prototype' },
      { name: 'a skill level NaN', config: () => withAgent({ skills: { en: NaN } }), path: 'agents[0].skills.en' },
      { name: 'a skill level Infinity', config: () => withAgent({ skills: { en: Infinity } }), path: 'agents[0].skills.en' },
      { name: 'an undeclared skill', config: () => withAgent({ skills: { klingon: 3 } }), path: 'agents[0].skills.klingon' },
      { name: 'a negative capacity', config: () => withAgent({ capacity: { chat: -1 } }), path: 'agents[0].capacity.chat' },
      { name: 'an infinite capacity', config: () => withAgent({ capacity: { chat: Infinity } }), path: 'agents[0].capacity.chat' },
      { name: 'a capacity for an unknown channel', config: () => withAgent({ capacity: { fax: 1 } }), path: 'agents[0].capacity.fax' },
      { name: 'a capacity with __proto__', config: () => withAgent({ capacity: json('{"__proto__":{"chat":5}}') }), path: 'agents[0].capacity.__proto__' },
      { name: 'capacityTotalMax NaN', config: () => withAgent({ capacityTotalMax: NaN }), path: 'agents[0].capacityTotalMax' },
      { name: 'memberships as a string', config: () => withAgent({ memberships: 'sales' }), path: 'agents[0].memberships' },
      { name: 'a membership of an unknown queue', config: () => withAgent({ memberships: [{ queueId: 'nowhere' }] }), path: 'agents[0].memberships[0].queueId' },
      { name: 'a membership priority of Infinity', config: () => withAgent({ memberships: [{ queueId: 'sales', priority: Infinity }] }), path: 'agents[0].memberships[0].priority' },
      { name: 'a negative membership wrap-up', config: () => withAgent({ memberships: [{ queueId: 'sales', wrapUpMs: -1 }] }), path: 'agents[0].memberships[0].wrapUpMs' },
      { name: 'a duplicate membership', config: () => withAgent({ memberships: [{ queueId: 'sales' }, { queueId: 'sales' }] }), path: 'agents[0].memberships[1].queueId' },
      { name: 'a membership with __proto__', config: () => withAgent({ memberships: [json('{"queueId":"sales","__proto__":{"polluted":"yes"}}')] }), path: 'agents[0].memberships[0].__proto__' },
      { name: 'a 1 MB agent name', config: () => withAgent({ name: MEGABYTE }), path: 'agents[0].name' },
    ],
  ],
  [
    'routing',
    [
      { name: 'routing as a string', config: () => withRouting('fast'), path: 'routing' },
      { name: 'missedOffersMax 0', config: () => withRouting({ missedOffersMax: 0 }), path: 'routing.missedOffersMax' },
      { name: 'missedOffersMax NaN', config: () => withRouting({ missedOffersMax: NaN }), path: 'routing.missedOffersMax' },
      { name: 'commandIdMemoryMax -1', config: () => withRouting({ commandIdMemoryMax: -1 }), path: 'routing.commandIdMemoryMax' },
      { name: 'commandIdMemoryMax Infinity', config: () => withRouting({ commandIdMemoryMax: Infinity }), path: 'routing.commandIdMemoryMax' },
      { name: 'an unknown phone-blocked channel', config: () => withRouting({ phoneBlocks: ['fax'] }), path: 'routing.phoneBlocks[0]' },
      { name: 'routing with __proto__', config: () => withRouting(POLLUTERS.__proto__()), path: 'routing.__proto__' },
    ],
  ],
];

describe.each(ROWS)('createEngine with a hostile configuration: %s', (_group, rows) => {
  it.each(rows.map((row) => [row.name, row] as const))('%s', (_name, row) => {
    let thrown: unknown = null;
    try {
      createEngine({ config: row.config() as EngineConfigInput, clock: new VirtualClock(0) }).stop();
    } catch (error) {
      thrown = error;
    }
    expectNoPollution();
    if (row.path === null) {
      expect(thrown).toBeNull();
      return;
    }
    expect(thrown, 'only a ConfigError may leave createEngine').toBeInstanceOf(ConfigError);
    const problems = (thrown as ConfigError).problems;
    expect(problems.map((p) => p.path)).toContain(row.path);
    for (const problem of problems) {
      expect(problem.message.startsWith(problem.path)).toBe(true);
      expect(problem.message.length, problem.message.slice(0, 200)).toBeLessThanOrEqual(1_000);
    }
    expect((thrown as ConfigError).message.length).toBeLessThanOrEqual(10_000);
  });
});

describe('createEngine with odd but legal names', () => {
  it('routes with a skill and a queue named "prototype"', () => {
    const engine = createEngine({
      config: {
        skills: ['prototype'],
        queues: [{ id: 'prototype', channels: ['chat'], skills: { prototype: 2 } }],
        agents: [{ id: 'hasOwnProperty2', skills: { prototype: 3 }, memberships: [{ queueId: 'prototype' }] }],
      },
      clock: new VirtualClock(0),
    });
    expect(engine.dispatch({ type: 'agent.setStatus', agentId: 'hasOwnProperty2', status: 'available' }).ok).toBe(true);
    const created = engine.dispatch({ type: 'contact.create', queueId: 'prototype', channel: 'chat', skills: { prototype: 3 } });
    expect(created).toMatchObject({ ok: true });
    expect(engine.contact((created as { contactId: string }).contactId)).toMatchObject({ status: 'offered', agentId: 'hasOwnProperty2' });
    expectNoPollution();
  });
});

/** Engine options that are not configuration: each throws a ConfigError that names the option. */
const OPTION_ROWS: readonly { name: string; options: () => Record<string, unknown>; names: string }[] = [
  { name: 'seed NaN', options: () => ({ seed: NaN }), names: 'seed' },
  { name: 'seed Infinity', options: () => ({ seed: Infinity }), names: 'seed' },
  { name: 'seed 1.5', options: () => ({ seed: 1.5 }), names: 'seed' },
  { name: 'seed "5"', options: () => ({ seed: '5' }), names: 'seed' },
  { name: 'eventLogMax 0', options: () => ({ eventLogMax: 0 }), names: 'eventLogMax' },
  { name: 'eventLogMax NaN', options: () => ({ eventLogMax: NaN }), names: 'eventLogMax' },
  { name: 'eventLogMax -1', options: () => ({ eventLogMax: -1 }), names: 'eventLogMax' },
  { name: 'a snapshot of another version', options: () => ({ snapshot: { version: 99 } }), names: 'version' },
];

describe('createEngine with hostile options that are not configuration', () => {
  it.each(OPTION_ROWS.map((row) => [row.name, row] as const))('%s: throws a ConfigError naming the option', (_name, row) => {
    expect(() => createEngine({ config: { queues: [queue()] }, clock: new VirtualClock(0), ...row.options() })).toThrow(ConfigError);
    expect(() => createEngine({ config: { queues: [queue()] }, clock: new VirtualClock(0), ...row.options() })).toThrow(row.names);
    expectNoPollution();
  });

  it('rejects a snapshot with missing fields with an error naming a field', () => {
    expect(() => createEngine({ snapshot: { version: 1 } as never, clock: new VirtualClock(0) })).toThrow(/snapshot\.\w+/);
  });
});
