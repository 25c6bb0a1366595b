/**
 * The consolidated workbook: what the coordinating department attaches to its
 * report to the provincial People's Committee. A view of the report model
 * only. The same sheet builders fill an in-memory exceljs workbook (for
 * tests) or our own streaming writer, which writes each table row as soon as
 * it is complete: a national report (≈40,000 task rows) never exists whole in
 * memory, and writing it takes a fraction of what exceljs's streaming writer
 * took. Writing to a file does not load exceljs at all.
 * Determinism: workbook and zip dates come from `asOf`, so the same report
 * gives the same bytes.
 */
import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';
import type { ConsolidatedReport } from '../../core/consolidation/consolidated-report.js';
import type { Sheet, SheetBook } from '../xlsx-write/sheet-api.js';
import type { StreamedSheet } from '../xlsx-write/streamed-sheet.js';
import { StreamedWorkbook } from '../xlsx-write/streamed-workbook.js';
import { addFilesSheet } from './files-sheet.js';
import { addIndicatorsSheet } from './indicators-sheet.js';
import { addProblemsSheet } from './problems-sheet.js';
import { addReportingStatusSheet } from './reporting-status-sheet.js';
import { findSampleNotice } from './sample-notice.js';
import { addSummarySheet } from './summary-sheet.js';
import { addTaskDetailsSheet } from './task-details-sheet.js';
import { addTaskMatrixSheet } from './task-matrix-sheet.js';
import { writeChunksAtomic } from '../atomic-write.js';

export interface ReportWorkbookOptions {
  /** Only Vietnamese for now: the report goes to a Vietnamese authority. */
  readonly lang?: 'vi';
  /** A line under the title (e.g. "Dữ liệu mẫu, không phải số liệu thật"); found in the report's history notes when absent. */
  readonly notice?: string;
}

export function buildConsolidatedWorkbook(report: ConsolidatedReport, o: ReportWorkbookOptions = {}): ExcelJS.Workbook {
  // Loaded here, not at the top: the CLI writes reports without exceljs.
  const { Workbook } = createRequire(import.meta.url)('exceljs') as typeof ExcelJS;
  const workbook = new Workbook();
  for (const addSheet of sheetsOf(workbook, report, o)) addSheet();
  return workbook;
}

export async function writeConsolidatedWorkbook(report: ConsolidatedReport, outFile: string, o: ReportWorkbookOptions = {}): Promise<void> {
  await writeChunksAtomic(outFile, () => {
    const workbook = new StreamedWorkbook({ date: report.asOf });
    // One sheet is written at a time: each is committed before the next is added.
    for (const addSheet of sheetsOf(workbook, report, o)) (addSheet() as StreamedSheet).commit();
    return workbook.commit();
  });
}

/** Sets the workbook's properties; the builders of its sheets, in order. */
function sheetsOf(workbook: SheetBook, report: ConsolidatedReport, o: ReportWorkbookOptions): (() => Sheet)[] {
  const stamp = new Date(`${report.asOf}T00:00:00Z`);
  workbook.creator = 'atvsld';
  workbook.lastModifiedBy = 'atvsld';
  workbook.created = stamp;
  workbook.modified = stamp;
  workbook.title = `Báo cáo tổng hợp năm ${report.year}`;
  workbook.subject = report.header.planTitle;
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];

  const notice = o.notice ?? findSampleNotice(report);
  const named = [...report.agencies, ...report.otherAgencies];
  const names = new Map(named.map((a) => [a.id, a.name]));
  const shortNames = new Map(named.map((a) => [a.id, a.shortName ?? a.name]));

  return [
    () => addSummarySheet(workbook, report, notice),
    () => addReportingStatusSheet(workbook, report, notice),
    () => addTaskMatrixSheet(workbook, report),
    () => addTaskDetailsSheet(workbook, report, names),
    () => addIndicatorsSheet(workbook, report, shortNames),
    () => addFilesSheet(workbook, report, names),
    () => addProblemsSheet(workbook, report, names),
  ];
}
