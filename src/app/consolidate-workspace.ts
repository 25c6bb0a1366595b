/**
 * The one sequence behind `consolidate`, `report` and `history record`: the
 * year's forms checked with what consolidation keeps of each waiting in a
 * spill file, the year consolidated under the workspace lock, the files asked
 * for written from that one report (the workbook, the written report with the
 * workspace's `report:` settings, the history record), then the result handed
 * to `show` while the spill is still open: the agencies' texts are read from
 * it as the summary or the JSON prints them.
 */
import type { Plan } from '../core/plan/plan-schema.js';
import type { LockOptions } from '../io/workspace-lock.js';
import { runConsolidate, type ConsolidateResult, type WriteReportDocx, type WriteWorkbook } from './consolidate.js';
import { withSpilledForms } from './consolidation-inputs.js';
import type { Workspace } from './find-workspace.js';
import type { RecordHistoryResult } from './history.js';

export interface ConsolidateWorkspaceOptions {
  readonly workspace: Workspace;
  readonly plan: Plan;
  readonly planHash: string;
  readonly year: number;
  /** "Today", `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The consolidated workbook, written when given: at `file`, else out/bao-cao-tong-hop-<Y>.xlsx. */
  readonly workbook?: { readonly file?: string | undefined };
  /** The written report (.docx), written when given: at `file`, else out/bao-cao-<Y>.docx. */
  readonly reportDocx?: { readonly file?: string | undefined };
  readonly lock?: LockOptions;
}

/** `history record`: the workbook is always written, and the year's figures recorded with its sha256. */
export interface RecordOptions {
  /** Replace a year already recorded, keeping the old record under `amended`. */
  readonly amend: boolean;
  /** The day written as `recordedOn` (and `amendedOn`). */
  readonly today: string;
}

export function consolidateWorkspace<T>(
  o: Omit<ConsolidateWorkspaceOptions, 'reportDocx'> & { readonly record: RecordOptions },
  show: (result: RecordHistoryResult) => Promise<T>,
): Promise<T>;
export function consolidateWorkspace<T>(o: ConsolidateWorkspaceOptions, show: (result: ConsolidateResult) => Promise<T>): Promise<T>;
export async function consolidateWorkspace<T>(
  o: ConsolidateWorkspaceOptions & { readonly record?: RecordOptions },
  show: (result: RecordHistoryResult) => Promise<T>,
): Promise<T> {
  const [writeWorkbook, writeReportDocx] = await Promise.all([
    o.workbook || o.record ? workbookWriter() : undefined,
    o.reportDocx ? reportDocxWriter(o.workspace) : undefined,
  ]);
  return withSpilledForms(o.workspace.outDir, async (validate) => {
    const base = {
      workspace: o.workspace,
      plan: o.plan,
      planHash: o.planHash,
      year: o.year,
      asOf: o.asOf,
      ...(o.workbook?.file !== undefined ? { outFile: o.workbook.file } : {}),
      validate,
      ...(o.lock ? { lock: o.lock } : {}),
    };
    if (o.record && writeWorkbook) {
      const { recordHistory } = await import('./history.js');
      return show(await recordHistory({ ...base, writeWorkbook, amend: o.record.amend, today: o.record.today }));
    }
    const result = await runConsolidate({
      ...base,
      ...(writeWorkbook ? { writeWorkbook } : {}),
      ...(writeReportDocx ? { writeReportDocx } : {}),
      ...(o.reportDocx?.file !== undefined ? { reportDocxFile: o.reportDocx.file } : {}),
    });
    // Without `record` the caller's `show` takes a ConsolidateResult (the second overload).
    return (show as unknown as (result: ConsolidateResult) => Promise<T>)(result);
  });
}

async function workbookWriter(): Promise<WriteWorkbook> {
  const { writeConsolidatedWorkbook } = await import('../io/report/write-consolidated-workbook.js');
  return (report, file) => writeConsolidatedWorkbook(report, file);
}

/** The written report's writer, with the workspace's `report:` settings (atvsld.yaml). */
async function reportDocxWriter(workspace: Workspace): Promise<WriteReportDocx> {
  const [{ writeReportDocument }, { ReportSettingsSchema }] = await Promise.all([
    import('./write-report-document.js'),
    import('../core/report-document/report-settings.js'),
  ]);
  // Parsed again: a settings cache written by an older atvsld may lack the block.
  const settings = ReportSettingsSchema.parse(workspace.config.report ?? {});
  return (report, file) => writeReportDocument(report, settings, file);
}
