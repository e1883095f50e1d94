/**
 * The simulator: scenarios, distributions, simulated customers and agents driving the real engine on a
 * virtual clock, queueing metrics. (The Erlang calculators are exported from `./erlang/index.js`.)
 */

// Running a scenario
export { runSimulation } from './run-simulation.js';
export type { SimulationOptions, SimulationProgress, SimulationResult } from './simulation-result.js';
export type { QueueingResult } from './queueing-fold.js';
export type { QueueingMetrics } from './queueing-metrics.js';
export type { Timeline, TimelineSample } from './timeline.js';
export { DEFAULT_SCENARIO } from './default-scenario.js';

// Scenarios
export { parseScenario } from './parse-scenario.js';
export {
  ScenarioSchema,
  HorizonSchema,
  scenarioJsonSchema,
  type Scenario,
  type ScenarioInput,
} from './scenario.schema.js';
export { ScenarioQueueSchema, type ScenarioQueue, type ScenarioQueueInput } from './scenario-queue.schema.js';
export { AgentGroupSchema, ShiftSchema, PhoneCallsSchema, type AgentGroup, type AgentGroupInput, type Shift } from './agent-group.schema.js';
export {
  ArrivalStreamSchema,
  CustomerClassSchema,
  type ArrivalStream,
  type ArrivalStreamInput,
  type CustomerClass,
} from './arrival-stream.schema.js';

// Distributions and seeded streams
export { DistributionSchema, DISTRIBUTION_KINDS, type Distribution, type DistributionInput } from './distribution.schema.js';
export { createSampler, distributionMeanMs, type Sampler } from './sample-distribution.js';
export { deriveSeed, streamRandom } from './random-streams.js';
