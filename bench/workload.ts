/**
 * Workload shapes shared by the benchmarks: the reference contact centre (skills, skill sets, queues
 * and memberships) and a flat one (no skills, a chosen number of queues per agent).
 */
import type { Channel, EngineConfigInput } from '../src/index.js';
import { BenchRandom } from './rng.js';

/** How agents, queues and skills are laid out. */
export type Topology =
  /** Queue q requires skill q mod `skills`; agents have one of 2 x `skills` skill sets and join every queue they can serve. */
  | { readonly kind: 'skills'; readonly skills: number }
  /**
   * No skills; agent i joins queues i, i+1, ... (mod queue count), `queuesPerAgent` of them, or with
   * `mixed` that many queues drawn at random, so nearly every agent has a queue set of its own.
   */
  | { readonly kind: 'flat'; readonly queuesPerAgent: number; readonly mixed?: boolean };

/** Everything a workload needs to build an engine and send it contacts. */
export interface WorkloadOptions {
  readonly agents: number;
  readonly queues: number;
  readonly topology: Topology;
  readonly channel: Channel;
  /** Contacts one agent may hold at once on `channel`. */
  readonly capacity: number;
  readonly wrapUpMs: number;
  readonly offerMode?: 'offer' | 'auto-accept';
  /**
   * Draw each agent's skill levels at random (1-5) instead of one level set per skill set. The engine
   * keys its ready sets by the exact skill map (levels included), so this multiplies the profiles.
   */
  readonly randomLevels?: boolean;
  readonly seed: number;
}

/** A built workload: the configuration, the agent ids, and a seeded choice of queue per arrival. */
export interface Workload {
  readonly config: EngineConfigInput;
  readonly agentIds: readonly string[];
  readonly queueIds: readonly string[];
  /** The number of distinct agent skill maps, levels included (the engine's profiles). */
  readonly profileCount: number;
  /** Picks the queue of the next arrival: uniform over skills (with a queue), then over that skill's queues. */
  pickQueue(random: BenchRandom): string;
}

/** The skills of set k: two families of rotations; over 20 skills, 40 distinct three-skill sets, each skill in 6. */
export function skillSet(k: number, skills: number): number[] {
  const base = k % skills;
  const steps = Math.floor(k / skills) % 2 === 0 ? [0, 1, 5] : [0, 3, 9];
  return [...new Set(steps.map((step) => (base + step) % skills))];
}

/** Builds a workload. */
export function buildWorkload(options: WorkloadOptions): Workload {
  return options.topology.kind === 'skills'
    ? skillsWorkload(options, options.topology.skills)
    : flatWorkload(options, options.topology.queuesPerAgent, options.topology.mixed === true);
}

function queueConfig(id: string, options: WorkloadOptions, skills: Record<string, number>) {
  return { id, channels: [options.channel], wrapUpMs: options.wrapUpMs, skills, offerMode: options.offerMode ?? 'offer' };
}

function skillsWorkload(options: WorkloadOptions, skillCount: number): Workload {
  const random = new BenchRandom(options.seed ^ 0x5eed);
  const skills = Array.from({ length: skillCount }, (_, s) => `s${s}`);
  const queueIds = Array.from({ length: options.queues }, (_, q) => `q${q}`);
  const queuesBySkill: string[][] = skills.map(() => []);
  queueIds.forEach((id, q) => queuesBySkill[q % skillCount]?.push(id));
  const setCount = Math.min(2 * skillCount, options.agents);
  const agentIds: string[] = [];
  const agents = [];
  const profiles = new Set<string>();
  for (let i = 0; i < options.agents; i++) {
    const k = i % setCount;
    const set = skillSet(k, skillCount);
    const agentSkills: Record<string, number> = {};
    for (const s of set) agentSkills[skills[s] as string] = options.randomLevels === true ? 1 + random.int(5) : 1 + ((k + s) % 5);
    profiles.add(JSON.stringify(agentSkills));
    const memberships = set.flatMap((s) => (queuesBySkill[s] ?? []).map((queueId) => ({ queueId })));
    const id = `a${i}`;
    agentIds.push(id);
    agents.push({ id, skills: agentSkills, capacity: { [options.channel]: options.capacity }, memberships });
  }
  const queues = queueIds.map((id, q) => queueConfig(id, options, { [skills[q % skillCount] as string]: 1 }));
  // Arrivals are spread evenly over the skills that have a queue, then over that skill's queues.
  const served = queuesBySkill.filter((ofSkill) => ofSkill.length > 0);
  const pickQueue = (r: BenchRandom): string => {
    const ofSkill = served[r.int(served.length)] as string[];
    return ofSkill[r.int(ofSkill.length)] as string;
  };
  return { config: { skills, queues, agents }, agentIds, queueIds, profileCount: profiles.size, pickQueue };
}

function flatWorkload(options: WorkloadOptions, queuesPerAgent: number, mixed: boolean): Workload {
  const queueIds = Array.from({ length: options.queues }, (_, q) => `q${q}`);
  const perAgent = Math.min(queuesPerAgent, options.queues);
  const random = new BenchRandom(options.seed);
  const agentIds: string[] = [];
  const agents = [];
  for (let i = 0; i < options.agents; i++) {
    const indexes = mixed ? randomIndexes(random, perAgent, options.queues) : Array.from({ length: perAgent }, (_, k) => (i + k) % options.queues);
    const memberships = indexes.map((q) => ({ queueId: queueIds[q] as string }));
    const id = `a${i}`;
    agentIds.push(id);
    agents.push({ id, capacity: { [options.channel]: options.capacity }, memberships });
  }
  const queues = queueIds.map((id) => queueConfig(id, options, {}));
  const pickQueue = (r: BenchRandom): string => queueIds[r.int(queueIds.length)] as string;
  return { config: { skills: [], queues, agents }, agentIds, queueIds, profileCount: 1, pickQueue };
}

/** `count` distinct numbers below `limit`, drawn at random, in the order drawn. */
function randomIndexes(random: BenchRandom, count: number, limit: number): number[] {
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(random.int(limit));
  return [...chosen];
}

/** Sets every agent available (before measuring: presence changes are not part of the load). */
export function makeAllAvailable(engine: { agents: { setStatus(id: string, status: 'available'): unknown } }, agentIds: readonly string[]): void {
  for (const id of agentIds) engine.agents.setStatus(id, 'available');
}
