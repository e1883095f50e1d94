/**
 * How agents' `longest-idle` slots are grouped (src/routing/ready-groups.ts): agents with one profile
 * and one queue set share a heap, and a queue takes part in a bounded number of groups, so a decision
 * there looks at a bounded number of sets however different the agents' queue sets are.
 */
import { describe, expect, it } from 'vitest';
import { unfileAgent } from '../../../src/routing/agent-readiness.js';
import { assignHomes, GROUPS_PER_QUEUE_MAX } from '../../../src/routing/ready-groups.js';
import type { AgentSlot, Membership, RoutedAgent } from '../../../src/routing/routed-agent.js';
import type { ChannelReadiness, RoutedQueue } from '../../../src/routing/routed-queue.js';
import type { SkillSet } from '../../../src/routing/skill-index.js';

const CHAT = 0;
const PROFILE: SkillSet = { id: 0, key: '', levels: new Map() };

function routedQueue(id: string): RoutedQueue {
  const chat: ChannelReadiness = { byProfile: new Map(), groups: new Map(), groupCount: 0, active: [] };
  return { id, strategy: 'longest-idle', readiness: [chat] } as unknown as RoutedQueue;
}

function routedAgent(id: string, queues: readonly RoutedQueue[]): RoutedAgent {
  const agent = { id, profile: PROFILE, memberships: [] as Membership[], leads: null, readyMask: 0 } as unknown as RoutedAgent;
  for (const queue of queues) {
    const membership = { agent, queue, slots: [] as AgentSlot[] } as unknown as Membership;
    const slot = { heapIndex: -1, agent, membership, channelIndex: CHAT, set: null, home: null, lead: false, peers: null, idleKeyMs: 0 };
    membership.slots = [slot];
    agent.memberships.push(membership);
  }
  return agent;
}

function hubHomes(agents: readonly RoutedAgent[], hub: RoutedQueue): Set<unknown> {
  return new Set(agents.map((agent) => agent.memberships.find((m) => m.queue === hub)!.slots[0]!.home));
}

describe('ready groups', () => {
  it('gives agents with the same profile and queues one group, led by one slot', () => {
    const [a, b] = [routedQueue('a'), routedQueue('b')];
    const agents = ['ann', 'bob'].map((id) => routedAgent(id, [a, b]));
    const leads = agents.map((agent) => assignHomes(agent));
    expect(leads.map((l) => l.length)).toEqual([1, 1]);
    expect(hubHomes(agents, a).size).toBe(1);
    expect(leads[0]![0]!.peers!.map((slot) => slot.membership.queue.id)).toEqual(['a', 'b']);
    expect(a.readiness[CHAT]!.groupCount).toBe(1);
  });

  it(`lets a queue take part in at most ${GROUPS_PER_QUEUE_MAX} groups; later agents use its own set`, () => {
    const hub = routedQueue('hub');
    const agents = Array.from({ length: GROUPS_PER_QUEUE_MAX + 8 }, (_, i) => routedAgent(`agent-${i}`, [hub, routedQueue(`own-${i}`)]));
    const leads = agents.map((agent) => assignHomes(agent));
    expect(hub.readiness[CHAT]!.groupCount).toBe(GROUPS_PER_QUEUE_MAX);
    // One view per group, plus the hub's own set for the profile: never one set per agent.
    expect(hubHomes(agents, hub).size).toBe(GROUPS_PER_QUEUE_MAX + 1);
    // Past the cap an agent has a lead slot (its own set) in each queue.
    expect(leads.at(-1)!.length).toBe(2);
    expect(leads[0]!.length).toBe(1);
  });

  it('drops a group when its last agent leaves it, so the queue can take part in a new one', () => {
    const hub = routedQueue('hub');
    const agents = Array.from({ length: GROUPS_PER_QUEUE_MAX }, (_, i) => routedAgent(`agent-${i}`, [hub, routedQueue(`own-${i}`)]));
    for (const agent of agents) agent.leads = assignHomes(agent);
    expect(hub.readiness[CHAT]!.groupCount).toBe(GROUPS_PER_QUEUE_MAX);
    unfileAgent(agents[0]!);
    expect(hub.readiness[CHAT]!.groupCount).toBe(GROUPS_PER_QUEUE_MAX - 1);
    expect(hub.readiness[CHAT]!.groups.size).toBe(GROUPS_PER_QUEUE_MAX - 1);
    const late = routedAgent('late', [hub, routedQueue('own-late')]);
    expect(assignHomes(late)).toHaveLength(1);
    expect(hub.readiness[CHAT]!.groupCount).toBe(GROUPS_PER_QUEUE_MAX);
  });

  it('keeps a group while one of its agents is still in it', () => {
    const [a, b] = [routedQueue('a'), routedQueue('b')];
    const agents = ['ann', 'bob'].map((id) => routedAgent(id, [a, b]));
    for (const agent of agents) agent.leads = assignHomes(agent);
    unfileAgent(agents[0]!);
    expect(a.readiness[CHAT]!.groupCount).toBe(1);
    unfileAgent(agents[1]!);
    expect([a.readiness[CHAT]!.groupCount, b.readiness[CHAT]!.groupCount, a.readiness[CHAT]!.groups.size]).toEqual([0, 0, 0]);
  });
});
