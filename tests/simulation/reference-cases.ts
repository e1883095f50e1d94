/**
 * The queueing reference file (`tests/reference/queueing-cases.json`, a copy of the project's shared
 * `reference/queueing-cases.json`, so a clone alone runs the tests) and its mapping to scenarios:
 * rates per second become rates per hour, seconds become ms, class priority 0 (most urgent) becomes
 * engine priority 0, class 1 becomes -1 (D-003: higher is first), `patience: null` means
 * infinitely patient, `queue_capacity: 0` a queue with `lengthMax: 0` that rejects. Every class is its
 * own arrival stream into one auto-accept queue, requiring its own skill; agents have the skills their
 * group lists, no accept delay and no wrap-up.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DistributionInput, ScenarioInput } from '../../src/simulation/index.js';

/** A time distribution of the reference file (seconds). */
export interface ReferenceDistribution {
  readonly dist: 'exponential' | 'deterministic' | 'lognormal';
  readonly mean: number;
  readonly sd?: number;
}

/** One class of a reference case. */
export interface ReferenceClass {
  readonly name: string;
  readonly arrival_rate: number;
  readonly service: ReferenceDistribution;
  readonly patience: ReferenceDistribution | null;
  readonly priority: number;
}

/** The parameters of a reference case. */
export interface ReferenceParams {
  readonly classes: readonly ReferenceClass[];
  readonly agent_groups: readonly { readonly count: number; readonly skills: readonly string[] }[];
  readonly queue_capacity: number | null;
  readonly sl_threshold: number;
}

/** Metrics of one scope, in the file's units (seconds). */
export type ReferenceMetrics = Readonly<Record<string, number>>;

/** One case of the reference file. */
export interface ReferenceCase {
  readonly id: string;
  readonly model: string;
  readonly description: string;
  readonly params: ReferenceParams;
  readonly expected: { readonly overall: ReferenceMetrics; readonly by_class?: Readonly<Record<string, ReferenceMetrics>> };
  readonly tolerance_abs_200k: Readonly<Record<string, number | Readonly<Record<string, ReferenceMetrics>>>>;
}

/** The reference file's path. */
export const REFERENCE_FILE = fileURLToPath(new URL('../reference/queueing-cases.json', import.meta.url));

/** Every case of the reference file. */
export function referenceCases(): ReferenceCase[] {
  return (JSON.parse(readFileSync(REFERENCE_FILE, 'utf8')) as { cases: ReferenceCase[] }).cases;
}

/** A reference distribution in seconds as a scenario distribution in ms. */
export function distributionOf(d: ReferenceDistribution): DistributionInput {
  if (d.dist === 'deterministic') return { kind: 'deterministic', valueMs: d.mean * 1000 };
  if (d.dist === 'lognormal') return { kind: 'lognormal', meanMs: d.mean * 1000, sdMs: (d.sd ?? 0) * 1000 };
  return { kind: 'exponential', meanMs: d.mean * 1000 };
}

/** The scenario of a reference case: `customers` arrivals, the first 10 % of them a warm-up. */
export function scenarioOf(params: ReferenceParams, seed: number, customers: number): ScenarioInput {
  const skills = params.classes.map((c) => c.name);
  const capacity = params.queue_capacity;
  return {
    name: 'reference case',
    seed,
    horizon: { customers },
    warmupCustomersFraction: 0.1,
    serviceLevelThresholdMs: params.sl_threshold * 1000,
    // One report interval and a coarse timeline: a validation run needs neither.
    reportIntervalMs: 2 ** 45,
    sampleMs: 2 ** 40,
    skills,
    queues: [
      {
        id: 'q',
        channels: ['voice'],
        offerMode: 'auto-accept',
        ...(capacity === null ? {} : { lengthMax: capacity, onLengthMax: { action: 'reject' as const } }),
      },
    ],
    agentGroups: params.agent_groups.map((g, i) => ({
      id: `g${i + 1}`,
      count: g.count,
      skills: Object.fromEntries(g.skills.map((s) => [s, 1])),
      capacity: { voice: 1 },
      memberships: [{ queueId: 'q' }],
    })),
    arrivals: params.classes.map((c) => ({
      id: c.name,
      queueId: 'q',
      channel: 'voice' as const,
      ratePerHour: c.arrival_rate * 3600,
      // Class 0 is the most urgent in the file; higher is first in the engine (D-003).
      classes: [{ name: c.name, share: 1, priority: -c.priority, skills: { [c.name]: 1 } }],
      handleTime: distributionOf(c.service),
      patience: c.patience === null ? null : distributionOf(c.patience),
    })),
  };
}
