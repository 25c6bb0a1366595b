/**
 * The only .xlsx reader atvsld uses. Built on our own central-directory unzip,
 * capped inflation and a DTD-less SAX pass, because exceljs's readers were
 * measured losing data silently, hanging on whole-column validations and
 * inflating zip bombs without limit (docs/reading.md).
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { Diagnostic } from '../../core/diagnostics/diagnostic.js';
import type { WorkbookGrid } from '../../core/workbook/cell-grid.js';
import { buildGrid } from './build-grid.js';
import { Deadline } from './deadline.js';
import { ReadFailure, workbookDiagnostic } from './read-failure.js';
import { type ReadLimits, resolveLimits } from './read-limits.js';
import { XlsxPackage } from './xlsx-package.js';

export { DEFAULT_LIMITS, type ReadLimits } from './read-limits.js';

export interface ReadOptions {
  limits?: Partial<ReadLimits>;
  /** Read only sheets whose (NFC) name passes; the others are listed with empty cells. */
  sheetFilter?: (name: string) => boolean;
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

/** Reads a workbook from disk. Never throws for bad input, only for bugs. */
export async function readWorkbookFile(path: string, options: ReadOptions = {}): Promise<WorkbookReadResult> {
  const limits = resolveLimits(options.limits);
  const refuse = (code: string, args: Record<string, string | number> = {}, modifiedAt?: string): WorkbookReadResult => ({
    file: path,
    ...(modifiedAt !== undefined && { modifiedAt }),
    diagnostics: [workbookDiagnostic(code, { file: path }, args)],
  });
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? refuse('WORKBOOK_NOT_FOUND') : refuse('WORKBOOK_UNREADABLE', { reason: String(code) });
  }
  if (info.isDirectory()) return refuse('WORKBOOK_IS_DIRECTORY');
  if (!info.isFile()) return refuse('WORKBOOK_UNREADABLE', { reason: 'not a regular file' });
  const modifiedAt = info.mtime.toISOString();
  if (info.size > limits.maxFileBytes) {
    return refuse('WORKBOOK_TOO_LARGE', { bytes: info.size, limit: limits.maxFileBytes }, modifiedAt);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return refuse('WORKBOOK_UNREADABLE', { reason: String((error as NodeJS.ErrnoException).code) }, modifiedAt);
  }
  return { ...readWorkbookBytes(bytes, path, options), modifiedAt };
}

/** Reads a workbook from bytes already in memory; `file` is only used in diagnostics. */
export function readWorkbookBytes(bytes: Uint8Array, file: string, options: ReadOptions = {}): WorkbookReadResult {
  const limits = resolveLimits(options.limits);
  const deadline = new Deadline(limits.timeBudgetMs, file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const refuse = (code: string, args: Record<string, string | number> = {}): WorkbookReadResult => ({
    file,
    sha256,
    diagnostics: [workbookDiagnostic(code, { file }, args)],
  });
  if (bytes.byteLength === 0) return refuse('WORKBOOK_EMPTY_FILE');
  if (bytes.byteLength > limits.maxFileBytes) {
    return refuse('WORKBOOK_TOO_LARGE', { bytes: bytes.byteLength, limit: limits.maxFileBytes });
  }
  const diagnostics: Diagnostic[] = [];
  try {
    const pkg = XlsxPackage.open(bytes, file, limits, deadline);
    const grid = buildGrid(pkg, { limits, deadline, sheetFilter: options.sheetFilter, diagnostics });
    return { file, sha256, grid, diagnostics };
  } catch (error) {
    if (!(error instanceof ReadFailure)) throw error;
    return { file, sha256, diagnostics: [...diagnostics, error.diagnostic] };
  }
}
