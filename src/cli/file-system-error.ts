/**
 * File-system failures that come from the user's machine, not from a bug:
 * no permission, a full or read-only disk, a file where a folder should be.
 * They stop the command like a usage error (exit 2) with a sentence that
 * names the path, instead of "internal error" and Node's English code.
 * The wording is in the catalog (FILE_* codes, docs/diagnostics.md).
 */
import { formatMessage, type Lang } from '../core/diagnostics/format.js';
import { makeDiagnostic } from '../core/diagnostics/make-diagnostic.js';
import { UNNAMED_FILE } from '../core/diagnostics/file-system-messages.js';
import { WriteFailure } from '../core/diagnostics/write-failure.js';

const CODES = {
  EACCES: 'FILE_ACCESS_DENIED',
  EPERM: 'FILE_NOT_PERMITTED',
  ENOSPC: 'FILE_DISK_FULL',
  EDQUOT: 'FILE_QUOTA_EXCEEDED',
  EROFS: 'FILE_READ_ONLY',
  EIO: 'FILE_IO_ERROR',
  ESHORTWRITE: 'FILE_SHORT_WRITE',
  ENOTDIR: 'FILE_PATH_NOT_FOLDER',
  EEXIST: 'FILE_NAME_TAKEN',
  EISDIR: 'FILE_IS_FOLDER',
} as const;

/** Failures of a write to an open file, which Node reports without a path: said with an unnamed file. */
const WITHOUT_PATH = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EIO']);

/**
 * The sentence(s) for such a failure, or undefined for anything else. A
 * failed write (WriteFailure) also says that the file it was to replace is unchanged.
 */
export function describeFileSystemError(error: unknown, lang: Lang = 'vi'): string | undefined {
  const { code, path } = (error ?? {}) as NodeJS.ErrnoException;
  if (code === undefined) return undefined;
  const catalogCode = Object.hasOwn(CODES, code) ? CODES[code as keyof typeof CODES] : undefined;
  if (catalogCode === undefined) return undefined;
  if (typeof path !== 'string' && !WITHOUT_PATH.has(code)) return undefined;
  const shown = typeof path === 'string' ? path : UNNAMED_FILE[lang];
  const sentence = formatMessage(makeDiagnostic(catalogCode, { path: shown }), lang);
  if (!(error instanceof WriteFailure)) return sentence;
  return `${sentence} ${formatMessage(makeDiagnostic('FILE_PREVIOUS_KEPT', { path: shown }), lang)}`;
}
