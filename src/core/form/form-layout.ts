/**
 * The agency report form: the contract between the template writer
 * (src/io/template) and the submission parser (src/core/submission).
 *
 * The parser finds sheets and columns by their headings (matched with
 * `foldKey`, so case, Unicode form, tone-mark placement and spacing do not
 * matter), never by fixed positions alone: analysts move columns and insert
 * rows. Change a heading here and both sides follow.
 */

/** Bumped when the layout changes in a way an older parser could misread. */
export const FORM_VERSION = 1;

export const SHEETS = {
  instructions: 'Hướng dẫn',
  cover: 'Thông tin chung',
  tasks: 'Nhiệm vụ',
  indicators: 'Chỉ tiêu',
  /** Very hidden, protected: identifies the form even when the file is renamed. */
  meta: '_atvsld',
} as const;

/** Keys of the metadata sheet: column A holds the key, column B the value. */
export const META_KEYS = {
  marker: 'atvsld-form',
  planId: 'plan-id',
  planHash: 'plan-hash',
  agency: 'agency',
  year: 'year',
  formVersion: 'form-version',
  /**
   * `YYYY-MM-DD`, the day the form was generated (`template --as-of` or the
   * clock), so that a report date before it can be questioned. Forms written
   * before this key existed lack it; the check is then skipped.
   */
  generatedOn: 'generated-on',
} as const;

/** Cover sheet: labels in column A, values in column B; found by label, so rows may move. */
export const COVER_FIELDS = [
  { key: 'agencyName', label: 'Cơ quan báo cáo', required: true },
  { key: 'year', label: 'Năm báo cáo', required: true },
  { key: 'reportDate', label: 'Ngày báo cáo', required: true },
  { key: 'contactName', label: 'Người liên hệ', required: true },
  { key: 'phone', label: 'Điện thoại', required: true },
  { key: 'email', label: 'Thư điện tử', required: false },
  { key: 'signer', label: 'Người ký', required: true },
  { key: 'signerTitle', label: 'Chức vụ', required: true },
] as const;
export type CoverFieldKey = (typeof COVER_FIELDS)[number]['key'];

/** Tasks sheet columns, in the order the template writes them. */
export const TASK_COLUMNS = [
  { key: 'taskId', header: 'Mã nhiệm vụ', kind: 'locked' },
  { key: 'title', header: 'Nhiệm vụ', kind: 'locked' },
  { key: 'role', header: 'Vai trò', kind: 'locked' },
  { key: 'status', header: 'Tình trạng', kind: 'status' },
  { key: 'results', header: 'Kết quả đạt được', kind: 'text' },
  { key: 'documents', header: 'Số văn bản ban hành', kind: 'count' },
  { key: 'events', header: 'Số hội nghị, lớp tập huấn, cuộc kiểm tra', kind: 'count' },
  { key: 'people', header: 'Số lượt người được tuyên truyền, tập huấn', kind: 'count' },
  { key: 'cost', header: 'Kinh phí (triệu đồng)', kind: 'amount' },
  { key: 'notes', header: 'Ghi chú', kind: 'text' },
] as const;
export type TaskColumnKey = (typeof TASK_COLUMNS)[number]['key'];

/** Indicators sheet columns. */
export const INDICATOR_COLUMNS = [
  { key: 'partId', header: 'Mã số liệu', kind: 'locked' },
  { key: 'name', header: 'Số liệu', kind: 'locked' },
  { key: 'unit', header: 'Đơn vị tính', kind: 'locked' },
  { key: 'previous', header: 'Năm trước (tham khảo)', kind: 'locked' },
  { key: 'value', header: 'Số liệu năm báo cáo', kind: 'count' },
  { key: 'notes', header: 'Ghi chú', kind: 'text' },
] as const;
export type IndicatorColumnKey = (typeof INDICATOR_COLUMNS)[number]['key'];

/** Status drop-down: the wording in the form and its stable code. */
export const STATUSES = [
  { code: 'done', label: 'Đã hoàn thành' },
  { code: 'in-progress', label: 'Đang thực hiện' },
  { code: 'not-started', label: 'Chưa thực hiện' },
  { code: 'not-applicable', label: 'Không phát sinh' },
] as const;
export type StatusCode = (typeof STATUSES)[number]['code'];

export const ROLE_LABELS = { lead: 'Chủ trì', support: 'Phối hợp' } as const;

/** File name of an agency's form: ASCII, no spaces, safe on Windows and Linux whatever the agency's name. */
export function formFileName(agencyId: string, year: number): string {
  return `bao-cao-atvsld-${year}-${agencyId}.xlsx`;
}
