import type { MessageEntry } from './message-catalog.js';

/**
 * What stopped the command, for the CLI to choose the exit code (exit-codes.ts):
 * `usage` a flag or argument, `workspace` no usable workspace, `plan` a plan
 * that does not load, `not-found` an id or file that does not exist,
 * `conflict` something that would be overwritten, `busy` another run holds
 * the workspace, `file-system` the disk refused (permission, full, read-only).
 */
export type UserErrorKind = 'usage' | 'workspace' | 'plan' | 'not-found' | 'conflict' | 'busy' | 'file-system';

export interface UserErrorEntry extends MessageEntry {
  readonly kind: UserErrorKind;
}

/**
 * Errors that stop a command (thrown as `new UserError(code, args)`). They
 * share the diagnostics' catalog shape and formatter, so they read the same
 * in both languages and are listed in docs/diagnostics.md.
 */
export const USER_ERROR_MESSAGES = {
  PLAN_YEAR_NOT_COVERED: {
    severity: 'error',
    kind: 'usage',
    vi: 'Kế hoạch {planId} áp dụng cho các năm báo cáo {yearsVi}; năm {year} không thuộc kế hoạch.',
    en: 'Plan {planId} covers the report years {yearsEn}; {year} is not one of them.',
    fixVi: 'Kiểm tra --year (ví dụ --year {firstYear}), hoặc sửa calendar.firstYear / calendar.lastYear trong tệp kế hoạch.',
    fixEn: 'Check --year (for example --year {firstYear}), or correct calendar.firstYear / calendar.lastYear in the plan file.',
  },
  YEAR_INVALID: {
    severity: 'error',
    kind: 'usage',
    vi: 'Năm không hợp lệ: "{value}" (cần 4 chữ số, ví dụ 2025).',
    en: 'Invalid year "{value}" (four digits, e.g. 2025).',
    fixVi: 'Gõ năm đủ 4 chữ số: --year 2025.',
    fixEn: 'Type the year in four digits: --year 2025.',
  },
  DATE_INVALID: {
    severity: 'error',
    kind: 'usage',
    vi: '{flag}: ngày không hợp lệ "{value}" (cần dạng YYYY-MM-DD, ví dụ 2025-12-31).',
    en: '{flag}: invalid date "{value}" (YYYY-MM-DD, e.g. 2025-12-31).',
    fixVi: 'Gõ ngày dạng năm-tháng-ngày: --as-of 2025-12-31.',
    fixEn: 'Type the date as year-month-day: --as-of 2025-12-31.',
  },
  TIME_INVALID: {
    severity: 'error',
    kind: 'usage',
    vi: '{flag}: thời điểm không hợp lệ "{value}" (ví dụ 2025-12-19T09:30+07:00).',
    en: '{flag}: invalid time "{value}" (e.g. 2025-12-19T09:30+07:00).',
    fixVi: 'Gõ ngày và giờ, có múi giờ: --at 2025-12-19T09:30+07:00.',
    fixEn: 'Give the date and time with its offset: --at 2025-12-19T09:30+07:00.',
  },
  OUT_DIR_REQUIRED: {
    severity: 'error',
    kind: 'usage',
    vi: 'Không có thư mục làm việc: hãy chỉ thư mục ghi biểu mẫu bằng --out THƯ_MỤC.',
    en: 'No workspace: give the folder to write the forms to with --out DIR.',
    fixVi: 'Thêm --out THƯ_MỤC, hoặc chạy lệnh trong thư mục làm việc (atvsld init).',
    fixEn: 'Add --out DIR, or run the command inside a workspace (atvsld init).',
  },
  WORKSPACE_NOT_FOUND: {
    severity: 'error',
    kind: 'workspace',
    vi: 'Không tìm thấy thư mục làm việc (tệp atvsld.yaml) ở thư mục hiện tại hay các thư mục cha. Dùng --workspace THƯ_MỤC, hoặc tạo mới bằng "atvsld init".',
    en: 'No workspace (an atvsld.yaml file) in this folder or above it. Use --workspace DIR, or create one with "atvsld init".',
    fixVi: 'Chuyển vào thư mục làm việc (cd), dùng --workspace THƯ_MỤC, hoặc tạo mới bằng atvsld init.',
    fixEn: 'Change into the workspace (cd), use --workspace DIR, or create one with atvsld init.',
  },
  WORKSPACE_DIR_NOT_FOUND: {
    severity: 'error',
    kind: 'workspace',
    vi: 'Không có thư mục {dir} (--workspace). Kiểm tra đường dẫn, hoặc tạo thư mục làm việc bằng "atvsld init {dir}".',
    en: 'There is no folder {dir} (--workspace). Check the path, or create a workspace with "atvsld init {dir}".',
    fixVi: 'Kiểm tra chính tả đường dẫn sau --workspace.',
    fixEn: 'Check the spelling of the path after --workspace.',
  },
  WORKSPACE_FILE_MISSING: {
    severity: 'error',
    kind: 'workspace',
    vi: 'Thư mục {dir} không phải thư mục làm việc: không có tệp atvsld.yaml. Tạo bằng "atvsld init {dir}", hoặc chỉ đúng thư mục bằng --workspace.',
    en: 'The folder {dir} is not a workspace: it has no atvsld.yaml. Create one with "atvsld init {dir}", or point --workspace at the right folder.',
    fixVi: 'Chỉ --workspace vào thư mục có tệp atvsld.yaml.',
    fixEn: 'Point --workspace at the folder that holds atvsld.yaml.',
  },
  WORKSPACE_UNREADABLE: {
    severity: 'error',
    kind: 'workspace',
    vi: 'Không đọc được {file}: {detail}',
    en: 'Cannot read {file}: {detail}',
    fixVi: 'Kiểm tra quyền đọc tệp atvsld.yaml.',
    fixEn: 'Check that atvsld.yaml can be read.',
  },
  WORKSPACE_INVALID: {
    severity: 'error',
    kind: 'workspace',
    vi: 'Tệp cấu hình {file} không hợp lệ — {detail}',
    en: 'The settings file {file} is not valid — {detail}',
    fixVi: 'Sửa atvsld.yaml theo lời giải thích; mẫu tệp: atvsld init ở một thư mục trống.',
    fixEn: 'Correct atvsld.yaml as explained; for a model, run atvsld init in an empty folder.',
  },
  WORKSPACE_EXISTS: {
    severity: 'error',
    kind: 'conflict',
    vi: '{path} đã tồn tại: không ghi đè thư mục làm việc có sẵn.',
    en: '{path} already exists: an existing workspace is never overwritten.',
    fixVi: 'Dùng thư mục làm việc có sẵn, hoặc chọn một thư mục khác cho atvsld init.',
    fixEn: 'Use the existing workspace, or choose another folder for atvsld init.',
  },
  PLAN_FILE_EXISTS: {
    severity: 'error',
    kind: 'conflict',
    vi: '{path} đã tồn tại: không ghi đè.',
    en: '{path} already exists: not overwritten.',
    fixVi: 'Đổi tên hoặc chuyển tệp kế hoạch cũ đi nếu thật sự muốn tạo lại.',
    fixEn: 'Rename or move the old plan away if you really want a fresh one.',
  },
  PLAN_UNUSABLE: {
    severity: 'error',
    kind: 'plan',
    vi: 'Kế hoạch {file} có lỗi, không dùng được.',
    en: 'The plan {file} has errors and cannot be used.',
    fixVi: 'Sửa các lỗi được liệt kê phía trên (atvsld plan check), rồi chạy lại.',
    fixEn: 'Correct the errors listed above (atvsld plan check), then run again.',
  },
  AGENCY_NOT_IN_PLAN: {
    severity: 'error',
    kind: 'not-found',
    vi: 'Không có cơ quan mã "{agency}" trong kế hoạch. Xem danh sách bằng "atvsld plan show".',
    en: 'No agency with id "{agency}" in the plan. See the list with "atvsld plan show".',
    fixVi: 'Dùng một mã trong danh sách của atvsld plan show.',
    fixEn: 'Use an id from the list of atvsld plan show.',
  },
  WORKSPACE_BUSY: {
    severity: 'error',
    kind: 'busy',
    vi: 'Thư mục làm việc đang được một lần chạy khác sử dụng ({holder}); khóa: {lock}. Hãy chờ lần chạy đó kết thúc rồi chạy lại.',
    en: 'The workspace is in use by another run ({holder}); lock: {lock}. Wait for that run to finish, then run again.',
    fixVi: 'Chờ lần chạy kia kết thúc. Nếu chắc chắn không còn lần chạy nào, xóa tệp khóa.',
    fixEn: 'Wait for the other run to end. If you are sure none is running, delete the lock file.',
  },
  RECEIVE_AT_IN_FUTURE: {
    severity: 'error',
    kind: 'usage',
    vi: '--at {at} muộn hơn hiện tại ({now}) quá một ngày: không nhận báo cáo vào một ngày chưa đến.',
    en: '--at {at} is more than a day after now ({now}): reports are not received on a date still to come.',
    fixVi: 'Kiểm tra năm, tháng, ngày của --at (ví dụ 2025-12-19T09:30+07:00), hoặc bỏ --at để dùng thời điểm hiện tại.',
    fixEn: 'Check the year, month and day of --at (e.g. 2025-12-19T09:30+07:00), or leave --at out to use the current time.',
  },
  RECEIVE_AT_BEFORE_PLAN: {
    severity: 'error',
    kind: 'usage',
    vi: '--at {at} trước năm báo cáo đầu tiên của kế hoạch ({firstYear}).',
    en: "--at {at} is before the plan's first reporting year ({firstYear}).",
    fixVi: 'Kiểm tra năm của --at, hoặc calendar.firstYear trong kế hoạch.',
    fixEn: 'Check the year of --at, or calendar.firstYear in the plan.',
  },
  REPORT_OPTION_INVALID: {
    severity: 'error',
    kind: 'usage',
    vi: '--report "{value}": cần dạng ĐỊNH_DẠNG=TỆP, với ĐỊNH_DẠNG là một trong {formats}.',
    en: '--report "{value}": expected FORMAT=FILE, FORMAT one of {formats}.',
    fixVi: 'Ví dụ: --report junit=out/ci/atvsld.xml --report json=out/ci/atvsld.json (docs/ci.md).',
    fixEn: 'For example: --report junit=out/ci/atvsld.xml --report json=out/ci/atvsld.json (docs/ci.md).',
  },
  REPORT_FILE_TWICE: {
    severity: 'error',
    kind: 'usage',
    vi: '--report: tệp {file} được chỉ định hai lần.',
    en: '--report: the file {file} is given twice.',
    fixVi: 'Mỗi định dạng ghi vào một tệp riêng.',
    fixEn: 'Write each format to a file of its own.',
  },
  ANNOTATIONS_INVALID: {
    severity: 'error',
    kind: 'usage',
    vi: '--annotations: "{value}" không hợp lệ (cần một số nguyên từ 0, hoặc all).',
    en: '--annotations: invalid "{value}" (a whole number from 0, or all).',
    fixVi: 'Ví dụ: --annotations 3, hoặc --annotations all để chú thích mọi vấn đề.',
    fixEn: 'For example: --annotations 3, or --annotations all to annotate every problem.',
  },
} as const satisfies Readonly<Record<string, UserErrorEntry>>;
