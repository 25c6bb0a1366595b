import type { MessageCatalog } from './message-catalog.js';

/**
 * Diagnostics about the plan file (YAML syntax, schema, cross-references).
 *
 * Arguments that carry prose come in pairs (`detail` / `detailEn`) because the
 * wording is built from data the catalog cannot see (zod issues, reference kinds).
 * `path` is a plan path such as `tasks[3].rhythm`.
 */
export const PLAN_MESSAGES = {
  // --- the file itself ------------------------------------------------------
  PLAN_FILE_NOT_FOUND: {
    severity: 'error',
    vi: 'Không tìm thấy tệp kế hoạch {file}.',
    en: 'Plan file {file} not found.',
    fixVi: 'Kiểm tra đường dẫn (--plan) hoặc mục plan trong atvsld.yaml.',
    fixEn: 'Check the path (--plan) or the plan entry in atvsld.yaml.',
  },
  PLAN_FILE_IS_DIRECTORY: {
    severity: 'error',
    vi: '{file} là một thư mục, không phải tệp kế hoạch YAML.',
    en: '{file} is a folder, not a YAML plan file.',
    fixVi: 'Chỉ đến tệp .yaml bên trong thư mục, ví dụ plan/ke-hoach.yaml.',
    fixEn: 'Point to the .yaml file inside the folder, e.g. plan/ke-hoach.yaml.',
  },
  PLAN_FILE_TOO_LARGE: {
    severity: 'error',
    vi: 'Tệp kế hoạch quá lớn ({size} byte, tối đa {limit} byte).',
    en: 'Plan file too large ({size} bytes, at most {limit}).',
    fixVi: 'Một kế hoạch chỉ vài chục KB; có thể đã chọn nhầm tệp.',
    fixEn: 'A plan is a few dozen KB; the wrong file may have been chosen.',
  },
  PLAN_FILE_UNREADABLE: {
    severity: 'error',
    vi: 'Không đọc được tệp kế hoạch {file} ({reason}).',
    en: 'Cannot read plan file {file} ({reason}).',
    fixVi: 'Kiểm tra quyền đọc tệp.',
    fixEn: 'Check the file permissions.',
  },
  PLAN_FILE_ENCODING: {
    severity: 'error',
    vi: 'Tệp kế hoạch không phải văn bản UTF-8.',
    en: 'The plan file is not UTF-8 text.',
    fixVi: 'Lưu lại tệp với bảng mã UTF-8 (trong Notepad: Lưu thành… → Mã hóa: UTF-8).',
    fixEn: 'Save the file again as UTF-8.',
  },
  PLAN_EMPTY: {
    severity: 'error',
    vi: 'Tệp kế hoạch trống.',
    en: 'The plan file is empty.',
    fixVi: 'Sao chép kế hoạch mẫu (templates/plans/) rồi sửa lại.',
    fixEn: 'Copy the default plan (templates/plans/) and edit it.',
  },
  PLAN_NOT_MAPPING: {
    severity: 'error',
    vi: 'Tệp kế hoạch phải là một bảng "khóa: giá trị" (id:, title:, agencies:, tasks:…), không phải {received}.',
    en: 'The plan must be a "key: value" mapping (id:, title:, agencies:, tasks:…), not {receivedEn}.',
    fixVi: 'Sao chép kế hoạch mẫu (templates/plans/) rồi sửa lại.',
    fixEn: 'Copy the default plan (templates/plans/) and edit it.',
  },

  // --- YAML -----------------------------------------------------------------
  PLAN_YAML_SYNTAX: {
    severity: 'error',
    vi: 'Lỗi cú pháp YAML: {detail}.',
    en: 'YAML syntax error: {detailEn}.',
    fixVi: 'Xem dòng được chỉ ra và dòng ngay trước nó: thụt lề, dấu hai chấm, dấu nháy, dấu ngoặc.',
    fixEn: 'Look at this line and the one before: indentation, colons, quotes, brackets.',
  },
  PLAN_YAML_TAB: {
    severity: 'error',
    vi: 'Thụt lề bằng phím Tab: YAML chỉ cho phép thụt lề bằng dấu cách.',
    en: 'Indented with a tab: YAML allows only spaces for indentation.',
    fixVi: 'Thụt lề: dùng dấu cách, không dùng phím Tab.',
    fixEn: 'Indent with spaces, not the Tab key.',
  },
  PLAN_YAML_DUPLICATE_KEY: {
    severity: 'error',
    vi: 'Khóa "{key}" xuất hiện hai lần trong cùng một mục.',
    en: 'Key "{key}" appears twice in the same mapping.',
    fixVi: 'Xóa hoặc gộp một trong hai dòng.',
    fixEn: 'Remove or merge one of the two lines.',
  },
  PLAN_YAML_MULTIPLE_DOCUMENTS: {
    severity: 'error',
    vi: 'Tệp chứa nhiều tài liệu YAML (dòng "---"); kế hoạch chỉ là một tài liệu.',
    en: 'The file holds several YAML documents ("---"); a plan is a single document.',
    fixVi: 'Xóa dòng "---" và phần sau nó, hoặc tách thành tệp khác.',
    fixEn: 'Remove the "---" line and what follows, or move it to another file.',
  },
  PLAN_YAML_ALIAS_LIMIT: {
    severity: 'error',
    vi: 'Bí danh YAML (*{alias}) mở rộng quá nhiều lần (hơn {limit}); tệp bị từ chối để tránh treo máy.',
    en: 'YAML alias (*{alias}) expands too many times (over {limit}); refused to avoid exhausting memory.',
    fixVi: 'Viết thẳng các giá trị, hạn chế dùng &neo và *bí danh lồng nhau.',
    fixEn: 'Write the values out; avoid nested &anchors and *aliases.',
  },
  PLAN_YAML_TOO_DEEP: {
    severity: 'error',
    vi: 'Các danh sách hoặc bảng trong tệp lồng nhau quá sâu (hơn {limit} cấp); tệp bị từ chối.',
    en: 'Lists or mappings in the file are nested too deeply (over {limit} levels); the file is refused.',
    fixVi: 'Kế hoạch chỉ lồng vài cấp (ví dụ tasks → lead → mã cơ quan): kiểm tra các dấu [ ] và { } thừa.',
    fixEn: 'A plan nests only a few levels (e.g. tasks → lead → agency id): look for stray [ ] and { }.',
  },
  PLAN_YAML_ALIAS_UNKNOWN: {
    severity: 'error',
    vi: 'Bí danh *{alias} không trỏ tới neo &{alias} nào được khai báo trước nó.',
    en: 'Alias *{alias} refers to no anchor &{alias} defined before it.',
    fixVi: 'Khai báo &{alias} trước khi dùng *{alias}, hoặc viết thẳng giá trị.',
    fixEn: 'Define &{alias} before using *{alias}, or write the value out.',
  },
  PLAN_YAML_TAG: {
    severity: 'error',
    vi: 'Thẻ YAML {tag} không được phép trong kế hoạch.',
    en: 'YAML tag {tag} is not allowed in a plan.',
    fixVi: 'Xóa thẻ (phần bắt đầu bằng "!"); nếu giá trị là văn bản, đặt nó trong dấu nháy.',
    fixEn: 'Remove the tag (the part starting with "!"); quote the value if it is text.',
  },
  PLAN_YAML_PROTOTYPE_KEY: {
    severity: 'error',
    vi: 'Khóa "{key}" bị cấm (có thể dùng để tấn công chương trình).',
    en: 'Key "{key}" is forbidden (it can be used to attack the program).',
    fixVi: 'Xóa khóa này.',
    fixEn: 'Remove this key.',
  },
  PLAN_YAML_KEY_NOT_TEXT: {
    severity: 'error',
    vi: 'Khóa phải là văn bản đơn giản, không phải danh sách hay bảng.',
    en: 'A key must be plain text, not a list or a mapping.',
    fixVi: 'Viết khóa dạng "ten_khoa: giá trị".',
    fixEn: 'Write keys as "key: value".',
  },
  PLAN_YAML_WARNING: {
    severity: 'warning',
    vi: 'Cảnh báo YAML: {detail}.',
    en: 'YAML warning: {detailEn}.',
  },

  // --- schema -----------------------------------------------------------------
  PLAN_SCHEMA_UNKNOWN_KEY: {
    severity: 'error',
    vi: 'Khóa không hợp lệ "{key}" tại {path}.{suggestVi}',
    en: 'Unknown key "{key}" at {path}.{suggestEn}',
    fixVi: 'Kiểm tra chính tả. Các khóa được phép ở đây: {allowed}.',
    fixEn: 'Check the spelling. Keys allowed here: {allowed}.',
  },
  PLAN_SCHEMA_MISSING_FIELD: {
    severity: 'error',
    vi: 'Thiếu trường bắt buộc {path} ({expected}).',
    en: 'Required field {path} is missing ({expectedEn}).',
    fixVi: 'Thêm dòng "{key}: …" vào mục này.',
    fixEn: 'Add a "{key}: …" line to this entry.',
  },
  PLAN_SCHEMA_WRONG_TYPE: {
    severity: 'error',
    vi: '{path} phải là {expected}, nhưng đang là {received}.',
    en: '{path} must be {expectedEn}, but is {receivedEn}.',
    fixVi: 'Mã nhiệm vụ, ngày và mã cơ quan là văn bản: đặt trong dấu nháy, ví dụ \'1.1\' hoặc \'2025-03-01\'.',
    fixEn: "Task ids, dates and agency ids are text: quote them, e.g. '1.1' or '2025-03-01'.",
  },
  PLAN_SCHEMA_INVALID_VALUE: {
    severity: 'error',
    vi: 'Giá trị không hợp lệ tại {path}: {detail}.',
    en: 'Invalid value at {path}: {detailEn}.',
    fixVi: 'Sửa giá trị theo mô tả trong docs/plan-format.md.',
    fixEn: 'Correct the value as described in docs/plan-format.md.',
  },

  // --- cross-checks -----------------------------------------------------------
  PLAN_DUPLICATE_ID: {
    severity: 'error',
    vi: 'Mã "{id}" bị trùng: đã dùng ở {firstPath}.',
    en: 'Duplicate id "{id}": already used at {firstPath}.',
    fixVi: 'Mỗi {what} cần một mã riêng (mã cơ quan và mã nhóm dùng chung một không gian tên).',
    fixEn: 'Give each {whatEn} its own id (agency and group ids share one namespace).',
  },
  PLAN_TERRITORY_PART_INVALID: {
    severity: 'error',
    vi: 'Địa bàn "{part}" trong formedFrom của "{territory}" không hợp lệ: {reason}.',
    en: 'Territory "{part}" in the formedFrom of "{territory}" is invalid: {reasonEn}.',
    fixVi: 'formedFrom liệt kê các địa bàn hợp thành địa bàn mới: mã của một mục jurisdiction ghi trước, hoặc mã kèm tên (name) của địa bàn kế hoạch chưa từng bao quát; địa bàn mới cần from.',
    fixEn: 'formedFrom lists the territories the new one was formed from: the id of an earlier jurisdiction entry, or an id with a name for a territory the plan never covered; the new territory needs a from.',
  },
  PLAN_UNKNOWN_REFERENCE: {
    severity: 'error',
    vi: '{path}: không có {what} nào có mã "{id}".{suggestVi}',
    en: '{path}: there is no {whatEn} with id "{id}".{suggestEn}',
    fixVi: 'Sửa lại mã cho đúng, hoặc khai báo {what} này trong kế hoạch.',
    fixEn: 'Correct the id, or declare this {whatEn} in the plan.',
  },
  PLAN_GROUP_CYCLE: {
    severity: 'error',
    vi: 'Các nhóm chứa lẫn nhau thành vòng: {cycle}.',
    en: 'Groups contain each other in a cycle: {cycle}.',
    fixVi: 'Bỏ một nhóm khỏi danh sách members để phá vòng.',
    fixEn: 'Remove one group from a members list to break the cycle.',
  },
  PLAN_TASK_WITHOUT_LEAD: {
    severity: 'error',
    vi: 'Nhiệm vụ {task} không có cơ quan thực hiện (lead trống).',
    en: 'Task {task} has no lead agency (lead is empty).',
    fixVi: 'Ghi ít nhất một cơ quan hoặc nhóm vào lead, hoặc đánh dấu placeholder: true nếu nội dung chưa có.',
    fixEn: 'Name at least one agency or group in lead, or mark it placeholder: true if its content is missing.',
  },
  PLAN_SUCCESSOR_DATE: {
    severity: 'error',
    vi: 'Ngày tiếp nhận {from} của {successor} (kế thừa {agency}) không hợp lệ: {reason}.',
    en: 'Hand-over date {from} from {agency} to {successor} is invalid: {reasonEn}.',
    fixVi: 'Ngày tiếp nhận thường là ngày ngay sau ngày until của cơ quan cũ, và cơ quan kế thừa phải đang tồn tại vào ngày đó.',
    fixEn: "The hand-over date is usually the day after the old agency's until, and the successor must exist on that day.",
  },
  PLAN_SUCCESSOR_SELF: {
    severity: 'error',
    vi: 'Cơ quan {agency} được ghi là cơ quan kế thừa của chính nó.',
    en: 'Agency {agency} is named as its own successor.',
    fixVi: 'Ghi mã của cơ quan tiếp nhận chức năng.',
    fixEn: 'Name the agency that takes the functions over.',
  },
  PLAN_AGENCY_DATES: {
    severity: 'error',
    vi: 'Cơ quan {agency} có ngày bắt đầu {from} sau ngày kết thúc {until}.',
    en: 'Agency {agency} starts on {from}, after it ends on {until}.',
    fixVi: 'Kiểm tra from và until (dạng YYYY-MM-DD).',
    fixEn: 'Check from and until (YYYY-MM-DD).',
  },
  PLAN_RATE_PARTS: {
    severity: 'error',
    vi: 'Chỉ tiêu {indicator}: tử số và mẫu số cùng là "{part}".',
    en: 'Indicator {indicator}: numerator and denominator are both "{part}".',
    fixVi: 'Tỷ lệ cần hai chỉ tiêu thành phần khác nhau (ví dụ số người chết / số lao động).',
    fixEn: 'A rate needs two different parts (e.g. deaths / workers).',
  },
  PLAN_TARGET_BASE_YEAR: {
    severity: 'warning',
    vi: 'Chỉ tiêu {indicator}: năm gốc {baseYear} trước năm đầu tiên của kế hoạch ({firstYear}); cần số liệu lịch sử cho năm đó.',
    en: "Indicator {indicator}: base year {baseYear} is before the plan's first year ({firstYear}); history figures are needed for it.",
    fixVi: 'Nhập số liệu năm gốc vào history/indicators.yaml, hoặc đổi baseYear.',
    fixEn: 'Enter the base-year figures in history/indicators.yaml, or change baseYear.',
  },
  PLAN_DUTY_LAPSES: {
    severity: 'info',
    vi: 'Cơ quan {agency} kết thúc ngày {until} và không có cơ quan kế thừa chức năng "{function}": từ đó không ai phải báo cáo thay cho nó ({duties}).',
    en: 'Agency {agency} ends on {until} with no successor for function "{function}": nobody reports in its place from then on ({duties}).',
    fixVi: 'Không phải lỗi. Nếu có cơ quan tiếp nhận, thêm vào successors với functions: [{function}].',
    fixEn: 'Not an error. If some agency takes over, add it to successors with functions: [{function}].',
  },
  // --- the report year a command is asked for (template, status, receive, consolidate) ---
  // A year outside the plan stops the command: PLAN_YEAR_NOT_COVERED, in user-error-messages.ts.
  PLAN_YEAR_AHEAD: {
    severity: 'warning',
    vi: 'Năm báo cáo {year} còn hơn một năm nữa mới đến (hôm nay {today} thuộc năm {currentYear}).',
    en: 'Report year {year} is more than a year ahead (today, {today}, is in {currentYear}).',
    fixVi: 'Kiểm tra --year (và --as-of): thường là gõ nhầm năm.',
    fixEn: 'Check --year (and --as-of): this is usually a mistyped year.',
  },
} as const satisfies MessageCatalog;
