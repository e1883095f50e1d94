/**
 * Erlang B: the blocking probability of a loss system (M/M/c/c), where a call that finds every
 * server busy is lost. Used directly for trunk sizing and as the stable first step of Erlang C.
 *
 * Method: the recursion B(0) = 1, B(k) = A·B(k-1) / (k + A·B(k-1)). Every term lies in [0, 1], so
 * it neither overflows nor loses precision, unlike A^c / c! summed directly; it is O(servers) and
 * fine for tens of thousands of servers.
 */
import { requirePositiveFinite, requirePositiveInteger } from './validate-inputs.js';

/** Options for `erlangB`: a server count and the offered traffic in Erlangs (arrival rate × mean hold time). */
export interface ErlangBOptions {
  /** Number of servers (lines, trunks, agents); a positive integer. */
  servers: number;
  /** Offered traffic in Erlangs; finite and > 0. */
  trafficErlangs: number;
}

/** The steady-state metrics of an M/M/c/c loss system. */
export interface ErlangBResult {
  /** Offered traffic in Erlangs, as given. */
  offeredLoadErlangs: number;
  /** Fraction of arrivals that find every server busy and are lost. */
  pBlock: number;
  /** Traffic actually carried: offered × (1 - pBlock). */
  carriedLoadErlangs: number;
  /** Time-average fraction of servers busy: carried load / servers. */
  occupancy: number;
}

/**
 * The Erlang B blocking probability for already-validated inputs (internal building block).
 * @example erlangBBlocking(30, 25); // ≈ 0.0526
 */
export function erlangBBlocking(servers: number, trafficErlangs: number): number {
  let blocking = 1;
  for (let k = 1; k <= servers; k++) {
    const numerator = trafficErlangs * blocking;
    blocking = numerator / (k + numerator);
  }
  return blocking;
}

/**
 * Computes Erlang B: the blocking probability and carried load of an M/M/c/c loss system.
 * Throws a RangeError naming the field if an input is not valid.
 * @example
 * const { pBlock } = erlangB({ servers: 30, trafficErlangs: 25 }); // pBlock ≈ 0.0526
 */
export function erlangB(options: ErlangBOptions): ErlangBResult {
  const servers = requirePositiveInteger('erlangB', 'servers', options.servers);
  const trafficErlangs = requirePositiveFinite('erlangB', 'trafficErlangs', options.trafficErlangs);
  const pBlock = erlangBBlocking(servers, trafficErlangs);
  const carriedLoadErlangs = trafficErlangs * (1 - pBlock);
  return {
    offeredLoadErlangs: trafficErlangs,
    pBlock,
    carriedLoadErlangs,
    occupancy: carriedLoadErlangs / servers,
  };
}
