/**
 * The only .xlsx reader atvsld uses. Built on our own central-directory unzip,
 * capped inflation and a DTD-less SAX pass, because exceljs's readers were
 * measured losing data silently, hanging on whole-column validations and
 * inflating zip bombs without limit (docs/reading.md).
 */
import { createHash } from 'node:crypto';
import { type Stats, closeSync, constants as fsConstants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import type { Diagnostic, DiagnosticArgs } from '../../core/diagnostics/diagnostic.js';
import type { ArgsOf, DiagnosticCode } from '../../core/diagnostics/catalog.js';
import type { SheetState, WorkbookGrid } from '../../core/workbook/cell-grid.js';
import { buildGrid } from './build-grid.js';
import { Deadline } from './deadline.js';
import { ReadFailure, workbookDiagnostic } from './read-failure.js';
import { type ReadLimits, resolveLimits } from './read-limits.js';
import { XlsxPackage } from './xlsx-package.js';

export { DEFAULT_LIMITS, type ReadLimits } from './read-limits.js';
export { Deadline } from './deadline.js';

export interface ReadOptions {
  limits?: Partial<ReadLimits>;
  /** Read only sheets whose (NFC) name and visibility pass; the others are listed with empty cells. */
  sheetFilter?: (name: string, state: SheetState) => boolean;
  /**
   * Cells a sheet may hold, by its (NFC) name; a sheet past it keeps the
   * cells before and gets WORKBOOK_TOO_MANY_CELLS. Unlimited by default.
   */
  sheetCellLimit?: (name: string) => number;
  /**
   * The time budget to share: the work on one file may read it twice
   * (validate-files.ts), and its budget covers both. Default: a new one of
   * `limits.timeBudgetMs`, started when the bytes are read.
   */
  deadline?: Deadline;
  /**
   * The bytes of the file's path when its name is not valid UTF-8: the file
   * is opened by them, and the path given (those bytes shown) names it.
   */
  rawPath?: Uint8Array;
}

export interface WorkbookReadResult {
  file: string;
  /** Hex SHA-256 of the file's bytes, whenever they could be read. */
  sha256?: string;
  /** File modification time, ISO 8601 UTC. */
  modifiedAt?: string;
  /** Absent when the file could not be read as a workbook at all; `diagnostics` then says why. */
  grid?: WorkbookGrid;
  diagnostics: Diagnostic[];
}

/**
 * Reads a workbook from disk. Never throws for bad input, only for bugs.
 * The file is read with one synchronous open/fstat/read/close: a form is a few
 * hundred KB, and the promise round trips of fs/promises cost more than the
 * reading (measured ~10 % of a validate worker's time over 4,000 forms).
 */
export async function readWorkbookFile(path: string, options: ReadOptions = {}): Promise<WorkbookReadResult> {
  const limits = resolveLimits(options.limits);
  const loaded = loadFile(options.rawPath ?? path, limits.maxFileBytes);
  if (!('bytes' in loaded)) {
    const { code, args = {}, modifiedAt } = loaded;
    return {
      file: path,
      ...(modifiedAt !== undefined && { modifiedAt }),
      diagnostics: [workbookDiagnostic(code, { file: path }, args as ArgsOf<typeof code>)],
    };
  }
  return { ...readWorkbookBytes(loaded.bytes, path, options), modifiedAt: loaded.modifiedAt };
}

export type Loaded =
  | { readonly bytes: Buffer; readonly modifiedAt: string }
  | { readonly code: DiagnosticCode; readonly args?: DiagnosticArgs; readonly modifiedAt?: string };

// O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then refuses it. (Undefined on Windows.)
const OPEN_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0);

/**
 * The file's bytes after the checks that come before any byte is read (a
 * regular file, not too large), or why not. `path` as bytes opens a file
 * whose name is not valid UTF-8.
 */
export function loadFile(pathOrBytes: string | Uint8Array, maxBytes: number): Loaded {
  // A Buffer posted to a worker arrives as a plain Uint8Array, which fs does not take as a path.
  const path = typeof pathOrBytes === 'string' ? pathOrBytes : Buffer.from(pathOrBytes.buffer, pathOrBytes.byteOffset, pathOrBytes.byteLength);
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    return openFailure(path, (error as NodeJS.ErrnoException).code, maxBytes);
  }
  try {
    const info = fstatSync(fd);
    const refused = refuseStats(info, maxBytes);
    if (refused) return refused;
    const modifiedAt = info.mtime.toISOString();
    try {
      return { bytes: readAll(fd, info.size), modifiedAt };
    } catch (error) {
      return { code: 'WORKBOOK_UNREADABLE', args: { reason: String((error as NodeJS.ErrnoException).code) }, modifiedAt };
    }
  } finally {
    closeSync(fd);
  }
}

function refuseStats(info: Stats, maxBytes: number): Loaded | undefined {
  if (info.isDirectory()) return { code: 'WORKBOOK_IS_DIRECTORY' };
  if (!info.isFile()) return { code: 'WORKBOOK_UNREADABLE', args: { reason: 'not-a-regular-file' } };
  if (info.size > maxBytes) {
    return { code: 'WORKBOOK_TOO_LARGE', args: { bytes: info.size, limit: maxBytes }, modifiedAt: info.mtime.toISOString() };
  }
  return undefined;
}

/** Why a file could not be opened, told as precisely as a stat of its path allows (a folder, no permission…). */
function openFailure(path: string | Buffer, code: string | undefined, maxBytes: number): Loaded {
  if (code === 'ENOENT' || code === 'ENOTDIR') return { code: 'WORKBOOK_NOT_FOUND' };
  let info: Stats;
  try {
    info = statSync(path);
  } catch (error) {
    return { code: 'WORKBOOK_UNREADABLE', args: { reason: String((error as NodeJS.ErrnoException).code) } };
  }
  return refuseStats(info, maxBytes) ?? { code: 'WORKBOOK_UNREADABLE', args: { reason: String(code) }, modifiedAt: info.mtime.toISOString() };
}

/** The file's `size` bytes; fewer if it shrank meanwhile. */
function readAll(fd: number, size: number): Buffer {
  const bytes = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const read = readSync(fd, bytes, filled, size - filled, null);
    if (read === 0) break;
    filled += read;
  }
  return filled === size ? bytes : bytes.subarray(0, filled);
}

/** Reads a workbook from bytes already in memory; `file` is only used in diagnostics. */
export function readWorkbookBytes(bytes: Uint8Array, file: string, options: ReadOptions = {}): WorkbookReadResult {
  const limits = resolveLimits(options.limits);
  const deadline = options.deadline ?? new Deadline(limits.timeBudgetMs, file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const refuse = <C extends DiagnosticCode>(code: C, args: ArgsOf<C>): WorkbookReadResult => ({
    file,
    sha256,
    diagnostics: [workbookDiagnostic(code, { file }, args)],
  });
  if (bytes.byteLength === 0) return refuse('WORKBOOK_EMPTY_FILE', {});
  if (bytes.byteLength > limits.maxFileBytes) {
    return refuse('WORKBOOK_TOO_LARGE', { bytes: bytes.byteLength, limit: limits.maxFileBytes });
  }
  const diagnostics: Diagnostic[] = [];
  try {
    const pkg = XlsxPackage.open(bytes, file, limits, deadline);
    const grid = buildGrid(pkg, { limits, deadline, sheetFilter: options.sheetFilter, sheetCellLimit: options.sheetCellLimit, diagnostics });
    return { file, sha256, grid, diagnostics };
  } catch (error) {
    if (!(error instanceof ReadFailure)) throw error;
    return { file, sha256, diagnostics: [...diagnostics, error.diagnostic] };
  }
}
