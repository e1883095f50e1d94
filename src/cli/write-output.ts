/**
 * Writes an output file of `simulate` (`--json`, `--html`), creating its directory. A path that cannot
 * be written is a `UsageError` naming the flag and the path.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from './usage-error.js';

/**
 * Writes `text` to `path` as UTF-8.
 * @example writeOutput('out/run.json', JSON.stringify(result), '--json');
 */
export function writeOutput(path: string, text: string, flag: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text, 'utf8');
  } catch (error) {
    throw new UsageError(`${flag}: cannot write ${path}: ${(error as Error).message}`);
  }
}
