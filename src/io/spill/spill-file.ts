/**
 * A temporary file that holds what a run must keep but not hold in memory.
 * A national consolidation keeps something of each of thousands of forms
 * from the moment it is checked until the report is written: the checked
 * result while the other forms are read, and what every agency wrote for
 * every task (≈ 8 million characters) until the report prints it. Held in
 * the heap, they made the peak memory grow with the number of forms
 * (docs/performance.md). Each piece is written once, at the end of the file,
 * and read back by position.
 *
 * Worker threads write to the same file (`handle`, `attach`): a piece's
 * place is reserved with one atomic add on a shared end offset, so writers
 * never overlap and what a worker wrote never passes through this thread.
 *
 * The file is removed from its folder as soon as it is open, so it
 * disappears with the process whatever happens to the run. Where the system
 * refuses that (an open file on some Windows setups), `close` removes it,
 * and only a killed run leaves a `.atvsld-spill-*` file behind.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readSync, rmSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const WINDOW_BYTES = 64 * 1024;
const NOT_WRITABLE = new Set(['EACCES', 'EPERM', 'EROFS']);

/** Where a piece was put: its first byte and its length in bytes. */
export interface Spilled {
  readonly at: number;
  readonly bytes: number;
}

/** What another thread needs to write to the same spill file (structured-cloneable). */
export interface SpillHandle {
  readonly fd: number;
  /** One BigInt64: the end of the file, shared by every writer. */
  readonly end: SharedArrayBuffer;
}

export class SpillFile {
  private readonly end: BigInt64Array;
  private closed = false;
  /** The last stretch of the file read (read). */
  private window: { readonly at: number; readonly bytes: Buffer } | undefined;

  private constructor(
    readonly handle: SpillHandle,
    /** Only the thread that opened the file closes it. */
    private readonly owner: boolean,
    private readonly leftover: string | undefined,
  ) {
    this.end = new BigInt64Array(handle.end);
  }

  /**
   * A new, empty spill file in `dir`, which must exist: a folder on disk (a
   * RAM-backed /tmp would defeat the purpose), such as the workspace's out/.
   */
  static open(dir: string): SpillFile {
    const path = join(dir, `.atvsld-spill-${process.pid}-${randomBytes(4).toString('hex')}`);
    const fd = openSync(path, 'wx+', 0o600);
    const handle = { fd, end: new SharedArrayBuffer(BigInt64Array.BYTES_PER_ELEMENT) };
    try {
      unlinkSync(path);
      return new SpillFile(handle, true, undefined);
    } catch {
      return new SpillFile(handle, true, path);
    }
  }

  /**
   * The spill of a command run on a workspace: in its out/ folder when there
   * is one (on disk, beside what the run writes), else in the system's
   * temporary folder, so that a command that writes nothing creates no folder,
   * and there too when out/ cannot be written.
   */
  static openForWorkspace(outDir: string): SpillFile {
    if (!isFolder(outDir)) return SpillFile.open(tmpdir());
    try {
      return SpillFile.open(outDir);
    } catch (error) {
      // A read-only out/ (a shared folder, a mounted backup) must not stop a command that writes nothing there, such as status.
      if (!NOT_WRITABLE.has(String((error as NodeJS.ErrnoException).code))) throw error;
      return SpillFile.open(tmpdir());
    }
  }

  /** The same file, from a worker thread of the process that opened it. */
  static attach(handle: SpillHandle): SpillFile {
    return new SpillFile(handle, false, undefined);
  }

  /** Writes `bytes` at the end of the file. */
  put(bytes: Uint8Array): Spilled {
    this.assertOpen();
    const at = Number(Atomics.add(this.end, 0, BigInt(bytes.length)));
    let done = 0;
    while (done < bytes.length) {
      const n = writeSync(this.handle.fd, bytes, done, bytes.length - done, at + done);
      // A write that makes no progress would loop for ever: a full disk, said as such.
      if (!(n > 0)) throw Object.assign(new Error('temporary spill file: write made no progress'), { code: 'ENOSPC' });
      done += n;
    }
    return { at, bytes: bytes.length };
  }

  /** Writes the texts one after another as UTF-8, in one write. */
  putTexts(texts: readonly string[]): Spilled[] {
    let at = this.put(Buffer.from(texts.join(''), 'utf8')).at;
    return texts.map((text) => {
      const spilled = { at, bytes: Buffer.byteLength(text, 'utf8') };
      at += spilled.bytes;
      return spilled;
    });
  }

  /**
   * The bytes of `piece`. Reads go through a window of the file at least
   * WINDOW_BYTES long: a report reads the texts of one task for agency after
   * agency, a few kilobytes apart, so most come from the window already read.
   */
  read(piece: Spilled): Buffer {
    this.assertOpen();
    const window = this.window;
    if (window && piece.at >= window.at && piece.at + piece.bytes <= window.at + window.bytes.length) {
      return window.bytes.subarray(piece.at - window.at, piece.at - window.at + piece.bytes);
    }
    const length = Math.min(Math.max(piece.bytes, WINDOW_BYTES), this.size - piece.at);
    const bytes = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const n = readSync(this.handle.fd, bytes, done, length - done, piece.at + done);
      if (n === 0) break;
      done += n;
    }
    if (done < piece.bytes) throw new Error(`temporary spill file ended at byte ${piece.at + done} of ${piece.at + piece.bytes}`);
    // A new buffer each time, so that what an earlier read returned stays valid.
    this.window = { at: piece.at, bytes: bytes.subarray(0, done) };
    return bytes.subarray(0, piece.bytes);
  }

  readText(piece: Spilled): string {
    return piece.bytes === 0 ? '' : this.read(piece).toString('utf8');
  }

  /** Bytes written (or reserved) so far, by every thread. */
  get size(): number {
    return Number(Atomics.load(this.end, 0));
  }

  /** Closes the file in the thread that opened it; elsewhere only stops this writer. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (!this.owner) return;
    closeSync(this.handle.fd);
    if (this.leftover !== undefined) rmSync(this.leftover, { force: true });
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('temporary spill file already closed');
  }
}

function isFolder(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}
