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
  /** CPU time of the reading thread for the whole work on one file (deadline.ts); a wall-clock ceiling is above it. */
  timeBudgetMs: number;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: ReadLimits = Object.freeze({
  maxFileBytes: 50 * MB,
  maxEntries: 1000,
  // 100,000 rows × 12 columns is a 44 MB sheet part (plus 14 MB of shared strings). A dense sheet of
  // numbers peaks at 267 MB read alone at 96 MB (2.4 million cells) and 287 MB through validate, 330 MB at
  // 120 MB; the shared strings stay in memory while the sheets are read. 80 MB a part and 120 MB in all
  // keep any one file under 300 MB (issue 12; they were 200 and 400 MB).
  maxEntryBytes: 80 * MB,
  maxTotalBytes: 120 * MB,
  maxRatio: 100,
  ratioMinBytes: 100 * 1024,
  maxCellChars: 32_767,
  maxRows: 1_048_576,
  maxCols: 16_384,
  // CPU time, so a busy machine does not spend it: the 100,000-row bench sheet needs 1.3 s of CPU (it
  // took 5.7 s of wall time on a shared 2-core machine at load 18, which a wall-clock budget had to allow
  // for). Hostile files are bounded by the other limits (at most 2.8 s of CPU each, docs/reading.md);
  // this is the backstop for what they miss. The wall-clock ceiling (60 s) is in deadline.ts.
  timeBudgetMs: 10_000,
});

export function resolveLimits(partial: Partial<ReadLimits> | undefined): ReadLimits {
  return { ...DEFAULT_LIMITS, ...partial };
}
