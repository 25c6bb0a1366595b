/**
 * A receipt: the record `atvsld receive` writes when a file arrives. Its
 * time is the best evidence of when an agency reported, better than the date
 * the agency typed on its cover sheet or the file's modification time.
 */
export interface Receipt {
  /** File name as it arrived (e-mail attachment, upload). */
  readonly originalName: string;
  /** Canonical name under `submissions/<Y>/`, e.g. `so-y-te-2025-1.xlsx`. */
  readonly storedName: string;
  /** SHA-256 of the file's bytes, hex: matches a stored file to its receipt even when renamed. */
  readonly sha256: string;
  /** ISO 8601 date-time with offset, e.g. `2025-12-19T09:30:00+07:00`. */
  readonly receivedAt: string;
  /** Error and warning counts found when the file was received. */
  readonly errors: number;
  readonly warnings: number;
}
