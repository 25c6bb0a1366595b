/**
 * Bounds on what one workbook may cost to read. Apache POI's ZipSecureFile is
 * the model: a report form is a few hundred KB, so anything near these limits
 * is a damaged or hostile file, not a real submission.
 */
export interface ReadLimits {
  /** Size of the .xlsx file itself. */
  maxFileBytes: number;
  /** Zip entries in the file. */
  maxEntries: number;
  /** Inflated size of any one part. */
  maxEntryBytes: number;
  /** Inflated size of all parts together. */
  maxTotalBytes: number;
  /** Inflated : compressed ratio, checked for parts larger than `ratioMinBytes`. */
  maxRatio: number;
  ratioMinBytes: number;
  /** Characters in one cell (Excel's own limit is 32,767). */
  maxCellChars: number;
  /** Largest row and column number (Excel: 1,048,576 × 16,384). */
  maxRows: number;
  maxCols: number;
  /** Wall-clock budget for the whole read. */
  timeBudgetMs: number;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: ReadLimits = Object.freeze({
  maxFileBytes: 50 * MB,
  maxEntries: 1000,
  maxEntryBytes: 200 * MB,
  maxTotalBytes: 400 * MB,
  maxRatio: 100,
  ratioMinBytes: 100 * 1024,
  maxCellChars: 32_767,
  maxRows: 1_048_576,
  maxCols: 16_384,
  timeBudgetMs: 5_000,
});

export function resolveLimits(partial: Partial<ReadLimits> | undefined): ReadLimits {
  return { ...DEFAULT_LIMITS, ...partial };
}
