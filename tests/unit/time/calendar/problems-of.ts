/**
 * Test helper: the messages `compileCalendar` rejects a configuration with.
 */
import { ConfigError } from '../../../../src/domain/errors.js';
import { compileCalendar } from '../../../../src/time/calendar/index.js';

/** The messages `compileCalendar` rejects a configuration with (an empty list if it accepts it). */
export function problemsOf(config: unknown): string[] {
  try {
    compileCalendar(config as never);
    return [];
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return error.problems.map((problem) => problem.message);
  }
}
