/**
 * The closing sentence and the foot of the document (Nghị định 30/2020,
 * Phụ lục I): "Nơi nhận:" 12 pt bold italic with 11 pt entries ending
 * "- Lưu: VT, …." on the left, the signer on the right — a borderless table.
 */
import { para, type Block, type TableCell } from '../../core/report-document/report-document.js';
import type { ReportContext } from './report-context.js';
import { summaryLine } from './heading-block.js';

export function buildClosingBlock(ctx: ReportContext): Block[] {
  const { settings } = ctx;
  const closing = para(
    'body',
    `Trên đây là báo cáo ${lowerFirst(summaryLine(ctx))} của ${ctx.coordinatorName}, kính báo cáo ${ctx.recipientName} xem xét, chỉ đạo./.`,
  );
  const entries = settings.copiesTo.map((c) => para('copiesEntry', `- ${c};`));
  entries.push(para('copiesEntry', `- Lưu: VT, ${settings.archiveUnit.trim() === '' ? '…' : settings.archiveUnit.trim()}.`));
  const left: TableCell = { paragraphs: [para('copiesLabel', [{ text: 'Nơi nhận:', bold: true, italic: true }]), ...entries] };
  const signer = settings.signer;
  const right: TableCell = {
    paragraphs: [
      para('signer', [{ text: signer.authority, bold: true }]),
      ...(signer.title.trim() !== '' ? [para('signer', [{ text: signer.title, bold: true }])] : []),
      para('signer', ''),
      para('signer', ''),
      para('signer', ''),
      para('signer', [{ text: signer.name.trim() === '' ? '…' : signer.name, bold: true }]),
    ],
  };
  return [closing, { kind: 'table', role: 'layout', columns: [0.5, 0.5], headerRows: 0, rows: [[left, right]], sizePt: 14 }];
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}
