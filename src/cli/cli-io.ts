/**
 * Where the CLI writes: stdout for results, stderr for problems and the progress bar. A parameter, so
 * the commands do not reach for `process` themselves.
 */

/** The CLI's output streams. */
export interface CliIo {
  /** Results: the summary, the Erlang tables. */
  readonly out: (text: string) => void;
  /** Error messages. */
  readonly err: (text: string) => void;
  /** The stream the progress bar draws on (only when it is a TTY). */
  readonly progress: NodeJS.WriteStream;
}

/**
 * The process's own streams.
 * @example const io = processIo();
 */
export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    progress: process.stderr,
  };
}
