/**
 * The scenario schema: defaults, every validation rule with the message it gives (path, rule, value),
 * cross-references, and the published JSON Schema in docs/scenario.schema.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/index.js';
import { DEFAULT_SCENARIO, parseScenario, scenarioJsonSchema, type ScenarioInput } from '../../src/simulation/index.js';

const SCHEMA_FILE = fileURLToPath(new URL('../../docs/scenario.schema.json', import.meta.url));

/** A small valid scenario; each test breaks one thing in a copy. */
function base(): Record<string, any> {
  return {
    horizon: { customers: 10 },
    skills: ['billing'],
    queues: [{ id: 'q', channels: ['chat'] }],
    agentGroups: [{ id: 'g', count: 1, memberships: [{ queueId: 'q' }] }],
    arrivals: [{ queueId: 'q', channel: 'chat', ratePerHour: 60, handleTime: { kind: 'exponential', meanMs: 1000 } }],
  };
}

/** The problem messages of a scenario (none when it is valid). */
function problemsOf(input: unknown): string[] {
  try {
    parseScenario(input);
    return [];
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return error.problems.map((p) => p.message);
  }
}

function broken(change: (s: Record<string, any>) => void): Record<string, any> {
  const scenario = base();
  change(scenario);
  return scenario;
}

describe('the scenario schema', () => {
  it('applies defaults to a small scenario', () => {
    const scenario = parseScenario(base());
    expect(scenario).toMatchObject({ seed: 1, startAt: '2026-01-05T08:00:00Z', timeZone: 'UTC', warmupMs: 0, serviceLevelThresholdMs: 20_000, sampleMs: 60_000 });
    expect(scenario.agentGroups[0]).toMatchObject({ shifts: [], noAnswerProbability: 0, acceptDelay: { kind: 'deterministic', valueMs: 0 } });
    expect(scenario.arrivals[0]).toMatchObject({ classes: [{ name: 'default', share: 1, priority: 0 }], patience: null, leaveMessageProbability: 0, rating: { probability: 0 } });
    expect(scenario.queues[0]).toMatchObject({ offerTimeoutMs: 30_000, strategy: 'longest-idle' });
  });

  it('accepts the default scenario, and its JSON round trip gives the same scenario', () => {
    const parsed = parseScenario(DEFAULT_SCENARIO);
    expect(parseScenario(JSON.parse(JSON.stringify(DEFAULT_SCENARIO)))).toEqual(parsed);
    // A parsed scenario is itself a valid input that parses to the same thing.
    expect(parseScenario(parsed)).toEqual(parsed);
  });

  /** What follows from a scenario without its queue 'q'. */
  const UNKNOWN_Q = [
    'agentGroups[0].memberships[0].queueId is not a configured queue (got "q")',
    'arrivals[0].queueId is not a configured queue (got "q")',
  ];
  const cases: [string, (s: Record<string, any>) => void, string | string[]][] = [
    ['a scenario that is not an object', () => undefined, '(root) must be an object (got 5)'],
    ['an unknown field', (s) => (s.colour = 'red'), 'colour is not a known field (got "red")'],
    ['a missing horizon', (s) => delete s.horizon, 'horizon is required (got nothing)'],
    ['an empty horizon', (s) => (s.horizon = {}), 'horizon must set customers, durationMs or both (got {})'],
    ['a horizon of 0 customers', (s) => (s.horizon = { customers: 0 }), 'horizon.customers must be >= 1 (got 0)'],
    ['a negative duration', (s) => (s.horizon = { durationMs: -1 }), 'horizon.durationMs must be > 0 (got -1)'],
    ['a seed that is not an integer', (s) => (s.seed = 1.5), 'seed must be an integer (got 1.5)'],
    ['a start that is not an instant', (s) => (s.startAt = '2026-01-05 08:00'), 'startAt must be an ISO 8601 instant with an offset or Z (e.g. 2026-03-02T08:00:00Z) (got "2026-01-05 08:00")'],
    ['an unknown time zone', (s) => (s.timeZone = 'Mars/Olympus'), 'timeZone is not a known IANA time zone (got "Mars/Olympus")'],
    ['a warm-up fraction of 1', (s) => (s.warmupCustomersFraction = 1), 'warmupCustomersFraction must be < 1 (got 1)'],
    ['both warm-ups', (s) => Object.assign(s, { warmupMs: 5, warmupCustomersFraction: 0.1 }), 'warmupCustomersFraction must be left out when warmupMs is set (got 0.1)'],
    ['a zero sample step', (s) => (s.sampleMs = 0), 'sampleMs must be > 0 (got 0)'],
    ['no queues', (s) => (s.queues = []), ['queues must list at least one queue (got [])', ...UNKNOWN_Q]],
    ['queues that are not a list', (s) => (s.queues = 'q'), ['queues must be a list (got "q")', ...UNKNOWN_Q]],
    ['a bad queue setting', (s) => (s.queues[0].offerTimeoutMs = -5), 'queues[0].offerTimeoutMs must be > 0 (got -5)'],
    ['a duplicate queue', (s) => s.queues.push({ id: 'q', channels: ['voice'] }), 'queues[1].id is a duplicate queue id (got "q")'],
    ['an undeclared queue skill', (s) => (s.queues[0].skills = { tech: 1 }), 'queues[0].skills.tech is not a declared skill (add it to skills) (got "tech")'],
    ['an overflow to an unknown queue', (s) => Object.assign(s.queues[0], { waitMsMax: 1000, onWaitMsMax: { action: 'queue', queueId: 'zz' } }), 'queues[0].onWaitMsMax.queueId is not a configured queue (got "zz")'],
    ['an unknown calendar name', (s) => (s.queues[0].calendar = 'office'), 'queues[0].calendar is not one of the scenario calendars (got "office")'],
    ['a calendar name that is not an id', (s) => (s.queues[0].calendar = 'my office'), 'queues[0].calendar must be an id: a letter or digit, then letters, digits or _.:@- (at most 128) (got "my office")'],
    ['a calendar without a time zone', (s) => (s.calendars = { office: { weekly: [{ day: 'mon', open: '08:00', close: '16:00' }] } }), 'calendars.office.timeZone is required unless alwaysOpen is true (got nothing)'],
    ['a bad time in an inline calendar', (s) => (s.queues[0].calendar = { timeZone: 'UTC', weekly: [{ day: 'mon', open: '25:00', close: '16:00' }] }), 'queues[0].calendar.weekly[0].open must be HH:mm (got "25:00")'],
    ['an agent group that is not an object', (s) => (s.agentGroups[0] = 5), 'agentGroups[0] must be an object (got 5)'],
    ['a negative agent count', (s) => (s.agentGroups[0].count = -1), 'agentGroups[0].count must be >= 0 (got -1)'],
    ['a duplicate agent group', (s) => s.agentGroups.push({ id: 'g', count: 1 }), 'agentGroups[1].id is a duplicate agent group id (got "g")'],
    ['an undeclared agent skill', (s) => (s.agentGroups[0].skills = { tech: 3 }), 'agentGroups[0].skills.tech is not a declared skill (add it to skills) (got "tech")'],
    ['a group id too long for its agent ids', (s) => (s.agentGroups[0] = { id: 'g'.repeat(126), count: 10 }), `agentGroups[0].id is too long for its agent ids (gggggggg...-10 must be at most 128 characters) (got "${'g'.repeat(56)}...)`],
    ['a skill level out of range', (s) => (s.agentGroups[0].skills = { billing: 11 }), 'agentGroups[0].skills.billing must be <= 10 (got 11)'],
    ['a membership of an unknown queue', (s) => (s.agentGroups[0].memberships = [{ queueId: 'zz' }]), 'agentGroups[0].memberships[0].queueId is not a configured queue (got "zz")'],
    ['a negative accept delay mean', (s) => s.agentGroups.push({ id: 'h', count: 1, acceptDelay: { kind: 'exponential', meanMs: -3 } }), 'agentGroups[1].acceptDelay.meanMs must be > 0 (got -3)'],
    ['an unknown distribution kind', (s) => (s.agentGroups[0].acceptDelay = { kind: 'poisson', meanMs: 3 }), 'agentGroups[0].acceptDelay.kind must be a distribution: { kind: exponential | deterministic | uniform | lognormal | gamma | erlang | empirical, ... } (got "poisson")'],
    ['a distribution that is not an object', (s) => (s.agentGroups[0].acceptDelay = 5), 'agentGroups[0].acceptDelay must be a distribution: { kind: exponential | deterministic | uniform | lognormal | gamma | erlang | empirical, ... } (got 5)'],
    ['a distribution field of another kind', (s) => (s.agentGroups[0].acceptDelay = { kind: 'deterministic', meanMs: 3 }), ['agentGroups[0].acceptDelay.valueMs must be a number (got nothing)', 'agentGroups[0].acceptDelay.meanMs is not a known field (got 3)']],
    ['a no-answer probability above 1', (s) => (s.agentGroups[0].noAnswerProbability = 1.5), 'agentGroups[0].noAnswerProbability must be <= 1 (got 1.5)'],
    ['a uniform wrap-up with max < min', (s) => (s.agentGroups[0].wrapUp = { kind: 'uniform', minMs: 5000, maxMs: 1000 }), 'agentGroups[0].wrapUp.maxMs must be >= minMs (5000) (got 1000)'],
    ['a shift login that is not a time', (s) => (s.agentGroups[0].shifts = [{ loginAt: '8am', logoutAt: '16:00' }]), 'agentGroups[0].shifts[0].loginAt must be HH:mm (got "8am")'],
    ['a shift on an unknown day', (s) => (s.agentGroups[0].shifts = [{ days: ['moo'], loginAt: '08:00', logoutAt: '16:00' }]), 'agentGroups[0].shifts[0].days[0] must be one of mon, tue, wed, thu, fri, sat, sun (got "moo")'],
    ['a break outside its shift', (s) => (s.agentGroups[0].shifts = [{ loginAt: '22:00', logoutAt: '06:00', breaks: [{ startAt: '07:00', durationMs: 60_000 }] }]), 'agentGroups[0].shifts[0].breaks[0].startAt must be within the shift (22:00-06:00) (got "07:00")'],
    ['a break of no time', (s) => (s.agentGroups[0].shifts = [{ loginAt: '08:00', logoutAt: '16:00', breaks: [{ startAt: '10:00', durationMs: 0 }] }]), 'agentGroups[0].shifts[0].breaks[0].durationMs must be > 0 (got 0)'],
    ['no phone calls per hour', (s) => (s.agentGroups[0].phoneCalls = { callsPerHour: 0, duration: { kind: 'deterministic', valueMs: 1 } }), 'agentGroups[0].phoneCalls.callsPerHour must be > 0 (got 0)'],
    ['no arrival streams', (s) => (s.arrivals = []), 'arrivals must list at least one arrival stream (got [])'],
    ['a stream without a rate', (s) => delete s.arrivals[0].ratePerHour, 'arrivals[0] needs exactly one of ratePerHour and hourlyRatesPerHour (got {"queueId":"q","channel":"chat","handleTime":{"kind":"exp...)'],
    ['a zero rate', (s) => (s.arrivals[0].ratePerHour = 0), 'arrivals[0].ratePerHour must be > 0 (got 0)'],
    ['a profile of 23 hours', (s) => Object.assign(s.arrivals[0], { ratePerHour: undefined, hourlyRatesPerHour: new Array(23).fill(1) }), 'arrivals[0].hourlyRatesPerHour must list 24 rates (hours 00 to 23) (got [1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1])'],
    ['a profile of zeros', (s) => Object.assign(s.arrivals[0], { ratePerHour: undefined, hourlyRatesPerHour: new Array(24).fill(0) }), 'arrivals[0].hourlyRatesPerHour must have at least one positive rate (got [0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0])'],
    ['a stream into an unknown queue', (s) => (s.arrivals[0].queueId = 'zz'), 'arrivals[0].queueId is not a configured queue (got "zz")'],
    ['a channel the queue does not take', (s) => (s.arrivals[0].channel = 'voice'), 'arrivals[0].channel is not a channel of queue "q" (got "voice")'],
    ['two streams with the same id', (s) => s.arrivals.push({ ...s.arrivals[0] }), 'arrivals[1] is a duplicate stream id (set id to tell streams apart) (got "q.chat")'],
    ['a class with no share', (s) => (s.arrivals[0].classes = [{ name: 'vip', share: 0 }]), 'arrivals[0].classes[0].share must be > 0 (got 0)'],
    ['two classes with one name', (s) => (s.arrivals[0].classes = [{ name: 'vip', share: 1 }, { name: 'vip', share: 2 }]), 'arrivals[0].classes[1].name is a duplicate class name (got "vip")'],
    ['a class requiring an undeclared skill', (s) => (s.arrivals[0].classes = [{ name: 'vip', share: 1, skills: { tech: 2 } }]), 'arrivals[0].classes[0].skills.tech is not a declared skill (add it to skills) (got "tech")'],
    ['a lognormal without its sd', (s) => (s.arrivals[0].handleTime = { kind: 'lognormal', meanMs: 5 }), 'arrivals[0].handleTime.sdMs must be a number (got nothing)'],
    ['a negative lognormal sd', (s) => (s.arrivals[0].handleTime = { kind: 'lognormal', meanMs: 5, sdMs: -1 }), 'arrivals[0].handleTime.sdMs must be >= 0 (got -1)'],
    ['a gamma of shape 0', (s) => (s.arrivals[0].patience = { kind: 'gamma', shape: 0, meanMs: 5 }), 'arrivals[0].patience.shape must be > 0 (got 0)'],
    ['an Erlang of 0 phases', (s) => (s.arrivals[0].handleTime = { kind: 'erlang', k: 0, meanMs: 5 }), 'arrivals[0].handleTime.k must be >= 1 (got 0)'],
    ['an empty empirical table', (s) => (s.arrivals[0].handleTime = { kind: 'empirical', valuesMs: [] }), 'arrivals[0].handleTime.valuesMs must list at least one value (got [])'],
    ['empirical weights of the wrong length', (s) => (s.arrivals[0].handleTime = { kind: 'empirical', valuesMs: [1, 2], weights: [1] }), 'arrivals[0].handleTime.weights must have one weight per value (2) (got [1])'],
    ['empirical weights summing to 0', (s) => (s.arrivals[0].handleTime = { kind: 'empirical', valuesMs: [1, 2], weights: [0, 0] }), 'arrivals[0].handleTime.weights must have a positive sum (got [0,0])'],
    ['a negative leave-message probability', (s) => (s.arrivals[0].leaveMessageProbability = -0.1), 'arrivals[0].leaveMessageProbability must be >= 0 (got -0.1)'],
    ['four rating weights', (s) => (s.arrivals[0].rating = { probability: 0.5, weights: [1, 1, 1, 1] }), 'arrivals[0].rating.weights must list 5 weights (scores 1 to 5) (got [1,1,1,1])'],
    ['an empty customer pool', (s) => (s.arrivals[0].customerPoolSize = 0), 'arrivals[0].customerPoolSize must be >= 1 (got 0)'],
  ];

  it.each(cases)('reports %s with its path and value', (_, change, message) => {
    const input = _ === 'a scenario that is not an object' ? 5 : broken(change);
    expect(problemsOf(input)).toEqual(typeof message === 'string' ? [message] : message);
  });

  it('lists every problem at once in one ConfigError', () => {
    const input = broken((s) => {
      s.horizon = { customers: 0 };
      s.agentGroups[0].acceptDelay = { kind: 'exponential', meanMs: -3 };
      s.arrivals[0].queueId = 'zz';
    });
    expect(() => parseScenario(input)).toThrow(
      'switchboard/scenario: 3 problems:\n  - horizon.customers must be >= 1 (got 0)\n  - agentGroups[0].acceptDelay.meanMs must be > 0 (got -3)\n  - arrivals[0].queueId is not a configured queue (got "zz")',
    );
  });

  it('accepts a queue calendar by name and the types say so', () => {
    const input: ScenarioInput = {
      ...(base() as ScenarioInput),
      calendars: { office: { timeZone: 'Europe/Warsaw', weekly: [{ day: 'mon', open: '08:00', close: '16:00' }] } },
      queues: [{ id: 'q', channels: ['chat'], calendar: 'office' }],
    };
    expect(parseScenario(input).queues[0]?.calendar).toBe('office');
  });

  // Rewrite the file with SWITCHBOARD_WRITE_SCHEMA=1 npx vitest run tests/simulation/scenario-schema.test.ts
  it('is published, up to date, in docs/scenario.schema.json', () => {
    const text = `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
    if (process.env.SWITCHBOARD_WRITE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, text);
    expect(readFileSync(SCHEMA_FILE, 'utf8'), 'docs/scenario.schema.json is out of date: rerun with SWITCHBOARD_WRITE_SCHEMA=1').toBe(text);
  });
});
