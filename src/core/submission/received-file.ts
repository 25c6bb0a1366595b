/** What `receive` did with one file (src/app/receive.ts); plain data, rendered as text or JSON. */
export interface ReceivedFile {
  readonly originalName: string;
  /** The path as given or found in a folder given. */
  readonly path: string;
  /** Path of the stored copy; absent when the file was not stored. */
  readonly storedPath?: string;
  readonly agency?: string;
  readonly year: number;
  readonly errors: number;
  readonly warnings: number;
  /** Same bytes already received: nothing stored, no second receipt. */
  readonly alreadyReceived: boolean;
}
