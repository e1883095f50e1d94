/**
 * The simulator's internals some tests reach for (not part of the public API).
 */
export { ArrivalProcess } from '../../src/simulation/arrival-process.js';
export { createSampler, distributionMeanMs } from '../../src/simulation/sample-distribution.js';
export type { Distribution } from '../../src/simulation/distribution.schema.js';
export { deriveSeed } from '../../src/simulation/random-streams.js';
