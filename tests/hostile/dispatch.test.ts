/**
 * The hostile-input catalogue for `engine.dispatch` (rows in dispatch-rows.ts). For every row:
 * nothing throws; the command is rejected with its code and a short message naming the field (a
 * rejected command changes nothing but the log and the journal length), or it is accepted; no
 * built-in prototype is touched; the contact accepted before the row is still live and is routed
 * afterwards; and recovery from the journal reaches the same state and the same log (D-014).
 */
import { describe, expect, it } from 'vitest';
import { type CommandResult, createEngine, type Engine, type SwitchboardEvent, VirtualClock } from '../../src/index.js';
import type { InMemoryJournal } from '../../src/engine/journal.js';
import type { EngineSnapshot } from '../../src/engine/snapshot-types.js';
import { DISPATCH_ROWS, type DispatchRow } from './dispatch-rows.js';
import { expectKeeperRouted, expectNoPollution, hostileEngine } from './guards.js';
import { HOSTILE_CONFIG } from './hostile-values.js';

/** Longest acceptable error message: a 1 MB input must not come back as a 1 MB message. */
const MESSAGE_LENGTH_MAX = 2_000;

/** The state without what every dispatch, even a rejected one, advances (journal length, event seq). */
function settledState(engine: Engine): unknown {
  return { ...(JSON.parse(JSON.stringify(engine.snapshot())) as EngineSnapshot), journalLength: null, nextSeq: null };
}

/** An event without the free text of a rejection. */
function dispatchRow(engine: Engine, row: DispatchRow): CommandResult {
  let result: CommandResult | undefined;
  expect(() => {
    result = engine.dispatch(row.command() as never);
  }, `${row.name}: dispatch must not throw`).not.toThrow();
  return result!;
}

function expectOutcome(row: DispatchRow, result: CommandResult): void {
  if ('accept' in row.outcome) {
    expect(result, `${row.name}: expected acceptance`).toMatchObject({ ok: true });
    return;
  }
  expect(result.ok, `${row.name}: expected a rejection, got ${JSON.stringify(result).slice(0, 200)}`).toBe(false);
  if (result.ok) return;
  expect(Object.keys(result.error).sort()).toEqual(['code', 'message']);
  expect(result.error.code).toBe(row.outcome.reject);
  expect(typeof result.error.message).toBe('string');
  expect(result.error.message.length, `message: ${result.error.message.slice(0, 200)}...`).toBeLessThanOrEqual(MESSAGE_LENGTH_MAX);
  expect(result.error.message).toContain(row.outcome.field);
}

/** Runs a row on a fresh engine (checking its outcome unless told not to) and returns the engine and its journal. */
function runRow(row: DispatchRow, checkOutcome = true): { engine: Engine; clock: VirtualClock; journal: InMemoryJournal } {
  const harness = hostileEngine();
  const before = settledState(harness.engine);
  const result = dispatchRow(harness.engine, row);
  if (checkOutcome) expectOutcome(row, result);
  if (!result.ok) expect(settledState(harness.engine), `${row.name}: a rejected command must change nothing`).toEqual(before);
  expectNoPollution();
  expectKeeperRouted(harness.engine);
  expectNoPollution();
  return harness;
}

/** Recovers a row's engine from its journal alone. */
function recovered(clock: VirtualClock, journal: InMemoryJournal): Engine {
  return createEngine({ config: HOSTILE_CONFIG, clock: new VirtualClock(clock.now()), journal, seed: 3 });
}

describe.each(DISPATCH_ROWS)('engine.dispatch with hostile input: %s', (_group, rows) => {
  for (const row of rows) {
    it(`${row.name}: rejected or handled, nothing lost, no prototype touched`, () => {
      runRow(row);
    });

    it(`${row.name}: replays from the journal to the same state`, () => {
      const { engine, clock, journal } = runRow(row, false);
      expect(JSON.stringify(recovered(clock, journal).snapshot())).toBe(JSON.stringify(engine.snapshot()));
      expectNoPollution();
    });

    it(`${row.name}: replays from the journal to the same log`, () => {
      const { engine, clock, journal } = runRow(row, false);
      const log = (of: Engine) => JSON.stringify(of.events());
      expect(log(recovered(clock, journal))).toBe(log(engine));
    });
  }
});

describe('engine.dispatch with a remembered commandId and hostile values', () => {
  // A retry after a restart must get the same answer as before it.
  it.each([
    ['priority NaN', NaN],
    ['priority Infinity', Infinity],
    ['priority 10n', 10n],
  ])('remembers the same rejection after recovery (%s)', (_name, priority) => {
    const { engine, clock, journal } = hostileEngine();
    const live = engine.dispatch({ type: 'contact.create', commandId: 'retry-me', queueId: 'sales', channel: 'chat', priority } as never);
    expect(live.ok).toBe(false);
    const remembered = new Map(recovered(clock, journal).snapshot().commandMemory);
    expect(remembered.get('retry-me')).toEqual(live);
  });
});

describe('engine.dispatch with an accessor that throws', () => {
  it('rejects a command whose field getter throws, without throwing', () => {
    const { engine } = hostileEngine();
    const command = {
      type: 'contact.create',
      queueId: 'sales',
      get channel(): string {
        throw new Error('hostile getter');
      },
    };
    let result: CommandResult | undefined;
    expect(() => {
      result = engine.dispatch(command as never);
    }).not.toThrow();
    expect(result).toMatchObject({ ok: false });
    expectKeeperRouted(engine);
  });
});
