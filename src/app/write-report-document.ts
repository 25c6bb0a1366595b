/** The written report of a consolidation: the document model (render) written as .docx (io). */
import type { ConsolidatedReport } from '../core/consolidation/consolidated-report.js';
import type { ReportSettings } from '../core/report-document/report-settings.js';
import { writeReportDocx } from '../io/report-docx/write-report-docx.js';
import { buildReportDocument } from '../render/report-document/build-report-document.js';

export async function writeReportDocument(report: ConsolidatedReport, settings: ReportSettings, outFile: string): Promise<void> {
  await writeReportDocx(buildReportDocument(report, settings), outFile);
}
