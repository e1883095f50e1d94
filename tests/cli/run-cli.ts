/**
 * Runs the CLI in a child process, as a user would (`node --import tsx src/cli/main.ts ...`), with
 * stdout and stderr captured (so stderr is not a TTY: no progress bar).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The repository root. */
export const ROOT = join(import.meta.dirname, '../..');

/** What a CLI run printed and its exit code. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `switchboard <args>` from the sources and waits for it. */
export function runCli(args: readonly string[]): CliRun {
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 60_000,
  });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

/** The command line of a run, for failure messages. */
export function describeRun(args: readonly string[]): string {
  return `switchboard ${args.join(' ')}`;
}
