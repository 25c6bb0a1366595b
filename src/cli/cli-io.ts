/**
 * Everything the CLI touches of the outside world, passed in so that
 * createProgram() can run in-process in tests.
 */
export interface OutputStream {
  write(text: string): unknown;
  /** True when a person is watching (progress and colour only then). */
  readonly isTTY?: boolean;
}

export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** "Now", read once at the edge; the core is given dates, never reads the clock. */
  readonly now: () => Date;
}

export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
  };
}
