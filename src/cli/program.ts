/**
 * The `switchboard` command line: commander with the `simulate` and `erlang` commands. Problems with
 * the command line or its input print one message (a bad scenario: one line per problem) and give
 * exit code 2, never a stack trace; help gives 0.
 */
import { Command, CommanderError } from 'commander';
import type { CliIo } from './cli-io.js';
import { registerErlang } from './erlang.command.js';
import { registerSimulate } from './simulate.command.js';
import { EXIT_USAGE, UsageError } from './usage-error.js';

/** The prefix of every error message. */
const PREFIX = 'switchboard: ';

/**
 * Runs the command line `argv` (without `node` and the script) and returns the exit code.
 * @example process.exitCode = runCli(['erlang', '--arrivals', '200/h', '--handle', '180s'], processIo());
 */
export function runCli(argv: readonly string[], io: CliIo): number {
  const program = new Command()
    .name('switchboard')
    .description('Switchboard: simulate a contact centre, or answer staffing questions with Erlang formulas')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: (text, write) => write(`${PREFIX}${oneLine(text)}\n`) });
  registerSimulate(program, io);
  registerErlang(program, io);
  try {
    program.parse([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_USAGE;
    if (error instanceof UsageError) {
      io.err(`${PREFIX}error: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

/** Commander's message on one line (it puts "(Did you mean --seed?)" on a second). */
function oneLine(text: string): string {
  return text.trim().replace(/\s*\n\s*/g, ' ');
}
