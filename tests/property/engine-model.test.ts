/**
 * Model-based test of the routing engine (issue 7): fast-check drives the engine and a brute-force
 * reference router (tests/support/reference-router) with the same commands, one class per command.
 * After every command the engine's events must be the ones the router predicts, and the invariant
 * oracle (tests/support/oracle) must find nothing. At the end of each run the inputs are replayed on a
 * fresh engine (invariant 13) and the restored engine is compared with the original (invariant 14).
 *
 * Reproduce a failure with the printed `{ seed, path }`; run longer with SWITCHBOARD_NUM_RUNS=2000.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EngineConfigInput } from '../../src/domain/config/engine.config.js';
import { assertClean, CheckedEngine } from '../support/harness/checked-engine.js';
import { SetPresenceCommand } from '../support/model-commands/agent-commands.js';
import type { Model, Real } from '../support/model-commands/model-run.js';
import { commandArbs, configArb } from '../support/model-commands/scenario.js';
import { ReferenceRouter } from '../support/reference-router/reference-router.js';

const SEED = Number(process.env.SWITCHBOARD_SEED ?? 20_261_123);
const NUM_RUNS = Number(process.env.SWITCHBOARD_NUM_RUNS ?? 200);

describe(`engine against the reference router (seed ${SEED}, ${NUM_RUNS} runs)`, () => {
  it('routes exactly like the brute-force reference router, and the oracle finds nothing', () => {
    let decisions = 0;
    fc.assert(
      fc.property(configArb, fc.integer({ min: 1, max: 1_000 }), fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }), fc.commands(commandArbs, { maxCommands: 100, size: 'max' }), (config, engineSeed, loggedIn, commands) => {
        const checked = new CheckedEngine(config as EngineConfigInput, engineSeed);
        const setup = (): { model: Model; real: Real } => {
          const model: Model = { router: new ReferenceRouter(config, engineSeed, 0), history: [], nextCommandId: 1 };
          const real: Real = { checked };
          // Agents chosen by `loggedIn` start available, so that runs reach busy states early.
          config.agents.forEach((_, i) => loggedIn[i] && new SetPresenceCommand(i, 'available').run(model, real));
          return { model, real };
        };
        fc.modelRun(setup, commands);
        assertClean(checked.finish(), 'the end of the run');
        decisions += checked.log.filter((e) => e.type === 'offer.created' || (e.type === 'contact.assigned' && e.offerId === null)).length;
      }),
      { seed: SEED, numRuns: NUM_RUNS },
    );
    // Not vacuous: the runs made routing decisions (about three per run at the default settings).
    expect(decisions).toBeGreaterThan(NUM_RUNS);
  });
});
