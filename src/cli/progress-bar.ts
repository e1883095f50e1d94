/**
 * The progress bar of `simulate`: cli-progress on stderr, only when stderr is a terminal (a pipe or a
 * file gets no bar, so logs stay clean). The simulation is synchronous, so the bar redraws from the
 * progress callback (cli-progress `synchronousUpdate`), not from a timer.
 */
import { SingleBar } from 'cli-progress';
import type { SimulationProgress } from '../simulation/simulation-result.js';
import { formatSpan } from './format.js';

/** A progress bar: its callback for `runSimulation` and `stop` to clear it. */
export interface ProgressBar {
  readonly onProgress: (progress: SimulationProgress) => void;
  readonly stop: () => void;
}

/**
 * A progress bar on `stream` if it is a TTY, else null.
 * @example const bar = createProgressBar(process.stderr); runSimulation(s, { onProgress: bar?.onProgress });
 */
export function createProgressBar(stream: NodeJS.WriteStream): ProgressBar | null {
  if (stream.isTTY !== true) return null;
  const bar = new SingleBar({
    stream,
    format: 'simulating |{bar}| {percentage}% | {customers} customers | {simulated} simulated | ETA {eta_formatted}',
    barCompleteChar: '\u2588',
    barIncompleteChar: '\u2591',
    hideCursor: true,
    clearOnComplete: true,
    fps: 10,
  });
  bar.start(100, 0, { customers: 0, simulated: '0 s' });
  return {
    onProgress: ({ fraction, customers, simulatedMs }) =>
      bar.update(Math.round(fraction * 100), { customers, simulated: formatSpan(simulatedMs) }),
    stop: () => bar.stop(),
  };
}
