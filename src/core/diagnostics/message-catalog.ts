/**
 * One entry per diagnostic code: its default severity and its wording in
 * Vietnamese and English. `{name}` placeholders are filled from `Diagnostic.args`.
 * Each area keeps its own catalog file; index.ts merges them.
 */
import type { Severity } from './diagnostic.js';

export interface MessageEntry {
  readonly severity: Severity;
  readonly vi: string;
  readonly en: string;
  /** What the user should do, in Vietnamese and English (docs/diagnostics.md). */
  readonly fixVi?: string;
  readonly fixEn?: string;
}

export type MessageCatalog = Readonly<Record<string, MessageEntry>>;
