/**
 * Everything the CLI touches of the outside world, passed in so that
 * createProgram() can run in-process in tests.
 */
export interface OutputStream {
  write(text: string): unknown;
  /** True when a person is watching (progress and colour only then). */
  readonly isTTY?: boolean;
  /** Settles once what was written has gone out, or the reader is gone; absent where writes never wait. */
  drained?(): Promise<void>;
}

/**
 * Writes the pieces one after another, waiting for the reader whenever the
 * stream says it is behind: Node queues what a pipe does not take at once,
 * so 37 MB of JSON written in 64 KB pieces to a slow reader was held whole.
 */
export async function writeChunks(out: OutputStream, chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) {
    if (out.write(chunk) === false) await out.drained?.();
  }
}

export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** "Now", read once at the edge; the core is given dates, never reads the clock. */
  readonly now: () => Date;
}

/**
 * The process's io; `readerGone()` tells whether whoever read stdout stopped
 * (`atvsld … | head -1`), and `onReaderGone` is called when that is found
 * out, which may be after the command has returned (Node reports EPIPE later).
 */
export function processIo(onReaderGone: () => void = () => undefined): CliIo & { readonly readerGone: () => boolean } {
  const stdout = quietOnClosedPipe(process.stdout, onReaderGone);
  const stderr = quietOnClosedPipe(process.stderr, () => undefined);
  return {
    stdout,
    stderr,
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
    readerGone: () => stdout.closed(),
  };
}

/**
 * A stream whose reader may go away: `head -1` closes the pipe after one
 * line. Node then reports EPIPE as an 'error' event, which unhandled ends
 * the process with a stack trace. The reader stopping is not a failure:
 * what follows is dropped silently and the command finishes its work (a
 * report being written is still written whole).
 */
function quietOnClosedPipe(stream: NodeJS.WriteStream, onClosed: () => void): OutputStream & { closed: () => boolean } {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') {
      if (!closed) onClosed();
      closed = true;
      return;
    }
    throw error;
  });
  return {
    write: (text: string) => (closed || stream.destroyed ? true : stream.write(text)),
    get isTTY() {
      return stream.isTTY;
    },
    drained: () =>
      closed || stream.destroyed || stream.writableLength === 0
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            const done = (): void => {
              stream.off('drain', done);
              stream.off('close', done);
              stream.off('error', done);
              resolve();
            };
            stream.on('drain', done);
            stream.on('close', done);
            stream.on('error', done);
          }),
    closed: () => closed,
  };
}
