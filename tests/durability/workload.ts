/**
 * A seeded, mixed workload for the durability tests: arrivals with customers, attributes and first
 * messages, accepts, rejects, completions, abandons, chat messages, closes and ratings, transfers,
 * callbacks, presence and phone changes, deliberately rejected commands, and clock moves (which fire
 * deadlines between commands). Every command carries a `commandId` (`w-<n>`), so an acknowledged
 * command can be found again in a recovered engine's command memory.
 *
 * Non-goal: vitest. The kill test runs this module in a child process under plain `node --import tsx`.
 */
import type { Command, CommandResult, Engine, EngineConfigInput, VirtualClock } from '../../src/index.js';
import { seededRandom } from '../support/seeded-random.js';

/** Where the workload's queues and agents come from; the `random` strategy makes the seed matter. */
export const DURABILITY_CONFIG: EngineConfigInput = {
  skills: ['en', 'fr'],
  queues: [
    { id: 'sales', channels: ['chat', 'voice', 'email'], offerTimeoutMs: 3_000, reofferCooldownMs: 2_000, wrapUpMs: 1_500 },
    {
      id: 'support',
      channels: ['chat', 'email'],
      strategy: 'least-occupied',
      skills: { en: 1 },
      offerTimeoutMs: 4_000,
      reofferCooldownMs: 1_000,
      ratingWindowMs: 5_000,
      welcomeMessage: 'Hi {customerName|there}',
      waitMsMax: 9_000,
      onWaitMsMax: { action: 'queue', queueId: 'sales' },
    },
    { id: 'vip', channels: ['chat', 'voice'], strategy: 'random', priority: 5, offerTimeoutMs: 2_000, reofferCooldownMs: 500 },
    { id: 'calls', channels: ['callback', 'voice'], offerMode: 'auto-accept', wrapUpMs: 500 },
  ],
  agents: [
    { id: 'ann', skills: { en: 5, fr: 2 }, capacity: { chat: 2, voice: 1, email: 1, callback: 1 }, memberships: [{ queueId: 'sales' }, { queueId: 'support' }, { queueId: 'calls' }] },
    { id: 'bob', skills: { en: 3 }, capacity: { chat: 3, email: 2 }, memberships: [{ queueId: 'support' }, { queueId: 'vip', priority: 1 }] },
    { id: 'cat', skills: { fr: 4 }, memberships: [{ queueId: 'sales' }, { queueId: 'vip' }, { queueId: 'calls' }] },
    { id: 'dan', skills: { en: 1, fr: 1 }, capacity: { chat: 1, voice: 1, callback: 1 }, capacityTotalMax: 1, memberships: [{ queueId: 'vip' }, { queueId: 'calls' }] },
  ],
  routing: { missedOffersMax: 2 },
};

const AGENT_IDS = ['ann', 'bob', 'cat', 'dan'] as const;
const ARRIVALS = [
  { queueId: 'sales', channels: ['chat', 'voice'] },
  { queueId: 'support', channels: ['chat', 'email'] },
  { queueId: 'vip', channels: ['chat', 'voice'] },
] as const;

/** One step of the workload: a clock move or a command. */
export type WorkloadStep = { readonly kind: 'advance'; readonly toMs: number } | { readonly kind: 'command'; readonly command: Command };

/**
 * The workload's client side: it chooses each step from the seed and what the engine shows (views
 * only), and remembers the contacts and sessions it heard of. Two engines in the same state get the
 * same steps.
 */
export class Workload {
  private readonly rnd: ReturnType<typeof seededRandom>;
  private readonly contacts: string[] = [];
  private readonly closedSessions: string[] = [];
  private commandCount = 0;

  constructor(readonly seed: number) {
    this.rnd = seededRandom(seed);
  }

  /** The next step for `engine`, whose clock reads `nowMs`. */
  next(engine: Engine, nowMs: number): WorkloadStep {
    const roll = this.rnd.float();
    if (roll < 0.12) return { kind: 'advance', toMs: nowMs + this.rnd.int(0, 2_500) };
    const command = this.command(engine, nowMs, this.rnd.float());
    return { kind: 'command', command: { ...command, commandId: `w-${++this.commandCount}` } as Command };
  }

  /** Tells the workload what a command it issued returned. */
  observe(command: Command, result: CommandResult): void {
    if (!result.ok) return;
    if ((command.type === 'contact.create' || command.type === 'callback.request') && result.contactId !== undefined) {
      this.contacts.push(result.contactId);
    }
    if (command.type === 'session.close' && result.sessionId !== undefined) this.closedSessions.push(result.sessionId);
  }

  private command(engine: Engine, nowMs: number, roll: number): Command {
    const rnd = this.rnd;
    const live = (status: string) => this.contacts.filter((id) => engine.contact(id)?.status === status);
    const orUnknown = (ids: readonly string[]) => (ids.length > 0 ? rnd.pick(ids) : 'c-unknown');
    if (roll < 0.26) return this.arrival();
    if (roll < 0.42) {
      const offers = AGENT_IDS.flatMap((id) => engine.agent(id)?.pendingOfferIds ?? []);
      return { type: rnd.float() < 0.8 ? 'offer.accept' : 'offer.reject', offerId: orUnknown(offers) };
    }
    // Now and then a late command for any contact heard of: ended ones must be remembered across recovery.
    if (roll < 0.52) return { type: 'contact.complete', contactId: orUnknown(rnd.float() < 0.8 ? live('active') : this.contacts) };
    if (roll < 0.55) return { type: 'contact.abandon', contactId: orUnknown([...live('queued'), ...live('offered')]) };
    if (roll < 0.63) return { type: 'agent.setStatus', agentId: rnd.pick(AGENT_IDS), status: rnd.pick(['available', 'available', 'available', 'break', 'offline'] as const) };
    if (roll < 0.66) {
      const agentId = rnd.pick(AGENT_IDS);
      return { type: 'agent.setPhoneBusy', agentId, busy: !(engine.agent(agentId)?.phoneBusy ?? false) };
    }
    if (roll < 0.71) return { type: 'customer.sendMessage', contactId: orUnknown([...live('queued'), ...live('active')]), text: `hello ${rnd.int(1, 99)}` };
    if (roll < 0.79) return this.sessionCommand(engine, live('active'));
    if (roll < 0.82) return { type: 'session.rate', sessionId: orUnknown(this.closedSessions), score: rnd.int(1, 5) };
    if (roll < 0.86) return this.transfer(engine, live('active'));
    if (roll < 0.89) return { type: 'callback.request', queueId: 'calls', phone: `+4420${rnd.int(1_000_000, 9_999_999)}`, at: nowMs + rnd.int(0, 6_000) };
    if (roll < 0.91) return { type: 'agent.setCapacity', agentId: rnd.pick(AGENT_IDS), capacity: { chat: rnd.int(0, 3), voice: rnd.int(0, 1) } };
    // Rejected commands are journaled too (D-014) and must replay to the same rejections.
    return rnd.pick<Command>([
      { type: 'contact.complete', contactId: 'c-nobody' },
      { type: 'offer.accept', offerId: 'o-0' },
      { type: 'contact.create', queueId: 'nowhere', channel: 'chat' },
      { type: 'agent.setStatus', agentId: 'zed', status: 'available' },
    ]);
  }

  private arrival(): Command {
    const rnd = this.rnd;
    const where = rnd.pick(ARRIVALS);
    const n = rnd.int(1, 40);
    return {
      type: 'contact.create',
      queueId: where.queueId,
      channel: rnd.pick(where.channels),
      priority: rnd.int(-1, 3),
      ...(rnd.float() < 0.4 ? { customer: { email: `customer${n}@example.com`, name: `Customer ${n}` } } : {}),
      ...(rnd.float() < 0.3 ? { attributes: { plan: rnd.pick(['gold', 'free']), visits: n, tags: ['a', n] } } : {}),
      ...(rnd.float() < 0.3 ? { message: `I need help with order ${n}` } : {}),
      ...(rnd.float() < 0.15 ? { skills: { [rnd.pick(['en', 'fr'])]: rnd.int(1, 4) } } : {}),
    } as Command;
  }

  private sessionCommand(engine: Engine, active: readonly string[]): Command {
    const rnd = this.rnd;
    const withSession = active.map((id) => engine.contact(id)!).filter((c) => c.sessionId !== null && c.agentId !== null);
    if (withSession.length === 0) return { type: 'session.sendMessage', sessionId: 's-unknown', agentId: 'ann', text: 'hi' };
    const contact = rnd.pick(withSession);
    const sessionId = contact.sessionId as string;
    const agentId = contact.agentId as string;
    const roll = rnd.float();
    if (roll < 0.5) return { type: 'session.sendMessage', sessionId, agentId, text: `answer ${rnd.int(1, 99)}` };
    if (roll < 0.75) return { type: 'session.close', sessionId, by: 'customer' };
    return { type: 'session.close', sessionId, by: 'agent', agentId };
  }

  private transfer(engine: Engine, active: readonly string[]): Command {
    const rnd = this.rnd;
    if (active.length === 0) return { type: 'contact.requeue', contactId: 'c-unknown', agentId: 'ann' };
    const contact = engine.contact(rnd.pick(active))!;
    const agentId = contact.agentId ?? 'ann';
    if (rnd.float() < 0.5) return { type: 'contact.requeue', contactId: contact.id, agentId };
    return { type: 'contact.transfer', contactId: contact.id, agentId, toQueueId: rnd.pick(['sales', 'vip']), mode: 'cold' };
  }
}

/** What `drive` calls after each command: its journal number (1, 2, ...), the command and its result. */
export type CommandListener = (n: number, command: Command, result: CommandResult) => void;

/**
 * Runs the workload on `engine` until `commandsMax` more commands were dispatched; clock moves in
 * between fire deadlines. Stops right after a command, so the engine's state is exactly "after
 * command n". `firstN` is the journal number of the next command.
 */
export function drive(engine: Engine, clock: VirtualClock, workload: Workload, commandsMax: number, onCommand: CommandListener = () => {}, firstN = 1): void {
  let n = firstN;
  for (let dispatched = 0; dispatched < commandsMax; ) {
    const step = workload.next(engine, clock.now());
    if (step.kind === 'advance') {
      clock.advanceTo(step.toMs);
      continue;
    }
    const result = engine.dispatch(step.command);
    workload.observe(step.command, result);
    onCommand(n++, step.command, result);
    dispatched++;
  }
}
