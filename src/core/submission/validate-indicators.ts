/**
 * Indicator figures against the parts the agency owes, and against each
 * other: a part never exceeds the parts the plan lists in its `atMost`
 * (deaths ≤ victims, examined ≤ exposed…).
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { SHEETS } from '../form/form-layout.js';
import { indicatorPartsByAgency } from '../plan/plan-index.js';
import type { IndicatorPart, Plan } from '../plan/plan-schema.js';
import { formatNumber } from './cell-reader.js';
import { submissionDiagnostic } from './submission-diagnostic.js';
import type { IndicatorReport, Submission } from './submission.js';
import { pushAll } from '../collections/push-all.js';

export function validateIndicators(s: Submission, plan: Plan, year: number | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  const agency = s.agency;
  const about = agency !== undefined ? { agency } : {};
  const parts = new Map<string, IndicatorPart>(plan.indicators.flatMap((i) => i.parts.map((p) => [p.id, p] as const)));
  const checkOwed = agency !== undefined && year !== undefined;
  const owed = new Set(checkOwed ? (indicatorPartsByAgency(plan, year).get(agency) ?? []).map((o) => o.part) : []);
  const sheet = s.sheets?.indicators;
  if (sheet === undefined) {
    if (owed.size > 0) out.push(submissionDiagnostic('FORM_SHEET_MISSING', { sheet: SHEETS.indicators }, { file: s.file }, about));
    return out;
  }
  const rows = new Map<string, IndicatorReport>();
  for (const row of s.indicators) {
    const site = (key: string) => ({ file: s.file, sheet: row.sheet, cell: row.cells?.[key] ?? `A${row.row}` });
    const earlier = rows.get(row.partId);
    if (earlier) {
      out.push(submissionDiagnostic('INDICATOR_DUPLICATE', { part: row.partId, first: earlier.cells?.partId ?? `A${earlier.row}` }, site('partId'), about));
      continue;
    }
    rows.set(row.partId, row);
    const part = parts.get(row.partId);
    if (!part) out.push(submissionDiagnostic('INDICATOR_UNKNOWN', { part: row.partId }, site('partId'), about));
    else if (checkOwed && !owed.has(row.partId) && row.value !== undefined) {
      out.push(submissionDiagnostic('INDICATOR_NOT_OWED', { part: row.partId }, site('value'), about));
    } else if (owed.has(row.partId) && row.value === undefined && !row.valueRefused) {
      out.push(submissionDiagnostic('INDICATOR_MISSING', { part: part.id, name: part.name }, site('value'), about));
    }
  }
  for (const partId of owed) {
    const part = parts.get(partId);
    if (part && !rows.has(partId)) out.push(submissionDiagnostic('INDICATOR_MISSING', { part: partId, name: part.name }, { file: s.file, sheet }, about));
  }
  pushAll(out, inconsistencies(s, rows, parts));
  return out;
}

function inconsistencies(s: Submission, rows: ReadonlyMap<string, IndicatorReport>, parts: ReadonlyMap<string, IndicatorPart>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const row of rows.values()) {
    const part = parts.get(row.partId);
    if (!part || row.value === undefined) continue;
    if (part.plausibleMax !== undefined && row.value > part.plausibleMax) {
      const where = { file: s.file, sheet: row.sheet, cell: row.cells?.value ?? `A${row.row}` };
      out.push(submissionDiagnostic('INDICATOR_IMPLAUSIBLE', { part: part.id, name: part.name, value: row.value, max: part.plausibleMax }, where, s.agency !== undefined ? { agency: s.agency } : {}));
    }
    for (const otherId of part.atMost) {
      const other = rows.get(otherId);
      const otherPart = parts.get(otherId);
      if (!other || !otherPart || other.value === undefined || row.value <= other.value) continue;
      const args = { part: part.id, name: part.name, value: formatNumber(row.value), other: otherId, otherName: otherPart.name, otherValue: formatNumber(other.value) };
      out.push(
        submissionDiagnostic('INDICATOR_INCONSISTENT', args, { file: s.file, sheet: row.sheet, cell: row.cells?.value ?? `A${row.row}` }, s.agency !== undefined ? { agency: s.agency } : {}),
      );
    }
  }
  return out;
}
