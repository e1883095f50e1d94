/**
 * Everything one swarm run does follows from its seed: the configuration (skills, 1-6 queues, 2-40
 * agents, routing settings), the start time, the number of steps, the load and how agents behave, and
 * the rate of each fault. About one seed in five leaves each fault out entirely, so some runs isolate
 * a few faults and others combine them all.
 */
import type { EngineConfigInput } from '../../../src/domain/config/engine.config.js';
import type { QueueConfigInput } from '../../../src/domain/config/queue.config.js';
import { genAgent, genQueue, type KnownQueue, SKILL_POOL } from './swarm-config.js';
import { SwarmRandom } from './swarm-random.js';

/** The faults the swarm injects in phase one. */
export const FAULT_KINDS = [
  'duplicateObject', // the same command object dispatched again
  'duplicateId', // another command object carrying a commandId already used
  'reorder', // a command held back and delivered after its neighbour
  'unknownId', // ids that name nothing (or something removed)
  'afterClose', // commands on ended contacts, finished offers and closed sessions
  'clockBack', // the clock set back before a command
  'jump', // the clock jumps hours ahead
  'restart', // continue on a snapshot
  'recover', // continue on an engine rebuilt from the journal (whole, or from a checkpoint)
  'configChange', // agents and queues added, updated, removed; memberships; capacities
] as const;

/** One kind of fault. */
export type FaultKind = (typeof FAULT_KINDS)[number];

/** Highest per-step probability of each fault. */
const FAULT_MAX: Record<FaultKind, number> = {
  duplicateObject: 0.08, duplicateId: 0.04, reorder: 0.15, unknownId: 0.04, afterClose: 0.04,
  clockBack: 0.015, jump: 0.01, restart: 0.012, recover: 0.008, configChange: 0.06,
};

/** Weights of the ordinary actions of phase one. */
export interface Behaviour {
  readonly create: number;
  readonly accept: number;
  readonly reject: number;
  readonly complete: number;
  readonly abandon: number;
  readonly handOn: number;
  readonly session: number;
  readonly callback: number;
  readonly presence: number;
  readonly advance: number;
  /** Mean of an ordinary clock step. */
  readonly stepMsMean: number;
  /** Share of commands that carry a `commandId`. */
  readonly commandIdRate: number;
}

/** A whole run, derived from one seed. */
export interface SwarmParams {
  readonly seed: number;
  readonly config: EngineConfigInput;
  readonly startMs: number;
  /** Ordinary steps of phase one. */
  readonly steps: number;
  readonly behaviour: Behaviour;
  readonly faults: Readonly<Record<FaultKind, number>>;
  /** Streams for the workload (and faults) and for generated configuration changes. */
  readonly workloadSeed: number;
  readonly configSeed: number;
  readonly skills: readonly string[];
  readonly queues: ReadonlyMap<string, KnownQueue>;
}

/** Derives a run's parameters from its seed. */
export function deriveParams(seed: number): SwarmParams {
  const rng = new SwarmRandom(seed);
  const configRng = rng.fork();
  const skills = configRng.subset(SKILL_POOL, 0.5).slice(0, 5);
  const queues = new Map<string, KnownQueue>();
  const queueCount = configRng.int(1, 6);
  // Generated last-first, so each queue can link to the higher-ranked ones made before it.
  for (let rank = queueCount - 1; rank >= 0; rank--) {
    const id = `q${rank}`;
    queues.set(id, { config: genQueue(configRng, id, rank, skills, queues), rank });
  }
  const queueIds = [...queues.keys()].sort();
  const agentCount = configRng.int(2, 40);
  const agents = Array.from({ length: agentCount }, (_, i) => genAgent(configRng, `a${i}`, skills, queueIds));
  const routing = { missedOffersMax: configRng.int(1, 4), phoneBlocks: configRng.subset(['chat', 'email', 'callback', 'outbound'] as const, 0.6) };
  const config: EngineConfigInput = { skills, queues: queueIds.map((id) => queues.get(id)!.config as QueueConfigInput), agents, routing };
  const faults = Object.fromEntries(FAULT_KINDS.map((kind) => [kind, rng.chance(0.2) ? 0 : rng.float() * FAULT_MAX[kind]])) as Record<FaultKind, number>;
  return {
    seed,
    config,
    startMs: rng.int(0, 3 * 24 * 60) * 60_000,
    steps: rng.int(250, 700),
    behaviour: behaviourOf(rng, agentCount),
    faults,
    workloadSeed: rng.int(0, 0xffff_ffff),
    configSeed: configRng.int(0, 0xffff_ffff),
    skills,
    queues,
  };
}

/** Load scales with the number of agents, from idle to overloaded. */
function behaviourOf(rng: SwarmRandom, agentCount: number): Behaviour {
  const load = 0.3 + rng.float() * 1.7;
  return {
    create: 0.12 * load * Math.sqrt(agentCount / 8),
    accept: 0.08 + rng.float() * 0.2,
    reject: rng.float() * 0.05,
    complete: 0.05 + rng.float() * 0.12,
    abandon: rng.float() * 0.04,
    handOn: rng.float() * 0.06,
    session: rng.float() * 0.05,
    callback: rng.float() * 0.02,
    presence: 0.02 + rng.float() * 0.05,
    advance: 0.15 + rng.float() * 0.2,
    stepMsMean: rng.pick([200, 1_000, 3_000, 10_000]),
    commandIdRate: rng.float() * 0.6,
  };
}
