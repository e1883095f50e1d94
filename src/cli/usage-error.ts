/**
 * The CLI's one error kind: a problem with the command line or its input (a bad flag, a missing or
 * invalid scenario file, an unwritable output path). The CLI prints its message, with no stack trace,
 * and exits with `EXIT_USAGE`.
 */

/** Exit code for bad flags, bad input files and inputs a calculator refuses. */
export const EXIT_USAGE = 2;

/** A command-line or input problem: printed as is, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
