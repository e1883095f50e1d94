/**
 * The end of the warm-up. Given in ms it is simply `startMs + warmupMs`; given as a fraction of the
 * customers, it is the arrival time of the first measured customer, found by running the arrival
 * processes alone (same seeds, so the same times as the run itself) before the run starts.
 */
import { ArrivalProcess } from './arrival-process.js';
import { streamIdOf } from './customer-factory.js';
import { streamRandom } from './random-streams.js';
import type { Scenario } from './scenario.schema.js';

/** The run's horizon as resolved: at most `customers` arrivals, before `endMs`. */
export interface ResolvedHorizon {
  readonly customers: number;
  readonly endMs: number;
}

/**
 * When measurement starts: customers arriving from then on are measured.
 * @example measureFromMs(scenario, Date.parse(scenario.startAt), { customers: 10_000, endMs: Infinity });
 */
export function measureFromMs(scenario: Scenario, startMs: number, horizon: ResolvedHorizon): number {
  const fraction = scenario.warmupCustomersFraction;
  if (fraction === undefined) return startMs + scenario.warmupMs;
  const times = arrivalTimes(scenario, startMs, horizon);
  const skipped = Math.floor(fraction * times.length);
  // fraction < 1, so skipped < times.length whenever it is positive.
  return skipped === 0 ? startMs : (times[skipped] as number);
}

/** Every arrival time of the run, merged over the streams, in order. */
function arrivalTimes(scenario: Scenario, startMs: number, horizon: ResolvedHorizon): number[] {
  const processes = scenario.arrivals.map((stream) => {
    const rates = stream.hourlyRatesPerHour ?? [stream.ratePerHour as number];
    return new ArrivalProcess(streamRandom(scenario.seed, `arrivals/${streamIdOf(stream)}`), rates, scenario.timeZone);
  });
  const next = processes.map((process) => process.next(startMs));
  const times: number[] = [];
  while (times.length < horizon.customers) {
    let first = 0;
    for (let i = 1; i < next.length; i++) if ((next[i] as number) < (next[first] as number)) first = i;
    const atMs = next[first] as number;
    if (atMs >= horizon.endMs) break;
    times.push(atMs);
    next[first] = (processes[first] as ArrivalProcess).next(atMs);
  }
  return times;
}
