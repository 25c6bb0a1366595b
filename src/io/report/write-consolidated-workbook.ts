/**
 * The consolidated workbook: what the coordinating department attaches to its
 * report to the provincial People's Committee. A view of the report model
 * only; built in memory (testable), then written atomically.
 * Determinism: workbook dates come from `asOf` and the zip entries are
 * stamped with it, so the same report gives the same bytes.
 */
import ExcelJS from 'exceljs';
import type { ConsolidatedReport } from '../../core/consolidation/consolidated-report.js';
import { writeFileAtomic } from '../atomic-write.js';
import { stampZipEntries } from '../template/stamp-zip-entries.js';
import { addFilesSheet } from './files-sheet.js';
import { addIndicatorsSheet } from './indicators-sheet.js';
import { addProblemsSheet } from './problems-sheet.js';
import { addReportingStatusSheet } from './reporting-status-sheet.js';
import { findSampleNotice } from './sample-notice.js';
import { shareStyles } from './share-styles.js';
import { addSummarySheet } from './summary-sheet.js';
import { addTaskDetailsSheet } from './task-details-sheet.js';
import { addTaskMatrixSheet } from './task-matrix-sheet.js';

export interface ReportWorkbookOptions {
  /** Only Vietnamese for now: the report goes to a Vietnamese authority. */
  readonly lang?: 'vi';
  /** A line under the title (e.g. "Dữ liệu mẫu, không phải số liệu thật"); found in the report's history notes when absent. */
  readonly notice?: string;
}

export function buildConsolidatedWorkbook(report: ConsolidatedReport, o: ReportWorkbookOptions = {}): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const stamp = new Date(`${report.asOf}T00:00:00Z`);
  workbook.creator = 'atvsld';
  workbook.lastModifiedBy = 'atvsld';
  workbook.created = stamp;
  workbook.modified = stamp;
  workbook.title = `Báo cáo tổng hợp năm ${report.year}`;
  workbook.subject = report.header.planTitle;

  const notice = o.notice ?? findSampleNotice(report);
  const names = new Map(report.agencies.map((a) => [a.id, a.name]));
  const shortNames = new Map(report.agencies.map((a) => [a.id, a.shortName ?? a.name]));

  addSummarySheet(workbook, report, notice);
  addReportingStatusSheet(workbook, report, notice);
  addTaskMatrixSheet(workbook, report, shortNames);
  addTaskDetailsSheet(workbook, report, names);
  addIndicatorsSheet(workbook, report, shortNames);
  addFilesSheet(workbook, report, names);
  addProblemsSheet(workbook, report, names);

  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  return workbook;
}

export async function writeConsolidatedWorkbook(report: ConsolidatedReport, outFile: string, o: ReportWorkbookOptions = {}): Promise<void> {
  const workbook = buildConsolidatedWorkbook(report, o);
  shareStyles(workbook);
  const buffer = await workbook.xlsx.writeBuffer();
  await writeFileAtomic(outFile, stampZipEntries(new Uint8Array(buffer as ArrayBuffer), report.asOf));
}
