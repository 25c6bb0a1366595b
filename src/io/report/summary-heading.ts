/**
 * The administrative heading of a Vietnamese official report (Nghị định
 * 30/2020/NĐ-CP, Phụ lục I): the issuing body on the left, the national motto
 * on the right, number and place-date line, then title and recipient; and the
 * "Nơi nhận" / signature block at the end.
 */
import type { Sheet } from '../xlsx-write/sheet-api.js';
import type { ConsolidatedReport } from '../../core/consolidation/consolidated-report.js';
import { viDateLine } from './report-labels.js';
import { BODY_FONT, FONT_NAME, ITALIC_FONT, TITLE_FONT } from './report-style.js';
import { writeMergedLine } from './report-table.js';

const HEAD_FONT = { name: FONT_NAME, size: 12 };
const HEAD_BOLD = { ...HEAD_FONT, bold: true };

/** "tỉnh Bắc Ninh" → "Bắc Ninh", for the place-date line. */
export function placeName(jurisdictionName: string): string {
  return jurisdictionName.replace(/^(tỉnh|thành phố)\s+/iu, '');
}

/** Writes rows 1.. and returns the next free row. The sheet's columns must already have their widths. */
export function writeAdministrativeHeading(sheet: Sheet, report: ConsolidatedReport, lastColumn: number, notice?: string): number {
  const { header, year, asOf } = report;
  const split = 3;
  writeMergedLine(sheet, 1, split, `UBND ${header.jurisdictionName.toUpperCase()}`, HEAD_FONT);
  writeMergedLine(sheet, 2, split, header.coordinator.name.toUpperCase(), HEAD_BOLD);
  writeMergedLine(sheet, 3, split, 'Số:          /BC', HEAD_FONT);
  writeMergedLine(sheet, 1, lastColumn, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', HEAD_BOLD, 'center', split + 1);
  writeMergedLine(sheet, 2, lastColumn, 'Độc lập - Tự do - Hạnh phúc', { ...HEAD_BOLD, underline: true }, 'center', split + 1);
  writeMergedLine(sheet, 3, lastColumn, `${placeName(header.jurisdictionName)}, ${viDateLine(asOf)}`, { ...HEAD_FONT, italic: true }, 'center', split + 1);
  let row = 5;
  writeMergedLine(sheet, row++, lastColumn, 'BÁO CÁO', TITLE_FONT);
  writeMergedLine(sheet, row++, lastColumn, `Kết quả thực hiện ${header.planTitle} năm ${year}`, { ...HEAD_BOLD, size: 13 });
  if (header.planReference) writeMergedLine(sheet, row++, lastColumn, `(${header.planReference})`, ITALIC_FONT);
  row += 1;
  writeMergedLine(sheet, row++, lastColumn, `Kính gửi: ${recipientName(report)}.`, HEAD_FONT);
  if (notice) writeMergedLine(sheet, row++, lastColumn, notice.toUpperCase(), { ...HEAD_BOLD, color: { argb: 'FFC00000' } });
  return row + 1;
}

/** "Ủy ban nhân dân tỉnh" reads unfinished in an address: add the province. */
function recipientName(report: ConsolidatedReport): string {
  const { recipient, jurisdictionName } = report.header;
  return /\btỉnh$/u.test(recipient.name) ? `${recipient.name} ${placeName(jurisdictionName)}` : recipient.name;
}

export function writeSignatureBlock(sheet: Sheet, firstRow: number, lastColumn: number): number {
  const split = 3;
  const left = ['Nơi nhận:', '- Như trên;', '- Lưu: VT.'];
  const right = ['THỦ TRƯỞNG CƠ QUAN', '(Ký, ghi rõ họ tên và đóng dấu)'];
  left.forEach((text, i) =>
    writeMergedLine(sheet, firstRow + i, split, text, i === 0 ? { ...BODY_FONT, bold: true, italic: true } : { ...BODY_FONT, size: 10 }, 'left'),
  );
  right.forEach((text, i) => writeMergedLine(sheet, firstRow + i, lastColumn, text, i === 0 ? HEAD_BOLD : ITALIC_FONT, 'center', split + 1));
  return firstRow + left.length;
}
