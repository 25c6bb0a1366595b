/**
 * `atvsld history record` and `history show`. Recording consolidates the
 * year as `consolidate` does (the same workbook, written atomically), then
 * records the year's final figures with the workbook's sha256 in the history
 * file, so that later years compare with them. A year already recorded is
 * never overwritten silently: without `amend` nothing is written at all.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { buildHistoryRecord, recordedFigures, type HistoryRecord } from '../core/consolidation/history-record.js';
import type { ConsolidatedReport } from '../core/consolidation/consolidated-report.js';
import type { Diagnostic } from '../core/diagnostics/diagnostic.js';
import { UserError } from '../core/diagnostics/user-error.js';
import type { IndicatorHistory } from '../core/consolidation/indicator-history.js';
import { territoryOfYear } from '../core/plan/territories.js';
import { readHistory } from '../io/history/read-history.js';
import { writeHistoryRecord } from '../io/history/write-history-record.js';
import { withWorkspaceLock } from '../io/workspace-lock.js';
import { computeFromWorkspace, defaultReportFile, type ConsolidateOptions } from './consolidate.js';

export interface RecordHistoryOptions extends Omit<ConsolidateOptions, 'writeWorkbook'> {
  readonly writeWorkbook: NonNullable<ConsolidateOptions['writeWorkbook']>;
  /** Replace a year already recorded, keeping the old record under `amended`. */
  readonly amend: boolean;
  /** The day written as `recordedOn` (and `amendedOn`). */
  readonly today: string;
}

export interface RecordHistoryResult {
  readonly report: ConsolidatedReport;
  readonly outFile: string;
  readonly record: HistoryRecord;
  readonly amended: boolean;
  readonly historyFile: string;
}

export async function recordHistory(o: RecordHistoryOptions): Promise<RecordHistoryResult> {
  return withWorkspaceLock(
    o.workspace.outDir,
    async () => {
      const territory = territoryOfYear(o.plan, o.year);
      const before = await readHistory(o.workspace.historyFile, o.plan);
      refuseBrokenHistory(o.workspace.historyFile, before.diagnostics);
      const existing = recordedFigures(o.plan, before.history, o.year, territory.id);
      if (existing && !o.amend) {
        const args = { year: o.year, territory: territory.id, territoryName: territory.name, file: o.workspace.historyFile, recordedOn: existing.recordedOn ?? '—' };
        throw new UserError('HISTORY_ALREADY_RECORDED', args);
      }
      const report = await computeFromWorkspace(o, true);
      const outFile = o.outFile ?? defaultReportFile(o.workspace.outDir, o.year);
      await o.writeWorkbook(report, outFile);
      const sha256 = createHash('sha256').update(await readFile(outFile)).digest('hex');
      const record = buildHistoryRecord(o.plan, report, { recordedOn: o.today, reportFile: basename(outFile), sha256 });
      await writeHistoryRecord(o.workspace.historyFile, record, { amendedOn: o.today, ...(existing ? { replaces: existing } : {}) });
      return { report, outFile, record, amended: existing !== undefined, historyFile: o.workspace.historyFile };
    },
    o.lock,
  );
}

export interface ShowHistoryResult {
  readonly history: IndicatorHistory;
  readonly diagnostics: readonly Diagnostic[];
}

export async function showHistory(o: Pick<ConsolidateOptions, 'workspace' | 'plan'>): Promise<ShowHistoryResult> {
  return readHistory(o.workspace.historyFile, o.plan);
}

/** A history file with errors would lose its figures if rewritten: stop before writing anything. */
function refuseBrokenHistory(file: string, diagnostics: readonly Diagnostic[]): void {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new UserError('HISTORY_INVALID', { file }, errors);
}
