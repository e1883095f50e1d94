/**
 * The demo contact centre: an always-open support queue, a sales queue with business hours that is
 * closed today (so the after-hours path can be shown at any time), three agents with demo passcodes.
 * Replace the passcodes with your own sign-in; the engine configuration is the part to keep.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { EngineConfigInput } from '../../src/index.js';

/** Options of the demo configuration. */
export interface DemoOptions {
  /** Engine time now (ms), to compute today's date in the sales queue's time zone. */
  readonly nowMs: number;
  /** Open sales today within its hours (Mon-Fri 09:00-17:00 Warsaw). Default false: closed all day. */
  readonly salesOpenToday?: boolean;
}

/** Demo agents and their passcodes (the demo's stand-in for a real sign-in). */
export const DEMO_AGENTS = [
  { id: 'ann', name: 'Ann', passcode: 'ann-demo' },
  { id: 'ben', name: 'Ben', passcode: 'ben-demo' },
  { id: 'cleo', name: 'Cleo', passcode: 'cleo-demo' },
] as const;

const SALES_TIME_ZONE = 'Europe/Warsaw';
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

/**
 * The engine configuration of the demo.
 * @example createEngine({ config: demoConfig({ nowMs: Date.now() }) });
 */
export function demoConfig(options: DemoOptions): EngineConfigInput {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: SALES_TIME_ZONE }).format(options.nowMs); // YYYY-MM-DD
  return {
    queues: [
      {
        id: 'support',
        name: 'Orders and delivery',
        channels: ['chat'],
        offerTimeoutMs: 30_000,
        wrapUpMs: 5_000,
        welcomeMessage: 'Hi {customerName|there}, {agentName} here. How can I help?',
        typingPreview: { enabled: true, previewIntervalMs: 500 },
        cannedAnswers: [
          { id: 'checking', text: 'Let me check that for you, {customerName|one moment}.' },
          { id: 'tracking', text: 'You can follow your parcel on the tracking page I am sending you.' },
          { id: 'anything-else', text: 'Is there anything else I can help you with?' },
        ],
        urls: [
          { id: 'tracking', url: 'https://example.com/track', title: 'Track your parcel' },
          { id: 'returns', url: 'https://example.com/returns', title: 'Returns policy' },
        ],
      },
      {
        id: 'sales',
        name: 'Sales',
        channels: ['chat'],
        offerTimeoutMs: 30_000,
        calendar: {
          timeZone: SALES_TIME_ZONE,
          weekly: WEEKDAYS.map((day) => ({ day, open: '09:00', close: '17:00' })),
          exceptions: options.salesOpenToday === true ? [] : [{ date: today, closed: true }],
        },
        afterHours: 'ticket',
        closedMessage: 'Sales is closed now (Mon-Fri 09:00-17:00, Warsaw time). Leave a message and we will answer by e-mail.',
      },
    ],
    agents: [
      { id: 'ann', name: 'Ann', capacity: { chat: 3 }, memberships: [{ queueId: 'support' }, { queueId: 'sales' }] },
      { id: 'ben', name: 'Ben', capacity: { chat: 3 }, memberships: [{ queueId: 'support' }] },
      { id: 'cleo', name: 'Cleo', capacity: { chat: 2 }, memberships: [{ queueId: 'support' }, { queueId: 'sales' }] },
    ],
  };
}

/**
 * The demo's sign-in: the agent's passcode, compared in constant time.
 * @example checkDemoPasscode('ann', 'ann-demo') === true
 */
export function checkDemoPasscode(agentId: string, passcode: string): boolean {
  const agent = DEMO_AGENTS.find((a) => a.id === agentId);
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(agent?.passcode ?? ''), digest(passcode)) && agent !== undefined;
}
