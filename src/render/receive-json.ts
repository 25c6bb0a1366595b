/**
 * `atvsld receive --format json`, version 1: what became of each file (where
 * its copy was stored, for which agency and year, its error and warning
 * counts) and every diagnostic, for a script that takes in mailed reports.
 * Keys in a fixed order, every key present (null when unknown).
 */
import type { ReceivedFile } from '../core/submission/received-file.js';
import type { Diagnostic } from '../core/diagnostics/diagnostic.js';
import type { Lang } from '../core/diagnostics/format.js';
import { diagnosticJson } from './consolidation-json.js';
import { jsonSafe } from './json-safe.js';

export function renderReceiveJson(received: readonly ReceivedFile[], diagnostics: readonly Diagnostic[], lang: Lang): string {
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
      notStored: received.filter((r) => r.storedPath === undefined).length,
      errors: count('error'),
      warnings: count('warning'),
    },
  };
  return `${jsonSafe(JSON.stringify(doc, null, 2))}\n`;
}
