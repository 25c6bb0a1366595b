/**
 * docs/diagnostics.md, generated from the merged CATALOG so that wording,
 * severity and fixes cannot drift from the code. Regenerate with
 * `UPDATE_DOCS=1 npx vitest run test/docs/diagnostics-doc.test.ts`.
 */
import { CATALOG } from '../../src/core/diagnostics/catalog.js';
import type { Diagnostic, DiagnosticLocation, Severity } from '../../src/core/diagnostics/diagnostic.js';
import { formatLocation, formatMessage } from '../../src/core/diagnostics/format.js';
import type { MessageCatalog, MessageEntry } from '../../src/core/diagnostics/message-catalog.js';
import { CONSOLIDATION_MESSAGES } from '../../src/core/diagnostics/consolidation-messages.js';
import { PLAN_MESSAGES } from '../../src/core/diagnostics/plan-messages.js';
import { SUBMISSION_MESSAGES } from '../../src/core/diagnostics/submission-messages.js';
import { TEMPLATE_MESSAGES } from '../../src/core/diagnostics/template-messages.js';
import { WORKBOOK_MESSAGES } from '../../src/core/diagnostics/workbook-messages.js';
import { FILE_SYSTEM_MESSAGES } from '../../src/core/diagnostics/file-system-messages.js';
import { REASON_MESSAGES } from '../../src/core/diagnostics/reason-messages.js';
import { USER_ERROR_MESSAGES } from '../../src/core/diagnostics/user-error-messages.js';
import { SEVERITY_WORDS } from '../../src/render/validation-summary.js';

const FORM = 'bao-cao-atvsld-2025-so-y-te.xlsx';

interface Area {
  readonly title: string;
  readonly catalog: MessageCatalog;
  readonly where: DiagnosticLocation;
}

const AREAS: Area[] = [
  { title: 'Kế hoạch (plan YAML)', catalog: PLAN_MESSAGES, where: { file: 'ke-hoach.yaml', line: 42, column: 7 } },
  { title: 'Tạo biểu mẫu (atvsld template)', catalog: TEMPLATE_MESSAGES, where: {} },
  { title: 'Đọc tệp Excel (safe reader)', catalog: WORKBOOK_MESSAGES, where: { file: FORM } },
  { title: 'Biểu mẫu nộp về (atvsld validate)', catalog: SUBMISSION_MESSAGES, where: { file: FORM } },
  { title: 'Tổng hợp, nhận báo cáo (consolidate, status, receive)', catalog: CONSOLIDATION_MESSAGES, where: { file: FORM } },
  { title: 'Lệnh dừng lại (user errors, mã thoát 2)', catalog: USER_ERROR_MESSAGES, where: {} },
  { title: 'Đọc, ghi tệp trên đĩa (file system)', catalog: FILE_SYSTEM_MESSAGES, where: {} },
];

/** Example values of placeholders, so that each example reads like a real message. */
const SAMPLE_ARGS: Record<string, string | number> = {
  territory: 'bac-ninh-cu', territoryName: 'tỉnh Bắc Ninh (cũ)', known: 'bac-giang, bac-ninh, bac-ninh-cu',
  value: 'hai', part: 'so-nguoi-chet', year: 2025, nextYear: 2026, task: '3.8', column: 'Số văn bản ban hành', limit: 20_971_520,
  agency: 'so-y-te', reason: 'EACCES', path: 'tasks[3].lead[0]', alias: 'ds', key: 'leed', field: 'Người liên hệ', agencyName: 'Sở Y tế',
  name: 'Số người chết vì tai nạn lao động', message: 'Invalid input: expected number, received string', file: FORM, expected: 2025, deadline: '20/12/2025',
  days: 3, until: '2025-02-28', title: 'Tuyên truyền, phổ biến pháp luật về ATVSLĐ', row: 14, meta: 'so-y-te', indicator: 'ty-le-tnld-chet-nguoi',
  id: 'so-y-te', function: 'atvsld', from: '2025-03-01', formula: 'SUM(F5:F9)', first: 'A7', firstYear: 2024, fileYear: 2024, cover: 'Sở Nội vụ',
  allowed: 'Đã hoàn thành, Đang thực hiện, Chưa thực hiện, Không phát sinh', version: 2, supported: 1, planId: 'ke-hoach-khac',
  otherValue: 176, otherName: 'Số người bị tai nạn lao động', number: '1.234', fileName: 'so-noi-vu', status: 'Đã hoàn thành', sheet: 'Chỉ tiêu',
  size: 1_048_576, bytes: 31_457_280, line: 12, col: 5, count: 3, date: '2025-12-23', baseYear: 2024, length: 40_000,
  asOf: '20/12/2025', by: 'bao-cao-atvsld-2025-so-y-te-lan-2.xlsx', cycle: 'nhom-a → nhom-b → nhom-a', duties: '3.5, 3.6',
  firstPath: 'agencies[4].id', method: 99, stored: 'so-y-te-2025-1.xlsx', successor: 'so-noi-vu', suggestVi: ' Có phải ý bạn là "lead"?',
  suggestEn: ' Did you mean "lead"?', tag: '!!binary', what: 'cơ quan', whatEn: 'agency', received: 'một danh sách', receivedEn: 'a list',
  pid: 4242, host: 'may-chu-so-ldtbxh', since: '2025-12-28 22:00', seconds: 60, suggestion: 'so-y-te',
  swapped: '10/12/2025', swappedIso: '2025-12-10', generatedOn: '14/11/2025', generatedOnIso: '2025-11-14',
  range: 'I5:I84',
  flag: '--as-of', dir: 'bao-cao-atvsld', detail: 'plan: Invalid input: expected string', holder: 'tiến trình 4242 trên máy so-ldtbxh, từ 2025-12-28 07:00', lock: 'out/.atvsld.lock',
};

const ARGS_BY_CODE: Record<string, Record<string, string | number>> = {
  REPORT_OPTION_INVALID: { value: 'xml=ket-qua.xml', formats: 'text, json, junit, github, markdown, summary' },
  REPORT_FILE_TWICE: { file: 'out/ci/atvsld.xml' },
  ANNOTATIONS_INVALID: { value: 'nhieu' },
  FORM_HIDDEN_SHEET: { sheet: 'Nhiệm vụ (2)', formSheet: 'Nhiệm vụ' },
  RECEIVE_AT_IN_FUTURE: { at: '2062-12-15T09:00:00+07:00', now: '2026-11-30T18:00:00+07:00' },
  RECEIVE_AT_BEFORE_PLAN: { at: '2019-12-15T09:00:00+07:00', firstYear: 2024 },
  WORKBOOK_TIMEOUT: { limit: 10_000, clock: 'thời gian CPU', clockEn: 'CPU time' },
  INTERNAL_ERROR: { message: 'the worker checking this file stopped (exit code 134)' },
  PLAN_SUCCESSOR_DATE: { reason: 'trước ngày thành lập của so-noi-vu (2025-03-01)', reasonEn: 'before so-noi-vu exists (2025-03-01)', from: '2025-02-15' },
  COMMAND_UNKNOWN: { name: 'consolidat' },
  COMMAND_UNKNOWN_NEAR: { name: 'consolidat', suggestion: 'consolidate' },
  AGENCY_NOT_IN_PLAN_NEAR: { agency: 'so-yte' },
  LOCK_TAKEN_OVER: { reason: 'lock-owner-gone' },
  ...Object.fromEntries(Object.keys(FILE_SYSTEM_MESSAGES).map((code) => [code, { path: 'out/bao-cao-tong-hop-2025.xlsx' }])),
  INDICATOR_INCONSISTENT: { value: 200 },
  PLAN_YEAR_NOT_COVERED: { year: 2019, planId: 'ke-hoach-ct31-bac-giang', yearsVi: 'từ năm 2024 trở đi', yearsEn: '2024 onwards' },
  PLAN_YEAR_AHEAD: { year: 2052, today: '2025-12-28', currentYear: 2025 },
  COUNT_NEGATIVE: { value: '-3' },
  COUNT_FRACTIONAL: { value: '2,5' },
  COUNT_TOO_LARGE: { value: '99999999999999999999…' },
  PARTS_INCOMPLETE: { missing: '"Số người lao động được khám, phát hiện bệnh nghề nghiệp" (Sở Y tế, 2025)' },
  DENOMINATOR_CHANGED: { name: 'Số lao động', value: 1_250_000, previousYear: 2024, previous: 500_000, change: '+150', limit: 20 },
  AGENCIES_CHANGED: { previousYear: 2024, added: 'bql-kcn', dropped: '—' },
  AGENCIES_REORGANISED: { previousYear: 2024, successions: 'so-ldtbxh → so-noi-vu' },
  INDICATOR_IMPLAUSIBLE: { name: 'Số người chết vì TNLĐ', value: 1800, max: 1000 },
  COUNT_AMBIGUOUS: { value: '1,234' },
  COUNT_TEXT_NUMBER: { value: '1.234' },
  COUNT_TEXT_NUMBER_REPEATED: { column: 'Kinh phí (triệu đồng)', value: '12,5', number: '12,5', count: 80, first: 'I5', last: 'I84', range: 'I5:I84' },
  VALUE_FORMULA_REPEATED: { column: 'Kinh phí (triệu đồng)', value: '12,5', formula: '$K$1', count: 80, first: 'I5', last: 'I84', range: 'I5:I84' },
  COUNT_DATE: { value: '10/12/2025' },
  VALUE_ERROR: { value: '#DIV/0!' },
  VALUE_FORMULA: { value: '12' },
  COVER_DATE_INVALID: { value: '31/02/2025' },
  COVER_DATE_SWAPPED: { date: '12/10/2025', dateIso: '2025-10-12', from: '01/12/2025', to: '31/01/2026', fromIso: '2025-12-01', toIso: '2026-01-31' },
  COVER_DATE_BEFORE_FORM: { date: '10/11/2025', dateIso: '2025-11-10' },
  COVER_VALUE_INVALID: { field: 'Năm báo cáo', value: 'năm nay' },
  COVER_AGENCY_UNRECOGNISED: { name: 'Sở Y tế tỉnh BG' },
  FORM_OTHER_YEAR: { year: 2024 },
  FORM_UNKNOWN_AGENCY: { value: 'so-y-te-cu' },
  FORM_COLUMN_MISSING: { column: 'Tình trạng' },
  FORM_SHEET_MISSING: { sheet: 'Chỉ tiêu' },
  STATUS_INVALID: { value: 'Xong' },
  WORKBOOK_TRUNCATED: { reason: 'no-end-of-central-directory' },
  WORKBOOK_CORRUPT: { part: 'xl/worksheets/sheet2.xml', reason: 'checksum-mismatch' },
  WORKBOOK_ZIP_BOMB: { part: 'xl/worksheets/sheet1.xml', reason: 'compression-ratio', ratio: 513, limit: 100 },
  WORKBOOK_BAD_CELL: { reason: 'not-a-number', text: '12abc' },
  WORKBOOK_XML_MALFORMED: { part: 'xl/worksheets/sheet1.xml', reason: 'unclosed tag <row>', at: 18_342 },
  WORKBOOK_UNREADABLE: { reason: 'EACCES' },
  SUBMISSION_SUPERSEDED: { by: 'so-y-te-2025-2.xlsx', reason: 'superseded-received-date', byDate: '16/12/2025', date: '08/12/2025' },
  WORKBOOK_TOO_MANY_ROWS: { row: 2_000_000_000, limit: 1_048_576 },
  WORKBOOK_TOO_MANY_COLUMNS: { col: 16_385, limit: 16_384 },
  WORKBOOK_TOO_MANY_PARTS: { count: 1_008, limit: 1_000 },
  WORKBOOK_CELL_TOO_LONG: { limit: 32_767 },
  WORKBOOK_LEGACY_ENCODING: { font: '.VnTime', encoding: 'TCVN3', count: 12 },
  INDICATOR_LARGE_CHANGE: { name: 'Số người lao động được khám, phát hiện bệnh nghề nghiệp', value: 324_100, previousYear: 2024, previous: 31_240, previousAgencies: 'Sở Y tế' },
  TERRITORY_PARTIAL_BASE: { indicator: 'Tần suất tai nạn lao động chết người', parts: 'so-nguoi-chet, so-lao-dong' },
  HISTORY_UNKNOWN_TERRITORY: { territory: 'bac-ninh-moi', year: 2024 },
  HISTORY_INVALID: { file: 'history/indicators.yaml' },
  HISTORY_ALREADY_RECORDED: { territory: 'bac-ninh', territoryName: 'tỉnh Bắc Ninh', file: 'history/indicators.yaml', recordedOn: '2026-01-05' },
  PLAN_TERRITORY_PART_INVALID: { territory: 'bac-ninh', part: 'bac-ninh-moi', reason: 'không phải địa bàn ghi trước trong jurisdiction và không có tên (name)' },
};

const SEVERITY_VI: Record<Severity, string> = { error: 'lỗi (error)', warning: 'cảnh báo (warning)', info: 'ghi chú (info)' };

export function renderDiagnosticsDoc(): string {
  const placed = new Set<string>();
  const sections = AREAS.map((area) => {
    const codes = Object.keys(area.catalog).filter((c) => c in CATALOG).sort();
    codes.forEach((c) => placed.add(c));
    return section(area.title, codes, area.where);
  });
  const others = Object.keys(CATALOG).filter((c) => !placed.has(c)).sort();
  if (others.length > 0) sections.push(section('Khác (other)', others, {}));
  return [HEADER, ...sections, reasonsSection()].join('\n');
}

function section(title: string, codes: readonly string[], where: DiagnosticLocation): string {
  const index = codes.map((c) => `[\`${c}\`](#${c.toLowerCase()})`).join(' · ');
  return [`## ${title}`, '', index, '', ...codes.map((c) => entry(c, where))].join('\n');
}

function entry(code: string, where: DiagnosticLocation): string {
  const e: MessageEntry = (CATALOG as MessageCatalog)[code]!;
  const location = { ...where, ...(code in SUBMISSION_MESSAGES ? SUBMISSION_PLACES[code] : {}), ...OTHER_PLACES[code] };
  const d = { code, severity: e.severity, args: { ...SAMPLE_ARGS, ...ARGS_BY_CODE[code] }, location } as Diagnostic;
  const place = formatLocation(location);
  const lines = [
    `### ${code}`,
    '',
    `Mức độ: ${SEVERITY_VI[e.severity]}.`,
    '',
    `- **Ý nghĩa:** ${plainTemplate(e.vi)}`,
    `- **Meaning:** ${plainTemplate(e.en)}`,
    `- **Ví dụ / example:** \`${place ? `${place}  ` : ''}${code}  ${SEVERITY_WORDS.vi[e.severity]}: ${formatMessage(d, 'vi')}\``,
  ];
  const fix = e.fixVi !== undefined ? { vi: e.fixVi, en: e.fixEn ?? '' } : FIX_FALLBACK[code];
  if (fix) lines.push(`- **Cách sửa:** ${fill(fix.vi)}`, `- **How to fix:** ${fill(fix.en)}`);
  return `${lines.join('\n')}\n`;
}

/** The ids a `reason` argument takes, for programs that read the JSON. */
function reasonsSection(): string {
  const rows = Object.entries(REASON_MESSAGES).map(([id, w]) => `| \`${id}\` | ${plainTemplate(w.vi)} | ${plainTemplate(w.en)} |`);
  return [
    '## Lý do (`reason`)',
    '',
    'Một số mã mang đối số `reason` là một trong các mã lý do dưới đây (ổn định cho chương trình đọc JSON); lời của nó được',
    'điền vào thông báo. Lý do khác (mã lỗi của hệ thống, chi tiết kỹ thuật của XML hỏng) được giữ nguyên như nhận được.',
    '',
    '| reason | Tiếng Việt | English |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

/** A message template as a reader sees it: `{bytes:n}` (a grouped number) shown as `{bytes}`. */
function plainTemplate(template: string): string {
  return template.replace(/\{(\w+):[^{}]*\}/g, '{$1}');
}

function fill(text: string): string {
  return plainTemplate(text).replace(/\{(\w+)\}/g, (whole, key: string) => String(SAMPLE_ARGS[key] ?? whole));
}

/** Advice for codes whose catalog entry carries none (other areas' catalogs; ideally moved there). */
const FIX_FALLBACK: Record<string, { vi: string; en: string }> = {
  PLAN_YAML_WARNING: { vi: 'Đọc lời cảnh báo và sửa chỗ được chỉ ra trong tệp kế hoạch.', en: 'Read the warning and correct the place it points to in the plan file.' },
  HISTORY_UNKNOWN_PART: { vi: 'Sửa mã số liệu trong tệp số liệu các năm trước cho khớp mã trong kế hoạch (mục indicators → parts → id).', en: 'Change the part id in the history file to match an id in the plan (indicators → parts → id).' },
  HISTORY_YAML_SYNTAX: { vi: 'Mở tệp số liệu các năm trước, sửa lỗi cú pháp ở vị trí được chỉ ra.', en: 'Open the history file and correct the syntax at the place shown.' },
  RECEIPT_LINE_INVALID: { vi: 'Không sửa tay tệp receipts.jsonl; nếu đã sửa, khôi phục bản sao lưu hoặc xóa dòng hỏng.', en: 'Do not edit receipts.jsonl by hand; if it was edited, restore a backup or delete the broken line.' },
  RECEIVE_ALREADY_RECEIVED: { vi: 'Không cần làm gì: tệp đã có trong thư mục báo cáo.', en: 'Nothing to do: the file is already stored.' },
  RECEIVE_NOT_A_FORM: { vi: 'Xem các lỗi khác của tệp (WORKBOOK_*, FORM_NOT_RECOGNISED) và đề nghị cơ quan gửi lại đúng biểu mẫu.', en: 'See the file\'s other problems (WORKBOOK_*, FORM_NOT_RECOGNISED) and ask the agency for the right form.' },
  REPORT_LATE: { vi: 'Không sửa được trong tệp; ghi nhận và nhắc cơ quan gửi đúng hạn lần sau.', en: 'Nothing to fix in the file; note it and remind the agency of the deadline.' },
  REPORT_NOT_OWED: { vi: 'Không cần làm gì; nếu cơ quan phải báo cáo, bổ sung nhiệm vụ cho cơ quan trong kế hoạch.', en: 'Nothing to do; if the agency should report, assign it tasks in the plan.' },
  REPORT_NOT_YET_DUE: { vi: 'Không cần làm gì trước hạn; có thể nhắc cơ quan (atvsld status cho biết người liên hệ).', en: 'Nothing to do before the deadline; you may remind the agency (atvsld status shows the contact).' },
  SUBMISSION_DATE_UNKNOWN: { vi: 'Nhận tệp bằng atvsld receive (ghi biên nhận), hoặc đề nghị cơ quan điền "Ngày báo cáo".', en: 'Take files in with atvsld receive (it writes a receipt), or ask the agency to fill in the report date.' },
  SUBMISSION_SUPERSEDED: { vi: 'Không cần làm gì nếu tệp sau là bản đúng; nếu không, xóa tệp sau khỏi thư mục báo cáo.', en: 'Nothing to do if the later file is the right one; otherwise remove it from the submissions folder.' },
};

/** Codes about something other than one form. */
const OTHER_PLACES: Record<string, DiagnosticLocation> = {
  VALIDATE_NO_FILES: { file: 'nop/2025' },
  INDICATOR_LARGE_CHANGE: { sheet: 'Chỉ tiêu', cell: 'E6' },
  HISTORY_ALREADY_RECORDED: { file: 'history/indicators.yaml' },
};

/** Where each submission code typically points, for its example. */
const SUBMISSION_PLACES: Record<string, DiagnosticLocation> = Object.fromEntries(
  Object.entries({
    'Thông tin chung!B': ['COVER_FIELD_MISSING:6', 'COVER_DATE_INVALID:5', 'COVER_DATE_SWAPPED:5', 'COVER_DATE_BEFORE_FORM:5', 'COVER_YEAR_MISMATCH:4', 'COVER_VALUE_INVALID:4', 'COVER_AGENCY_UNRECOGNISED:3', 'FORM_AGENCY_MISMATCH:3', 'FORM_UNKNOWN_AGENCY:3', 'FORM_OTHER_YEAR:4'],
    '_atvsld!B': ['FORM_OTHER_PLAN:2', 'FORM_PLAN_CHANGED:3', 'FORM_NEWER_VERSION:6'],
    'Nhiệm vụ!A': ['TASK_MISSING_LEAD:9', 'TASK_MISSING_SUPPORT:9', 'TASK_NOT_OWED:14', 'TASK_DUPLICATE:14', 'TASK_UNKNOWN:14', 'TASK_ID_MISSING:14', 'FORM_COLUMN_MISSING:4'],
    'Nhiệm vụ!D': ['STATUS_MISSING:12', 'STATUS_MISSING_SUPPORT:12', 'STATUS_INVALID:12'],
    'Nhiệm vụ!E': ['RESULTS_MISSING:12'],
    'Nhiệm vụ!I': ['COUNT_TEXT_NUMBER_REPEATED:5', 'VALUE_FORMULA_REPEATED:5'],
    'Nhiệm vụ!J': ['NOT_STARTED_NO_REASON:13'],
    'Nhiệm vụ!F': ['COUNT_NOT_A_NUMBER:7', 'COUNT_AMBIGUOUS:7', 'COUNT_DATE:7', 'COUNT_NEGATIVE:7', 'COUNT_FRACTIONAL:7', 'COUNT_TOO_LARGE:7', 'COUNT_TEXT_NUMBER:7', 'VALUE_FORMULA:7', 'VALUE_FORMULA_NO_RESULT:7', 'VALUE_ERROR:7'],
    'Chỉ tiêu!E': ['INDICATOR_MISSING:8', 'INDICATOR_NOT_OWED:8', 'INDICATOR_INCONSISTENT:8', 'INDICATOR_IMPLAUSIBLE:8'],
    'Chỉ tiêu!A': ['INDICATOR_UNKNOWN:10', 'INDICATOR_DUPLICATE:10'],
  }).flatMap(([prefix, list]) =>
    list.map((item) => {
      const [code, row] = item.split(':') as [string, string];
      const [sheet, col] = prefix.split('!') as [string, string];
      return [code, { sheet, cell: `${col}${row}` }];
    }),
  ),
);

const HEADER = `# Mã chẩn đoán (diagnostic codes)

<!-- Tệp này được tạo từ src/core/diagnostics/*-messages.ts. Sửa lời văn ở đó, rồi chạy:
     UPDATE_DOCS=1 npx vitest run test/docs/diagnostics-doc.test.ts -->

Mọi vấn đề atvsld phát hiện đều có một **mã** cố định (ví dụ \`STATUS_MISSING\`), một **mức độ**,
lời giải thích tiếng Việt và tiếng Anh, và **vị trí**: tệp, dòng:cột (với tệp YAML) hoặc trang!ô (với tệp Excel).
Mã không bao giờ đổi nghĩa, nên có thể dùng mã để lọc kết quả trong CI (\`--format json\`: trường \`code\`).

Every problem atvsld reports has a stable **code**, a **severity**, Vietnamese and English wording, and a
**location**. Codes never change meaning; filter on them in CI (\`--format json\`, field \`code\`).

| mức độ | nghĩa | mã thoát của \`atvsld validate\` |
| --- | --- | --- |
| lỗi (error) | phải sửa: số liệu sai, thiếu hoặc không đọc được | 1 |
| cảnh báo (warning) | nên xem lại; số liệu vẫn được dùng | 0 (1 với \`--strict\`) |
| ghi chú (info) | để biết, không cần làm gì | 0 |

Một dòng kết quả của \`atvsld validate\` có dạng \`Trang!Ô  MÃ  mức độ: lời giải thích\`, ví dụ
\`Nhiệm vụ!D12  STATUS_MISSING  lỗi: Chưa chọn tình trạng cho nhiệm vụ 3.8 mà cơ quan chủ trì.\`
Các ví dụ dưới đây dùng số liệu minh họa.
`;
