/**
 * The written report (Báo cáo) of a consolidation, as a document model: the
 * same ConsolidatedReport the workbook is written from, worded for the
 * People's Committee. Pure; io/report-docx writes it as .docx.
 */
import type { ConsolidatedReport } from '../../core/consolidation/consolidated-report.js';
import { para, type ReportDocument } from '../../core/report-document/report-document.js';
import type { ReportSettings } from '../../core/report-document/report-settings.js';
import { buildAppendices } from './appendices.js';
import { buildClosingBlock } from './closing-block.js';
import { buildHeadingBlock, summaryLine } from './heading-block.js';
import { buildReportContext } from './report-context.js';
import { buildIndicatorsSection } from './section-indicators.js';
import { buildReportingSection } from './section-reporting.js';
import { buildShortcomingsSection } from './section-shortcomings.js';
import { buildTasksSection } from './section-tasks.js';

export function buildReportDocument(report: ConsolidatedReport, settings: ReportSettings): ReportDocument {
  const ctx = buildReportContext(report, settings);
  const { header } = report;
  const opening = para(
    'body',
    `Thực hiện ${header.planReference ?? header.planTitle} của ${header.issuer}, ${ctx.coordinatorName} tổng hợp báo cáo của các cơ quan, đơn vị ` +
      `và báo cáo kết quả thực hiện năm ${report.year} như sau:`,
  );
  return {
    title: `Báo cáo ${summaryLine(ctx).charAt(0).toLocaleLowerCase('vi')}${summaryLine(ctx).slice(1)}`,
    date: report.asOf,
    sections: [
      {
        orientation: 'portrait',
        pageNumbers: true,
        firstPageNumbered: false,
        restartNumbering: false,
        blocks: [
          ...buildHeadingBlock(ctx),
          opening,
          ...buildReportingSection(ctx),
          ...buildTasksSection(ctx),
          ...buildIndicatorsSection(ctx),
          ...buildShortcomingsSection(ctx),
          ...buildClosingBlock(ctx),
        ],
      },
      { orientation: 'landscape', pageNumbers: true, firstPageNumbered: true, restartNumbering: true, blocks: buildAppendices(ctx) },
    ],
  };
}
