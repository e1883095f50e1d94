/**
 * Progress of a run for `onProgress`: the larger of the customer and the time fractions of the horizon,
 * told each time it passes a whole percent (at most about 100 calls), then once more at the end.
 */
import type { ResolvedRun } from './resolve-run.js';
import type { SimulationProgress } from './simulation-result.js';

/** Tells a progress callback about the run, a bounded number of times. */
export class ProgressReporter {
  private lastPercent = -1;
  private readonly durationMs: number;

  constructor(
    private readonly resolved: ResolvedRun,
    private readonly onProgress: ((progress: SimulationProgress) => void) | undefined,
  ) {
    this.durationMs = resolved.horizon.endMs - resolved.startMs;
  }

  /** Called after each arrival. */
  update(customers: number, simulatedMs: number): void {
    if (this.onProgress === undefined) return;
    const fraction = Math.min(1, Math.max(customers / this.resolved.horizon.customers, simulatedMs / this.durationMs));
    const percent = Math.floor(fraction * 100);
    if (percent <= this.lastPercent || percent >= 100) return;
    this.lastPercent = percent;
    this.onProgress({ fraction, customers, simulatedMs });
  }

  /** Called once at the end of the run. */
  finish(customers: number, simulatedMs: number): void {
    this.onProgress?.({ fraction: 1, customers, simulatedMs });
  }
}
