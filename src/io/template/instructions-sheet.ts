/**
 * "Hướng dẫn": the first sheet an agency sees. Everything a clerk needs to
 * fill and return the form without calling the department.
 */
import type { Workbook } from 'exceljs';
import { SHEETS, STATUSES, formFileName, type StatusCode } from '../../core/form/form-layout.js';
import { setTextCell } from '../xlsx-write/safe-text.js';
import type { FormInput } from './build-form-workbook.js';
import { agencyDeadline, formatViDate } from './form-dates.js';
import { BOLD_FONT, BODY_FONT, finishSheet, setColumns, writeTitle } from './form-style.js';
import { resolveReportRecipient } from './report-recipient.js';
import { fitRowHeight } from './row-height.js';

export const STATUS_MEANINGS: Record<StatusCode, string> = {
  done: 'nhiệm vụ đã thực hiện xong trong năm báo cáo.',
  'in-progress': 'đã triển khai nhưng chưa xong, hoặc là nhiệm vụ thường xuyên đang tiếp tục thực hiện.',
  'not-started': 'chưa triển khai trong năm báo cáo; ghi lý do ở cột "Ghi chú".',
  'not-applicable': 'trong năm không có công việc thuộc nhiệm vụ này tại cơ quan, đơn vị; ghi rõ ở cột "Ghi chú".',
};

type Line = readonly [label: string, text: string];

function instructionLines(input: FormInput, agencyName: string, hasIndicators: boolean): Line[] {
  const { plan, year } = input;
  const recipient = resolveReportRecipient(plan, year);
  const sheets: Line[] = [
    ['Các trang tính', `"${SHEETS.cover}": thông tin về cơ quan báo cáo, người liên hệ và người ký.`],
    ['', `"${SHEETS.tasks}": mỗi dòng là một nhiệm vụ cơ quan phải báo cáo (chủ trì hoặc phối hợp).`],
  ];
  if (hasIndicators) sheets.push(['', `"${SHEETS.indicators}": số liệu năm ${year}; cột "Năm trước" chỉ để tham khảo.`]);
  return [
    ['Biểu mẫu', `Báo cáo kết quả thực hiện kế hoạch năm ${year}.`],
    ['Kế hoạch', plan.reference ? `${plan.title} (${plan.reference})` : plan.title],
    ['Cơ quan báo cáo', agencyName],
    ['Năm báo cáo', String(year)],
    ['Hạn gửi báo cáo', `Chậm nhất ngày ${formatViDate(agencyDeadline(plan, year))}.`],
    ['Nơi nhận báo cáo', recipient ? recipient.name : plan.calendar.coordinator],
    ...(recipient?.contact ? [['Liên hệ', recipient.contact] as const] : []),
    ...sheets,
    ['Cách điền', 'Chỉ điền vào các ô màu vàng. Các ô khác đã được khóa để tránh sửa nhầm.'],
    ['', 'Cột "Tình trạng": chọn trong danh sách thả xuống, không tự gõ nội dung khác.'],
    ...STATUSES.map((s, i): Line => [i === 0 ? 'Ý nghĩa tình trạng' : '', `"${s.label}": ${STATUS_MEANINGS[s.code]}`]),
    ['Số liệu', 'Các cột số chỉ nhận số nguyên không âm; kinh phí tính bằng triệu đồng, có thể có phần thập phân. Để trống nếu không có; không ghi chữ vào ô số.'],
    ['Ngày báo cáo', 'Nhập theo dạng ngày/tháng/năm, ví dụ 15/12/' + String(year) + '.'],
    ['Lưu ý', 'Không đổi tên, thêm hoặc xóa trang tính; không xóa hoặc chèn dòng; không sửa mã nhiệm vụ.'],
    ['', 'Được phép nới rộng cột hoặc tăng chiều cao dòng khi nội dung dài.'],
    ['Lưu tệp', `Lưu dưới dạng Excel Workbook (.xlsx), không lưu thành .xls, .csv hay .pdf. Nên giữ nguyên tên tệp ${formFileName(input.agencyId, year)}.`],
    ['', 'Với LibreOffice: chọn "Lưu dạng" (Save As), kiểu "Excel 2007-365 (.xlsx)", rồi chọn "Dùng định dạng Excel 2007-365!".'],
    ['Ngày lập biểu mẫu', formatViDate(input.generatedOn)],
  ];
}

export function addInstructionsSheet(workbook: Workbook, input: FormInput, agencyName: string, hasIndicators: boolean): void {
  const sheet = workbook.addWorksheet(SHEETS.instructions, {
    views: [{ state: 'normal', showGridLines: false }],
    properties: { tabColor: { argb: 'FF4472C4' } },
  });
  setColumns(sheet, [24, 100]);
  writeTitle(sheet, 1, 2, 'HƯỚNG DẪN ĐIỀN BIỂU MẪU BÁO CÁO');
  instructionLines(input, agencyName, hasIndicators).forEach(([label, text], index) => {
    const row = sheet.getRow(index + 3);
    const labelCell = row.getCell(1);
    labelCell.value = label;
    labelCell.font = BOLD_FONT;
    labelCell.alignment = { vertical: 'top' };
    const textCell = row.getCell(2);
    // Plan and agency text is data: kept as plain text whatever it starts with.
    setTextCell(textCell, text);
    textCell.font = BODY_FONT;
    textCell.alignment = { vertical: 'top', wrapText: true };
    fitRowHeight(sheet, row);
  });
  finishSheet(sheet, 'portrait');
}
