/**
 * `atvsld receive --format json`, version 1: what became of each file (where
 * its copy was stored, for which agency and year, its error and warning
 * counts) and every diagnostic, for a script that takes in mailed reports.
 * Keys in a fixed order, every key present (null when unknown).
 */
import type { Diagnostic } from '../core/diagnostics/diagnostic.js';
import type { Lang } from '../core/diagnostics/format.js';
import { diagnosticJson } from './consolidation-json.js';

/** What receive did with one file (app/receive.ts ReceivedFile, as the JSON shows it). */
export interface ReceivedFileView {
  readonly originalName: string;
  readonly storedPath?: string;
  readonly agency?: string;
  readonly year: number;
  readonly errors: number;
  readonly warnings: number;
  readonly alreadyReceived: boolean;
}

export function renderReceiveJson(received: readonly ReceivedFileView[], diagnostics: readonly Diagnostic[], lang: Lang): string {
  const count = (severity: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === severity).length;
  const doc = {
    version: 1,
    files: received.map((r) => ({
      file: r.originalName,
      storedAs: r.storedPath ?? null,
      agency: r.agency ?? null,
      year: r.year,
      alreadyReceived: r.alreadyReceived,
      errors: r.errors,
      warnings: r.warnings,
    })),
    diagnostics: diagnostics.map((d) => diagnosticJson(d, lang)),
    summary: {
      files: received.length,
      stored: received.filter((r) => r.storedPath !== undefined && !r.alreadyReceived).length,
      errors: count('error'),
      warnings: count('warning'),
    },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
