/**
 * `atvsld consolidate`: read year Y's forms (and Y-1's, for the yearly
 * change), receipts and history; compute; write the consolidated workbook
 * atomically. Runs under the workspace lock so two runs never interleave.
 */
import { join } from 'node:path';
import { computeConsolidation } from '../core/consolidation/compute-consolidation.js';
import type { ConsolidatedReport } from '../core/consolidation/consolidated-report.js';
import type { Diagnostic } from '../core/diagnostics/diagnostic.js';
import type { Plan } from '../core/plan/plan-schema.js';
import { readHistory } from '../io/history/read-history.js';
import { withWorkspaceLock, type LockOptions } from '../io/workspace-lock.js';
import { readYearInputs, type ValidateFiles } from './consolidation-inputs.js';

export interface ConsolidationWorkspace {
  readonly submissionsDir: string;
  readonly historyFile: string;
  readonly outDir: string;
}

export type WriteWorkbook = (report: ConsolidatedReport, outFile: string) => Promise<void>;
/** Writes the written report (Báo cáo, .docx) of the same consolidation. */
export type WriteReportDocx = (report: ConsolidatedReport, outFile: string) => Promise<void>;

export interface ConsolidateOptions {
  readonly workspace: ConsolidationWorkspace;
  readonly plan: Plan;
  readonly planHash: string;
  readonly year: number;
  /** "Today", `YYYY-MM-DD`. */
  readonly asOf: string;
  /** Default `out/bao-cao-tong-hop-<Y>.xlsx`. */
  readonly outFile?: string;
  readonly validate: ValidateFiles;
  /** Omitted by `status`, which writes nothing, and by `report`, which writes only the .docx. */
  readonly writeWorkbook?: WriteWorkbook;
  /** Given by `report` and by `consolidate --report-docx`. */
  readonly writeReportDocx?: WriteReportDocx;
  /** Default `out/bao-cao-<Y>.docx`. */
  readonly reportDocxFile?: string;
  readonly lock?: LockOptions;
}

export interface ConsolidateResult {
  readonly report: ConsolidatedReport;
  /** Where the workbook was written; absent when none was. */
  readonly outFile?: string;
  /** Where the written report was written; absent when none was. */
  readonly reportDocxFile?: string;
}

export function defaultReportFile(outDir: string, year: number): string {
  return join(outDir, `bao-cao-tong-hop-${year}.xlsx`);
}

export function defaultReportDocxFile(outDir: string, year: number): string {
  return join(outDir, `bao-cao-${year}.docx`);
}

export async function runConsolidate(o: ConsolidateOptions): Promise<ConsolidateResult> {
  return withWorkspaceLock(
    o.workspace.outDir,
    async () => {
      const report = await computeFromWorkspace(o, true);
      // One model, two renderings: the workbook and the written report come from this one `report`.
      let outFile: string | undefined;
      if (o.writeWorkbook) {
        outFile = o.outFile ?? defaultReportFile(o.workspace.outDir, o.year);
        await o.writeWorkbook(report, outFile);
      }
      let reportDocxFile: string | undefined;
      if (o.writeReportDocx) {
        reportDocxFile = o.reportDocxFile ?? defaultReportDocxFile(o.workspace.outDir, o.year);
        await o.writeReportDocx(report, reportDocxFile);
      }
      return { report, ...(outFile !== undefined ? { outFile } : {}), ...(reportDocxFile !== undefined ? { reportDocxFile } : {}) };
    },
    o.lock,
  );
}

/** Read and compute without writing or locking (`status`, which only reads). */
export async function computeFromWorkspace(
  o: Omit<ConsolidateOptions, 'writeWorkbook' | 'outFile' | 'lock' | 'writeReportDocx' | 'reportDocxFile'>,
  withPreviousYear: boolean,
): Promise<ConsolidatedReport> {
  const read = { plan: o.plan, planHash: o.planHash, validate: o.validate };
  const current = await readYearInputs(o.workspace.submissionsDir, o.year, read);
  const previous = withPreviousYear ? await readYearInputs(o.workspace.submissionsDir, o.year - 1, read) : undefined;
  const history = await readHistory(o.workspace.historyFile, o.plan);
  const report = computeConsolidation({
    plan: o.plan,
    year: o.year,
    asOf: o.asOf,
    files: current.files,
    previousFiles: previous?.files ?? [],
    receipts: [...current.receipts, ...(previous?.receipts ?? [])],
    history: history.history,
  });
  const extra: Diagnostic[] = [...history.diagnostics, ...current.diagnostics];
  return extra.length === 0 ? report : { ...report, diagnostics: [...extra, ...report.diagnostics] };
}
