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
  // 100,000 rows × 12 columns is a 44 MB sheet part; a dense 96 MB one (2.4 million cells) peaks at 267 MB,
  // so a part of 100 MB keeps any one file under 300 MB (issue 12; it was 200 MB, ≈ 330 MB at 120 MB).
  maxEntryBytes: 100 * MB,
  maxTotalBytes: 200 * MB,
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
