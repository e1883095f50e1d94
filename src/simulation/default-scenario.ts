/**
 * The embedded default scenario: a small contact centre on an ordinary Monday, 08:00-16:00 in Warsaw.
 * Chat (billing and technical) and voice, two skills, business hours, agents' breaks, long chat waits
 * overflowing to tickets, a full voice queue turning callers away, VIP customers first, blended agents
 * taking outside phone calls, customers who leave messages, rate their chats and come back.
 * It is plain data (valid JSON): `JSON.stringify(DEFAULT_SCENARIO)` is a scenario file.
 */
import type { AgentGroupInput } from './agent-group.schema.js';
import type { ScenarioInput } from './scenario.schema.js';

/** Arrivals per hour for each local hour 00-23, open 08:00-16:00. */
function businessDay(perHour: readonly number[]): number[] {
  const rates = new Array<number>(24).fill(0);
  perHour.forEach((rate, i) => (rates[8 + i] = rate));
  return rates;
}

/** Two lunch sittings, so the chat desk is never left empty. */
const EARLY_BREAKS = [
  { startAt: '10:00', durationMs: 900_000 },
  { startAt: '11:30', durationMs: 1_800_000 },
];
const LATE_BREAKS = [
  { startAt: '10:30', durationMs: 900_000 },
  { startAt: '12:30', durationMs: 1_800_000 },
];

/** The chat desk: billing first, technical too. */
const CHAT_DESK: Omit<AgentGroupInput, 'id' | 'count' | 'shifts'> = {
  skills: { billing: 3, technical: 1 },
  capacity: { chat: 2 },
  memberships: [
    { queueId: 'chat-billing', priority: 1 },
    { queueId: 'chat-technical', priority: 0 },
  ],
  acceptDelay: { kind: 'uniform', minMs: 2_000, maxMs: 8_000 },
  noAnswerProbability: 0.02,
  notRespondingMs: 60_000,
  wrapUp: { kind: 'lognormal', meanMs: 30_000, sdMs: 15_000 },
};

/**
 * A realistic small contact centre, for a first run and for the CLI's default.
 * @example const result = runSimulation(DEFAULT_SCENARIO);
 */
export const DEFAULT_SCENARIO: ScenarioInput = {
  name: 'Small contact centre: chat and voice, one Monday',
  seed: 1,
  startAt: '2026-03-02T08:00:00+01:00',
  timeZone: 'Europe/Warsaw',
  horizon: { durationMs: 8 * 3_600_000 },
  warmupMs: 0,
  serviceLevelThresholdMs: 30_000,
  reportIntervalMs: 1_800_000,
  sampleMs: 60_000,
  skills: ['billing', 'technical'],
  calendars: {
    office: {
      timeZone: 'Europe/Warsaw',
      weekly: (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, open: '08:00', close: '16:00' })),
      exceptions: [{ date: '2026-12-25', closed: true }],
    },
  },
  queues: [
    {
      id: 'chat-billing',
      channels: ['chat'],
      calendar: 'office',
      skills: { billing: 1 },
      offerTimeoutMs: 20_000,
      wrapUpMs: 30_000,
      waitMsMax: 120_000,
      onWaitMsMax: { action: 'ticket' },
      welcomeMessage: 'Hello, how can we help with your bill?',
    },
    {
      id: 'chat-technical',
      channels: ['chat'],
      calendar: 'office',
      skills: { technical: 1 },
      strategy: 'best-skill',
      offerTimeoutMs: 20_000,
      wrapUpMs: 60_000,
      waitMsMax: 480_000,
      onWaitMsMax: { action: 'ticket' },
    },
    {
      id: 'voice',
      channels: ['voice'],
      calendar: 'office',
      offerTimeoutMs: 15_000,
      wrapUpMs: 45_000,
      lengthMax: 12,
      onLengthMax: { action: 'reject' },
      afterHours: 'reject',
    },
  ],
  agentGroups: [
    { id: 'chat-early', count: 3, ...CHAT_DESK, shifts: [{ loginAt: '08:00', logoutAt: '16:00', breaks: EARLY_BREAKS }] },
    { id: 'chat-late', count: 2, ...CHAT_DESK, shifts: [{ loginAt: '08:00', logoutAt: '16:00', breaks: LATE_BREAKS }] },
    {
      id: 'tech',
      count: 3,
      skills: { technical: 4 },
      capacity: { chat: 2 },
      memberships: [{ queueId: 'chat-technical', priority: 1 }],
      shifts: [
        {
          loginAt: '08:00',
          logoutAt: '16:00',
          breaks: [
            { startAt: '11:00', durationMs: 900_000 },
            { startAt: '13:00', durationMs: 1_800_000 },
          ],
        },
      ],
      acceptDelay: { kind: 'uniform', minMs: 2_000, maxMs: 10_000 },
      wrapUp: { kind: 'gamma', shape: 2, meanMs: 60_000 },
    },
    {
      id: 'phone',
      count: 6,
      skills: { billing: 2, technical: 1 },
      capacity: { voice: 1 },
      memberships: [{ queueId: 'voice' }],
      shifts: [
        {
          loginAt: '08:00',
          logoutAt: '16:00',
          breaks: [
            { startAt: '10:30', durationMs: 900_000 },
            { startAt: '12:30', durationMs: 1_800_000 },
          ],
        },
      ],
      acceptDelay: { kind: 'uniform', minMs: 3_000, maxMs: 6_000 },
      noAnswerProbability: 0.01,
      wrapUp: { kind: 'gamma', shape: 2, meanMs: 45_000 },
    },
    {
      id: 'blended',
      count: 2,
      skills: { billing: 2 },
      capacity: { chat: 1 },
      memberships: [{ queueId: 'chat-billing', priority: 0 }],
      shifts: [{ loginAt: '09:00', logoutAt: '15:00', breaks: [{ startAt: '12:00', durationMs: 1_800_000 }] }],
      acceptDelay: { kind: 'exponential', meanMs: 5_000 },
      phoneCalls: { callsPerHour: 3, duration: { kind: 'exponential', meanMs: 300_000 } },
    },
  ],
  arrivals: [
    {
      queueId: 'chat-billing',
      channel: 'chat',
      hourlyRatesPerHour: businessDay([25, 40, 45, 40, 35, 40, 45, 30]),
      classes: [
        { name: 'standard', share: 0.85, priority: 0 },
        { name: 'vip', share: 0.15, priority: 10 },
      ],
      handleTime: { kind: 'lognormal', meanMs: 360_000, sdMs: 240_000 },
      patience: { kind: 'exponential', meanMs: 240_000 },
      leaveMessageProbability: 0.3,
      rating: { probability: 0.4, weights: [0.05, 0.1, 0.15, 0.35, 0.35] },
      customerPoolSize: 2_000,
    },
    {
      queueId: 'chat-technical',
      channel: 'chat',
      hourlyRatesPerHour: businessDay([12, 18, 20, 18, 15, 18, 20, 12]),
      handleTime: { kind: 'lognormal', meanMs: 540_000, sdMs: 360_000 },
      patience: { kind: 'exponential', meanMs: 360_000 },
      leaveMessageProbability: 0.5,
      rating: { probability: 0.3, weights: [0.1, 0.1, 0.2, 0.3, 0.3] },
      customerPoolSize: 1_000,
    },
    {
      queueId: 'voice',
      channel: 'voice',
      hourlyRatesPerHour: businessDay([45, 60, 70, 60, 50, 60, 65, 45]),
      classes: [
        { name: 'standard', share: 0.9, priority: 0 },
        { name: 'vip', share: 0.1, priority: 10 },
      ],
      handleTime: { kind: 'gamma', shape: 2, meanMs: 240_000 },
      patience: { kind: 'lognormal', meanMs: 120_000, sdMs: 90_000 },
    },
  ],
};
