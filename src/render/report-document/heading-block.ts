/**
 * The first page's heading (Nghị định 30/2020/NĐ-CP, Phụ lục I): a borderless
 * two-column table — parent and issuing body with the number on the left,
 * Quốc hiệu and Tiêu ngữ with the place-date line on the right — then
 * "BÁO CÁO", the summary line and "Kính gửi: …".
 */
import { para, type Block, type TableCell } from '../../core/report-document/report-document.js';
import type { ReportContext } from './report-context.js';
import { officialDateLine, upper } from './vi-words.js';

export function buildHeadingBlock(ctx: ReportContext): Block[] {
  const { report, settings } = ctx;
  const parentBody = settings.parentBody ?? `UBND ${upper(report.header.jurisdictionName)}`;
  const issuingBody = settings.issuingBody ?? upper(ctx.coordinatorName);
  const date = settings.date === 'blank' ? 'ngày      tháng      năm …' : officialDateLine(report.asOf);
  const left: TableCell = {
    paragraphs: [
      para('headingLeft', [{ text: parentBody, sizePt: 13 }]),
      para('headingLeft', [{ text: issuingBody, bold: true, sizePt: 13 }], { ruleBelow: 0.35 }),
      para('headingLeft', [{ text: `Số: ${ctx.numberLine}`, sizePt: 13 }]),
    ],
  };
  const right: TableCell = {
    paragraphs: [
      para('headingRight', [{ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, sizePt: 12 }]),
      para('headingRight', [{ text: 'Độc lập - Tự do - Hạnh phúc', bold: true, sizePt: 13 }], { ruleBelow: 0.56 }),
      para('headingRight', [{ text: `${ctx.place}, ${date}`, italic: true, sizePt: 13 }]),
    ],
  };
  return [
    { kind: 'table', role: 'layout', columns: [0.4, 0.6], headerRows: 0, rows: [[left, right]], sizePt: 13, extendLeftMm: 15 },
    para('title', [{ text: 'BÁO CÁO', bold: true }]),
    para('summary', [{ text: summaryLine(ctx), bold: true }], { ruleBelow: 0.3 }),
    para('recipient', `Kính gửi: ${ctx.recipientName}.`),
  ];
}

/** "Kết quả thực hiện Kế hoạch … năm 2025". */
export function summaryLine(ctx: ReportContext): string {
  const { header, year } = ctx.report;
  const plan = header.planReference ?? header.planTitle;
  // "Kế hoạch" keeps its capital: it names a document.
  return `Kết quả thực hiện ${plan} năm ${year}`;
}
