/**
 * Mutants of the clock-anomaly rule (EngineCore.sync in src/engine/engine.ts): the oracle must catch
 * an engine that stays silent when the clock first falls behind engine time, and one that stays silent
 * when the clock goes further back while already behind. The unbroken engine passes the same script.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EngineConfigInput } from '../../src/index.js';
import { CheckedEngine } from '../support/harness/checked-engine.js';

type Mutation = 'none' | 'silent-when-falling-behind' | 'silent-when-going-further-back';
const mutant = vi.hoisted(() => ({ mutation: 'none' as Mutation }));

vi.mock('../../src/engine/engine.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/engine/engine.js')>();
  class MutantCore extends real.EngineCore {
    protected override sync(clockMs: number): number {
      if (mutant.mutation === 'silent-when-falling-behind') this.state.clockBehind = true;
      if (mutant.mutation === 'silent-when-going-further-back') this.state.lastClockMs = -Infinity;
      return super.sync(clockMs);
    }
  }
  return { ...real, EngineCore: MutantCore };
});

const CONFIG: EngineConfigInput = {
  queues: [{ id: 'sales', channels: ['chat'], offerTimeoutMs: 3_000 }],
  agents: [{ id: 'ann', memberships: [{ queueId: 'sales' }] }],
};

/** Offers a chat, lets the offer expire at 4 s, then reads the clock at 2 s and again at 1.5 s. */
function run(): string[] {
  return runScript().violations;
}

function runScript(): { violations: string[]; anomalies: number[] } {
  const checked = new CheckedEngine(CONFIG, 7);
  const violations: string[] = [];
  const step = (outcome: { violations: readonly string[] }): void => void violations.push(...outcome.violations);
  checked.advanceTo(1_000);
  step(checked.dispatch({ type: 'agent.setStatus', agentId: 'ann', status: 'available' }));
  step(checked.dispatch({ type: 'contact.create', queueId: 'sales', channel: 'chat' }));
  step(checked.advanceTo(5_000));
  checked.advanceTo(2_000);
  step(checked.dispatch({ type: 'agent.setStatus', agentId: 'ann', status: 'available' }));
  checked.advanceTo(1_500);
  step(checked.dispatch({ type: 'agent.setStatus', agentId: 'ann', status: 'available' }));
  checked.advanceTo(1_800);
  step(checked.dispatch({ type: 'agent.setStatus', agentId: 'ann', status: 'available' }));
  const anomalies = checked.engine.events().flatMap((e) => (e.type === 'clock.anomaly' ? [e.clockMs] : []));
  return { violations, anomalies };
}

describe('mutants: the clock-anomaly rule', () => {
  afterEach(() => {
    mutant.mutation = 'none';
  });

  it('the unbroken engine logs one anomaly when the clock falls behind and one when it goes further back', () => {
    const { violations, anomalies } = runScript();
    expect(violations).toEqual([]);
    expect(anomalies).toEqual([2_000, 1_500]);
  });

  it('an engine silent when the clock first falls behind is caught', () => {
    mutant.mutation = 'silent-when-falling-behind';
    expect(run().join('\n')).toMatch(/the clock read 2000, behind engine time 4000.*no clock.anomaly/);
  });

  it('an engine silent when the clock goes further back is caught', () => {
    mutant.mutation = 'silent-when-going-further-back';
    expect(run().join('\n')).toMatch(/the clock read 1500, behind engine time 4000 \(previous reading 2000\).*no clock.anomaly/);
  });
});
