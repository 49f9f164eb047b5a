// A command line as a function: (argv, io) → exit code. The files in src/cli/ run one on the real
// process; tests call them in their own process, without starting Node again.

export interface Io {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

export type Command = (argv: readonly string[], io: Io) => void;

/** Runs `command`; every error it throws goes to stderr as `error: …` lines (no stack) and the result is 1. */
export function runCommand(command: Command, argv: readonly string[], io: Io): number {
  try {
    command(argv, io);
    return 0;
  } catch (e) {
    const errors = e instanceof AggregateError ? e.errors : [e];
    for (const err of errors) for (const line of String((err as Error)?.message ?? err).split('\n')) io.stderr.write(`error: ${line}\n`);
    return 1;
  }
}

/** Runs `command` on this process's arguments and streams, and sets its exit code. */
export function runMain(command: Command): void {
  // A reader that stops early (`… | head`) closes the pipe: that ends the run, it is not a failure.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));
  process.exitCode = runCommand(command, process.argv.slice(2), process);
}

/** In a test: runs `command` and returns its exit code and what it wrote. */
export function captureCommand(command: Command, argv: readonly string[]): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = runCommand(command, argv, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } });
  return { code, stdout, stderr };
}
