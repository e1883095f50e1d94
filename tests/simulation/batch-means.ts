/**
 * Per-customer observations of a run, read back from its event log, and batch-means standard errors
 * (the method the reference file used for its tolerances): the measured customers, in arrival order,
 * are cut into consecutive batches; the spread of the batch means estimates the standard error of the
 * overall mean, correlation between neighbouring customers included.
 */
import type { SwitchboardEvent } from '../../src/index.js';
import type { SimulationResult } from '../../src/simulation/index.js';

/** One measured customer: their class (the skill they require), outcome and wait in seconds. */
export interface Observation {
  readonly className: string;
  outcome: 'answered' | 'abandoned' | 'blocked' | 'open';
  waitSec: number;
}

/** The measured customers of a run kept with `keepEvents`, in arrival order. */
export function observationsOf(result: SimulationResult): Observation[] {
  const byId = new Map<string, Observation>();
  const out: Observation[] = [];
  for (const event of result.events as readonly SwitchboardEvent[]) {
    if (event.type === 'contact.created') {
      if (event.at < result.queueing.measureFromMs) continue;
      const observation: Observation = { className: Object.keys(event.skills ?? {})[0] ?? 'default', outcome: 'open', waitSec: 0 };
      byId.set(event.contactId, observation);
      out.push(observation);
    } else if (event.type === 'contact.assigned' || event.type === 'contact.abandoned' || event.type === 'contact.rejected') {
      const observation = byId.get(event.contactId);
      if (observation === undefined || observation.outcome !== 'open') continue;
      observation.outcome = event.type === 'contact.assigned' ? 'answered' : event.type === 'contact.abandoned' ? 'abandoned' : 'blocked';
      observation.waitSec = event.type === 'contact.rejected' ? 0 : event.waitMs / 1000;
    }
  }
  return out;
}

/** A per-customer quantity: its value for one customer, or null when the customer is not in its denominator. */
export type PerCustomer = (o: Observation) => number | null;

/** The mean of a per-customer quantity (over every customer) and its batch-means standard error (the remainder after 20 equal batches left out). */
export function batchMeans(observations: readonly Observation[], value: PerCustomer, batches = 20): { mean: number; se: number } {
  const size = Math.floor(observations.length / batches);
  const means: number[] = [];
  for (let b = 0; b < batches; b++) {
    let sum = 0;
    let n = 0;
    for (let i = b * size; i < (b + 1) * size; i++) {
      const v = value(observations[i] as Observation);
      if (v === null) continue;
      sum += v;
      n++;
    }
    if (n > 0) means.push(sum / n);
  }
  let total = 0;
  let count = 0;
  for (const observation of observations) {
    const v = value(observation);
    if (v === null) continue;
    total += v;
    count++;
  }
  const grand = means.reduce((s, m) => s + m, 0) / means.length;
  const variance = means.reduce((s, m) => s + (m - grand) ** 2, 0) / (means.length - 1);
  return { mean: total / count, se: Math.sqrt(variance / means.length) };
}
