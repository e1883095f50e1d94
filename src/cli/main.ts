/**
 * The `switchboard` executable (`dist/cli.js`, or `tsx src/cli/main.ts`): runs the command line and
 * sets the exit code, letting pending output drain instead of calling `process.exit`.
 */
import { processIo } from './cli-io.js';
import { runCli } from './program.js';

process.exitCode = runCli(process.argv.slice(2), processIo());
