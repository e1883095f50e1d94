/**
 * What the swarm's workload remembers to pick its next command: the queues and agents it configured
 * (updated only from accepted commands), the contacts it created, sessions and offers it saw, ended
 * contacts and finished offers (for commands after the fact), and commands that carried a `commandId`.
 * The workload may read engine views to choose; only the oracle judges, and it reads the log alone.
 */
import type { Command, CommandResult } from '../../../src/domain/commands/command.js';
import type { AgentConfigInput } from '../../../src/domain/config/agent.config.js';
import type { QueueConfigInput } from '../../../src/domain/config/queue.config.js';
import type { Engine } from '../../../src/engine/create-engine.js';
import type { KnownQueue } from './swarm-config.js';

/** How many ended contacts, finished offers, closed sessions and identified commands are kept. */
const RING_MAX = 64;

function remember<T>(ring: T[], item: T): void {
  ring.push(item);
  if (ring.length > RING_MAX) ring.splice(0, ring.length - RING_MAX);
}

/** See the module comment. */
export class SwarmBook {
  readonly queues: Map<string, KnownQueue>;
  readonly agents = new Map<string, AgentConfigInput>();
  /** Ids of removed agents and queues (now unknown to the engine). */
  readonly removed: string[] = [];
  /** Contacts that may still be live. */
  private live: string[] = [];
  readonly ended: string[] = [];
  readonly sessions = new Set<string>();
  readonly closedSessions: string[] = [];
  readonly finishedOffers: string[] = [];
  private pendingOffers = new Set<string>();
  readonly identified: Command[] = [];
  private readonly usedIds = new Set<string>();
  private queueCount: number;
  private agentCount: number;
  private commandCount = 0;

  constructor(queues: ReadonlyMap<string, KnownQueue>, agents: readonly AgentConfigInput[], private readonly seed: number) {
    this.queues = new Map(queues);
    for (const agent of agents) this.agents.set(agent.id, agent);
    this.queueCount = queues.size;
    this.agentCount = agents.length;
  }

  /** A fresh `commandId`. */
  nextCommandId(): string {
    return `k${this.seed}-${++this.commandCount}`;
  }

  newQueueId(): string {
    return `q${this.queueCount++}`;
  }

  newAgentId(): string {
    return `a${this.agentCount++}`;
  }

  /** The lowest rank so far minus one (a new queue may overflow into every queue before it). */
  lowestRank(): number {
    return Math.min(0, ...[...this.queues.values()].map((q) => q.rank)) - 1;
  }

  queueIds(): string[] {
    return [...this.queues.keys()].sort();
  }

  agentIds(): string[] {
    return [...this.agents.keys()].sort();
  }

  /** Learns from an accepted or rejected command. */
  note(command: Command, result: CommandResult, rankOf: (queueId: string) => number): void {
    const id = command.commandId;
    // A repeated commandId changed nothing, whatever the command says now.
    if (id !== undefined && this.usedIds.has(id)) return;
    if (id !== undefined) {
      this.usedIds.add(id);
      remember(this.identified, command);
    }
    if (!result.ok) return;
    if (result.contactId !== undefined && !this.live.includes(result.contactId)) this.live.push(result.contactId);
    if (result.sessionId !== undefined) this.sessions.add(result.sessionId);
    switch (command.type) {
      case 'agent.add':
      case 'agent.update':
        return void this.agents.set(command.agent.id, command.agent);
      case 'agent.remove':
        this.agents.delete(command.agentId);
        return remember(this.removed, command.agentId);
      case 'agent.setMemberships': {
        const agent = this.agents.get(command.agentId);
        if (agent !== undefined) this.agents.set(agent.id, { ...agent, memberships: command.memberships as AgentConfigInput['memberships'] });
        return;
      }
      case 'queue.add':
      case 'queue.update':
        return void this.queues.set(command.queue.id, { config: command.queue as QueueConfigInput, rank: rankOf(command.queue.id) });
      case 'queue.remove':
        this.queues.delete(command.queueId);
        return remember(this.removed, command.queueId);
      default:
        return;
    }
  }

  /** Live contacts grouped by status, moving ended ones (and their sessions) aside. */
  survey(engine: Engine): Map<string, string[]> {
    const byStatus = new Map<string, string[]>();
    const still: string[] = [];
    for (const id of this.live) {
      const view = engine.contact(id);
      if (view === undefined) {
        remember(this.ended, id);
        continue;
      }
      still.push(id);
      if (view.sessionId !== null) this.sessions.add(view.sessionId);
      byStatus.set(view.status, [...(byStatus.get(view.status) ?? []), id]);
    }
    this.live = still;
    for (const sessionId of this.sessions) {
      if (engine.session(sessionId)?.status === 'open') continue;
      this.sessions.delete(sessionId);
      remember(this.closedSessions, sessionId);
    }
    return byStatus;
  }

  /** Every pending offer of the known agents; offers no longer pending become finished. */
  offers(engine: Engine): string[] {
    const now = new Set(this.agentIds().flatMap((id) => engine.agent(id)?.pendingOfferIds ?? []));
    for (const id of this.pendingOffers) if (!now.has(id)) remember(this.finishedOffers, id);
    this.pendingOffers = now;
    return [...now].sort();
  }
}
