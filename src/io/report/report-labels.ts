/** Vietnamese wording of the report model's codes, as printed in the consolidated workbook. */
import type { Fill } from 'exceljs';
import type {
  AgencyRow,
  DateSource,
  IndicatorFlag,
  IndicatorRow,
  PartInfo,
  TaskCellStatus,
} from '../../core/consolidation/consolidated-report.js';
import type { SupersededBasis } from '../../core/consolidation/counted-submissions.js';
import type { Severity } from '../../core/diagnostics/diagnostic.js';
import { formatMessage } from '../../core/diagnostics/format.js';
import { flagNoteDiagnostic } from '../../core/consolidation/indicator-flags.js';
import { ROLE_LABELS, STATUSES } from '../../core/form/form-layout.js';
import { FILLS } from './report-style.js';

export { CELL_STATUS_ORDER } from '../../core/consolidation/task-matrix.js';

export const CELL_STATUS_LABELS: Record<TaskCellStatus, string> = {
  ...(Object.fromEntries(STATUSES.map((s) => [s.code, s.label])) as Record<(typeof STATUSES)[number]['code'], string>),
  'not-reported': 'Không báo cáo nhiệm vụ',
  'no-submission': 'Chưa gửi báo cáo',
};

export const CELL_STATUS_FILLS: Record<TaskCellStatus, Fill> = {
  done: FILLS.green,
  'in-progress': FILLS.yellow,
  'not-started': FILLS.orange,
  'not-applicable': FILLS.grey,
  'not-reported': FILLS.red,
  'no-submission': FILLS.darkGrey,
};

/** Matrix cells: "C" for the lead (chủ trì), "P" for support (phối hợp), "K" for a task reported without owing it. */
export function roleLetter(role: 'lead' | 'support' | undefined): string {
  return role === 'lead' ? 'C' : role === 'support' ? 'P' : 'K';
}

export function roleLabel(role: 'lead' | 'support' | undefined): string {
  return role ? ROLE_LABELS[role] : 'Không được giao';
}

export const DATE_SOURCE_LABELS: Record<DateSource, string> = {
  receipt: 'Biên nhận khi tiếp nhận',
  cover: 'Ngày báo cáo ghi trên biểu',
  'file-mtime': 'Ngày sửa tệp',
};

export const SEVERITY_LABELS: Record<Severity, string> = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' };

export const PART_ROLE_LABELS: Record<PartInfo['role'], string> = {
  numerator: 'Tử số',
  denominator: 'Mẫu số',
  count: 'Số liệu của chỉ tiêu',
  other: 'Số liệu đối chiếu',
};

export function flagLabel(flag: IndicatorFlag, year: number): string {
  switch (flag) {
    case 'MISSING_VALUE':
      return `Thiếu số liệu năm ${year}.`;
    case 'MISSING_PREVIOUS':
      return `Thiếu số liệu năm ${year - 1}, chưa tính được mức thay đổi.`;
    case 'PREVIOUS_ZERO':
      return `Số liệu năm ${year - 1} bằng 0, không tính được tỷ lệ thay đổi.`;
    case 'AGENCIES_CHANGED':
      return `Cơ quan cung cấp số liệu năm ${year} khác năm ${year - 1}, không phải do sắp xếp bộ máy; cần lưu ý khi so sánh.`;
    case 'AGENCIES_REORGANISED':
      return `Cơ quan cung cấp số liệu năm ${year} khác năm ${year - 1} do sắp xếp bộ máy; so sánh theo cơ quan kế thừa.`;
    case 'DENOMINATOR_CHANGED':
      return `Mẫu số năm ${year} thay đổi nhiều so với năm ${year - 1}; tỷ lệ thay đổi có thể do mẫu số.`;
    case 'DEFINITION_CHANGED':
      return `Cách xác định số liệu năm ${year} khác năm ${year - 1}; so sánh chỉ có tính tham khảo.`;
    case 'PARTS_INCOMPLETE':
      return `Còn cơ quan chưa báo cáo số liệu; giá trị chưa đầy đủ, chưa đánh giá được.`;
    case 'MISSING_BASE':
      return 'Thiếu số liệu năm gốc, chưa tính được mức thay đổi lũy kế.';
  }
}

export function targetLabel(target: IndicatorRow['target']): string {
  const pct = String(target.percentPerYear).replace('.', ',');
  return target.direction === 'decrease' ? `Giảm ít nhất ${pct}%/năm` : `Tăng ít nhất ${pct}%/năm`;
}

export function verdictLabel(met: boolean | null): string {
  return met === true ? '✓ Đạt' : met === false ? '✗ Không đạt' : 'Chưa đánh giá được';
}

export function verdictFill(met: boolean | null): Fill {
  return met === true ? FILLS.green : met === false ? FILLS.red : FILLS.grey;
}

/** "Đúng hạn", "Trễ 3 ngày", "Chưa gửi (quá hạn 8 ngày)", "Chưa đến hạn". */
export function reportingStatusLabel(row: AgencyRow): string {
  if (row.status === 'on-time') return 'Đúng hạn';
  if (row.status === 'late') return `Trễ ${row.daysLate ?? '?'} ngày`;
  if (row.notYetDue) return 'Chưa gửi (chưa đến hạn)';
  return row.daysLate !== undefined && row.daysLate > 0 ? `Chưa gửi (quá hạn ${row.daysLate} ngày)` : 'Chưa gửi';
}

export function reportingStatusFill(row: AgencyRow): Fill {
  if (row.status === 'on-time') return FILLS.green;
  if (row.status === 'late') return FILLS.yellow;
  return row.notYetDue ? FILLS.grey : FILLS.red;
}

/** `2025-12-28` → "ngày 28 tháng 12 năm 2025", the date line of an administrative document. */
export function viDateLine(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `ngày ${d} tháng ${m} năm ${y}`;
}

/** `2025-12-20` → "20/12/2025". */
export function viDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** A file as shown in the report: its name only; the folder is the workspace's and means nothing to the reader of a printed report. */
export function fileLabel(path: string | undefined): string {
  if (!path) return '';
  return path.split(/[\\/]/).pop() ?? path;
}

/** The deadline, and the day it really ends when it falls on a rest day (Điều 148 BLDS 2015). */
export function viDeadline(report: { readonly deadline: string; readonly deadlineEnd: string }): string {
  return report.deadlineEnd === report.deadline
    ? viDate(report.deadline)
    : `${viDate(report.deadline)} (ngày nghỉ, kéo dài đến hết ${viDate(report.deadlineEnd)} theo Điều 148 Bộ luật Dân sự 2015)`;
}

/** Why the replacing file counts as the later one (counted-submissions.ts). */
export const SUPERSEDED_BASIS_LABELS: Readonly<Record<SupersededBasis, string>> = {
  'receipt-time': 'nhận sau, theo biên nhận',
  'received-date': 'ngày nhận sau',
  'file-mtime': 'cùng ngày nhận, tệp sửa sau',
  'file-name': 'cùng ngày nhận, tên tệp xếp sau',
};

/** A flag in words: the catalog's wording with its details when the row has them (flagNotes), else the short label. */
export function flagText(row: Pick<IndicatorRow, 'flagNotes'>, flag: IndicatorFlag, year: number): string {
  const note = row.flagNotes?.find((n) => n.flag === flag);
  return note ? formatMessage(flagNoteDiagnostic(note), 'vi') : flagLabel(flag, year);
}
