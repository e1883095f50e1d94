/**
 * What the benchmark tools and `npm run soak` share on their command lines: `--help` prints the
 * tool's usage and exits 0; an unknown option, a missing value or a bad value prints one line naming
 * it and exits 2, never a stack trace (as the `switchboard` CLI does). Options are read with Node's
 * own `parseArgs`.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { EXIT_USAGE, UsageError } from '../src/cli/usage-error.js';

// The `switchboard` CLI's error kind and exit code: a tool's command-line problem is the same thing.
export { UsageError };

/** Thrown by `parseToolArgs` on `--help`: `runTool` prints the usage and exits 0. */
class HelpRequested extends Error {
  override readonly name = 'HelpRequested';
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** `parseArgs` (strict) with `--help` added; its errors become `UsageError`s. */
export function parseToolArgs<T extends Options>(argv: readonly string[], usage: string, options: T, allowPositionals = false) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals, strict: true });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')) throw new UsageError(firstSentence((error as Error).message));
    throw error;
  }
  if ((parsed.values as { help?: boolean }).help === true) throw new HelpRequested(usage);
  return parsed;
}

/** A positive integer option or argument, or a `UsageError` naming it. */
export function positiveInteger(name: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} must be a positive integer (got "${text}")`);
  return n;
}

/**
 * The library to measure: `--lib` as given, else `fallback` (the built `dist/index.js`). It must be a
 * file: a directory would be imported as one by tsx, then fail when a tool reads it as the bundle.
 */
export function libraryFile(given: string | undefined, fallback: string, buildHint = 'npx tsup'): string {
  const path = resolve(given ?? fallback);
  if (!existsSync(path)) throw new UsageError(`no library at ${path}${given === undefined ? ` (build it first: ${buildHint})` : ''}`);
  if (!statSync(path).isFile()) throw new UsageError(`--lib: ${path} is not a file (give the library's index.js)`);
  return path;
}

/** Whether the module at `moduleUrl` is the script node was started with (not imported by a test). */
export function invokedDirectly(moduleUrl: string): boolean {
  const script = process.argv[1];
  return script !== undefined && realpathSync(resolve(script)) === realpathSync(fileURLToPath(moduleUrl));
}

/**
 * Runs a tool's `main` and sets the exit code: its result (0 when none), 0 after `--help`, 2 after a
 * `UsageError` (printed as `tool: message`). Any other error is a bug and keeps its stack.
 */
export async function runTool(tool: string, help: string, main: () => number | void | Promise<number | void>): Promise<void> {
  try {
    process.exitCode = (await main()) ?? 0;
  } catch (error) {
    if (error instanceof HelpRequested) {
      process.stdout.write(`${error.message.trimEnd()}\n`);
      process.exitCode = 0;
    } else if (error instanceof UsageError) {
      process.stderr.write(`${tool}: ${error.message}\n${tool}: see \`${help}\`\n`);
      process.exitCode = EXIT_USAGE;
    } else {
      throw error;
    }
  }
}

/** Node's parse errors add advice on positionals and dashes after the first sentence. */
function firstSentence(message: string): string {
  const end = /\.\s/.exec(message);
  return end === null ? message : message.slice(0, end.index + 1);
}
