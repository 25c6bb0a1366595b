/**
 * Everything a command prints that is not a diagnostic: summaries, headings,
 * labels, help. Same placeholders as the diagnostic catalogs
 * (message-catalog.ts); English plurals with `{name:one|other}`, `#` the number.
 * Word with `formatText(lang, key, args)` (format.ts); a missing argument or
 * an unknown key is a compile error. Keys are `area.what`.
 */
import type { EntryArgs } from './message-catalog.js';
import { HELP_MESSAGES } from './help-messages.js';

export interface UiEntry {
  readonly vi: string;
  readonly en: string;
}

export const UI_MESSAGES = {
  ...HELP_MESSAGES,
  // Counts shared by every command: the last line a person reads.
  'counts.problems': { vi: '{errors} lỗi, {warnings} cảnh báo', en: '{errors:# error|# errors}, {warnings:# warning|# warnings}' },
  'counts.filesProblems': {
    vi: '{files} tệp, {errors} lỗi, {warnings} cảnh báo',
    en: '{files:# file|# files}, {errors:# error|# errors}, {warnings:# warning|# warnings}',
  },
  'severity.error': { vi: 'lỗi', en: 'error' },
  'severity.warning': { vi: 'cảnh báo', en: 'warning' },
  'severity.info': { vi: 'ghi chú', en: 'note' },
  'error.prefix': { vi: 'Lỗi:', en: 'Error:' },
  'error.internal': {
    vi: 'Lỗi nội bộ của atvsld (internal error): {message}\nXin gửi thông báo này cho người quản trị công cụ. Đặt ATVSLD_DEBUG=1 để xem chi tiết.',
    en: 'Internal error in atvsld: {message}\nPlease send this message to whoever looks after the tool. Set ATVSLD_DEBUG=1 for details.',
  },
  // commander's usage errors, worded again (src/cli/commander-errors.ts)
  'commander.unknownCommand': { vi: 'Lỗi: không có lệnh "{name}".', en: 'Error: unknown command "{name}".' },
  'commander.unknownOption': { vi: 'Lỗi: không có tùy chọn "{name}".', en: 'Error: unknown option "{name}".' },
  'commander.missingArgument': { vi: 'Lỗi: thiếu đối số "{name}".', en: 'Error: the argument "{name}" is missing.' },
  'commander.optionArgumentMissing': { vi: 'Lỗi: tùy chọn "{name}" cần một giá trị.', en: 'Error: the option "{name}" needs a value.' },
  'commander.invalidChoice': { vi: 'Lỗi: "{value}" không dùng được cho "{name}"; chọn một trong: {choices}.', en: 'Error: "{value}" is not allowed for "{name}"; choose one of {choices}.' },
  'commander.tooManyArguments': { vi: 'Lỗi: thừa đối số (cần {expected}, nhận {got}).', en: 'Error: too many arguments (expected {expected}, got {got}).' },
  'commander.didYouMean': { vi: '(Có phải ý bạn là {suggestion}?)', en: '(Did you mean {suggestion}?)' },
  'diagnostics.wholeRun': { vi: '(chung)', en: '(general)' },
  // The one line a batch job's log ends with: fixed ASCII keys in both languages, so one grep serves every log.
  'log.line': {
    vi: 'atvsld {time} {command} year={year} files={files} errors={errors} warnings={warnings} report={report} exit={exit}',
    en: 'atvsld {time} {command} year={year} files={files} errors={errors} warnings={warnings} report={report} exit={exit}',
  },
  // Roles: one legend everywhere, by language.
  'role.lead': { vi: 'chủ trì', en: 'lead' },
  'role.support': { vi: 'phối hợp', en: 'support' },
  'role.leadLetter': { vi: 'C', en: 'L' },
  'role.supportLetter': { vi: 'P', en: 'S' },
  // Deadlines and dates.
  'deadline.left': { vi: 'còn {days} ngày', en: '{days:# day|# days} left' },
  'deadline.today': { vi: 'hôm nay là hạn cuối', en: 'today is the deadline' },
  'deadline.past': { vi: 'đã quá {days} ngày', en: '{days:# day|# days} ago' },
  'deadline.restDay': {
    vi: '{deadline} (ngày nghỉ, kéo dài đến hết {end} theo Điều 148 Bộ luật Dân sự 2015)',
    en: '{deadline} (a rest day: extended to the end of {end}, Civil Code 2015, Article 148)',
  },
  'dateSource.receipt': { vi: 'theo biên nhận', en: 'per the receipt' },
  'dateSource.cover': { vi: 'theo ngày trên trang bìa', en: 'per the cover date' },
  'dateSource.file-mtime': { vi: 'theo ngày sửa tệp', en: "per the file's date" },
  // init
  'init.created': { vi: 'Đã tạo thư mục làm việc {dir}', en: 'Workspace created: {dir}' },
  'init.next': { vi: 'Bước tiếp theo: atvsld plan check, rồi atvsld template --year <năm>.', en: 'Next: atvsld plan check, then atvsld template --year <year>.' },
  // plan
  'plan.valid': { vi: 'Kế hoạch hợp lệ: {file}', en: 'The plan is valid: {file}' },
  'plan.counts': {
    vi: '{agencies} cơ quan, {groups} nhóm, {tasks} nhiệm vụ, {indicators} chỉ tiêu',
    en: '{agencies:# agency|# agencies}, {groups:# group|# groups}, {tasks:# task|# tasks}, {indicators:# indicator|# indicators}',
  },
  'plan.matrixTitle': {
    vi: 'Phân công báo cáo năm {year} — C = chủ trì, P = phối hợp; {agencies} cơ quan, {tasks} nhiệm vụ',
    en: 'Who reports what in {year} — L = lead, S = support; {agencies:# agency|# agencies}, {tasks:# task|# tasks}',
  },
  'plan.sharedCommunes': { vi: '{count} × UBND cấp xã', en: '{count} × commune PC' },
  'plan.sharedDistricts': { vi: '{count} × UBND cấp huyện', en: '{count} × district PC' },
  'plan.agencyColumn': { vi: 'Cơ quan', en: 'Agency' },
  'plan.dutiesHead': { vi: '{agency} — nhiệm vụ phải báo cáo năm {year}: {count}', en: '{agency} — tasks to report for {year}: {count}' },
  'plan.inherited': { vi: ' (kế thừa từ {from})', en: ' (taken over from {from})' },
  'plan.partsHead': { vi: 'Số liệu chỉ tiêu phải báo cáo:', en: 'Indicator figures to report:' },
  'plan.nothingOwed': { vi: '  (không phải báo cáo năm này)', en: '  (nothing owed this year)' },
  // template
  'template.file': { vi: '{tasks} nhiệm vụ, {parts} số liệu', en: '{tasks:# task|# tasks}, {parts:# figure|# figures}' },
  'template.done': { vi: 'Đã tạo {count} biểu mẫu năm {year} trong {dir}; {counts}', en: '{count:# form|# forms} for {year} written to {dir}; {counts}' },
  // validate
  'validate.noProblems': { vi: 'không có vấn đề', en: 'no problems' },
  'validate.moreOfCode': { vi: 'còn {count} {code} nữa', en: '{count} more {code}' },
  'validate.progress': { vi: 'Đang kiểm tra {done}/{total}…', en: 'Checking {done}/{total}…' },
  // history record / history show (docs/history.md)
  'history.recorded': {
    vi: 'Đã ghi số liệu năm {year} ({territoryName}, {parts} số liệu) vào {file}, từ {report} (sha256 {sha256}).',
    en: 'Recorded {year} ({territoryName}, {parts:# figure|# figures}) in {file}, from {report} (sha256 {sha256}).',
  },
  'history.amended': {
    vi: 'Đã ghi lại số liệu năm {year} ({territoryName}, {parts} số liệu) vào {file}, từ {report} (sha256 {sha256}); bản cũ giữ trong mục amended.',
    en: 'Amended {year} ({territoryName}, {parts:# figure|# figures}) in {file}, from {report} (sha256 {sha256}); the old record is kept under amended.',
  },
  'history.title': { vi: 'Số liệu các năm trước ({file})', en: 'Figures of earlier years ({file})' },
  'history.fromReport': {
    vi: 'ghi bằng "history record" từ báo cáo tổng hợp {report} (sha256 {sha256}…)',
    en: 'recorded by "history record" from the consolidated report {report} (sha256 {sha256}…)',
  },
  'history.typed': { vi: 'nhập trong tệp', en: 'typed into the file' },
  'history.firstShape': { vi: ' (dạng cũ: địa bàn của kế hoạch năm đó)', en: " (first shape: the plan's territory of that year)" },
  'history.asOf': { vi: 'tính đến {date}', en: 'as of {date}' },
  'history.recordedOn': { vi: 'ghi ngày {date}', en: 'recorded on {date}' },
  'history.reportedBy': { vi: 'do {agencies} báo cáo', en: 'reported by {agencies}' },
  'history.source': { vi: 'nguồn: {source}', en: 'source: {source}' },
  'history.none': { vi: 'Chưa có số liệu nào.', en: 'Nothing is recorded yet.' },
  'history.amendedHeading': { vi: 'Bản đã được thay (--amend):', en: 'Replaced records (--amend):' },
  'history.replacedOn': { vi: 'thay ngày {date}', en: 'replaced on {date}' },
  'history.count': { vi: '{records} bản ghi, {amended} bản đã thay.', en: '{records:# record|# records}, {amended:# replaced|# replaced}.' },
  // CI outputs of validate (docs/ci.md): folded GitHub annotations, the JUnit failure, the Markdown summary.
  'validate.annotation.moreErrors': { vi: '(và {count:n} lỗi khác trong tệp này)', en: '(and {count:# more error|# more errors} in this file)' },
  'validate.annotation.moreWarnings': { vi: '(và {count:n} cảnh báo khác trong tệp này)', en: '(and {count:# more warning|# more warnings} in this file)' },
  'validate.annotation.moreNotes': { vi: '(và {count:n} ghi chú khác trong tệp này)', en: '(and {count:# more note|# more notes} in this file)' },
  'validate.annotation.folded': {
    vi: '{shown:n} chú thích cho {total:n} vấn đề ở {files:n} tệp: {folded:n} vấn đề được gộp (mỗi tệp tối đa {cap:n} chú thích mỗi mức). Danh sách đầy đủ: báo cáo JUnit/JSON hoặc tóm tắt của bước.',
    en: '{shown:# annotation|# annotations} for {total:# problem|# problems} in {files:# file|# files}: {folded:# problem|# problems} folded (at most {cap:n} per file and severity). Full list: the JUnit/JSON report or the step summary.',
  },
  'validate.junit.failureAt': { vi: '{code} tại {place}: {message}', en: '{code} at {place}: {message}' },
  'validate.junit.failureOthers': { vi: '(và {count:n} vấn đề khác)', en: '(and {count:# more problem|# more problems})' },
  'validate.summary.title': { vi: 'atvsld validate: kết quả kiểm tra biểu mẫu', en: 'atvsld validate: form check results' },
  'validate.summary.files': { vi: 'Tệp', en: 'Files' },
  'validate.summary.filesWithErrors': { vi: 'Tệp có lỗi', en: 'Files with errors' },
  'validate.summary.errors': { vi: 'Lỗi', en: 'Errors' },
  'validate.summary.warnings': { vi: 'Cảnh báo', en: 'Warnings' },
  'validate.summary.notes': { vi: 'Ghi chú', en: 'Notes' },
  'validate.summary.byCode': { vi: 'Theo mã', en: 'By code' },
  'validate.summary.code': { vi: 'Mã', en: 'Code' },
  'validate.summary.severity': { vi: 'Mức', en: 'Severity' },
  'validate.summary.count': { vi: 'Số lượng', en: 'Count' },
  'validate.summary.worst': {
    vi: 'Các tệp nhiều vấn đề nhất ({shown:n} trong {count:n} tệp có vấn đề)',
    en: 'Files with most problems ({shown:n} of {count:# file|# files} with problems)',
  },
  'validate.summary.file': { vi: 'Tệp', en: 'File' },
  'validate.summary.firstProblems': { vi: 'Những vấn đề đầu tiên', en: 'First problems' },
  'validate.summary.clean': { vi: 'Không có vấn đề nào.', en: 'No problems.' },
  'validate.summary.docs': { vi: 'Ý nghĩa từng mã và cách sửa: docs/diagnostics.md.', en: 'What each code means and how to fix it: docs/diagnostics.md.' },
  'validate.summary.number': { vi: '{n:n}', en: '{n:n}' },
  // receive
  'receive.notStored': { vi: 'không lưu', en: 'not stored' },
  'receive.already': { vi: ' (đã nhận trước đây)', en: ' (received before)' },
  'receive.done': { vi: 'Đã lưu {stored}/{given} tệp; {counts}', en: 'Stored {stored} of {given:# file|# files}; {counts}' },
  // status: the chase list
  'status.title': { vi: 'Tình hình báo cáo năm {year} — tính đến ngày {asOf}', en: 'Reports for {year} — as of {asOf}' },
  'status.deadline': { vi: 'Hạn gửi báo cáo: {deadline} ({words}).', en: 'Deadline: {deadline} ({words}).' },
  'status.onTime': { vi: 'đúng hạn', en: 'on time' },
  'status.late': { vi: 'trễ {days} ngày', en: '{days:# day|# days} late' },
  'status.missing': { vi: 'chưa gửi, quá hạn {days} ngày', en: 'missing, {days:# day|# days} overdue' },
  'status.notYetDue': { vi: 'chưa gửi, chưa đến hạn', en: 'not yet received, not yet due' },
  'status.withErrors': { vi: 'đã gửi nhưng có lỗi', en: 'received with errors' },
  'status.notExpected': { vi: 'không phải báo cáo năm này', en: 'not expected this year' },
  'status.receivedOn': { vi: 'nhận {date}', en: 'received {date}' },
  'status.contactLastYear': { vi: '{contact} (theo báo cáo năm trước)', en: "{contact} (from last year's report)" },
  'status.contactNone': { vi: 'chưa có người liên hệ', en: 'no contact known' },
  'status.totals': {
    vi: 'Đã nhận {received}/{expected} ({rate}), đúng hạn {onTime}, trễ hạn {late}, chưa gửi {missing}, có lỗi {withErrors}.',
    en: 'Received {received}/{expected} ({rate}): {onTime} on time, {late} late, {missing} missing, {withErrors} with errors.',
  },
  'reason.taskMissing': { vi: 'thiếu nhiệm vụ {task} ({role})', en: 'task {task} missing ({role})' },
  'reason.otherYear': { vi: 'gửi mẫu năm {year}', en: 'sent the {year} form' },
  'reason.errors': { vi: '{errors} lỗi', en: '{errors:# error|# errors}' },
  // consolidate
  'consolidate.title': { vi: 'Tổng hợp kết quả thực hiện năm {year} — {jurisdiction}', en: 'Results for {year} — {jurisdiction}' },
  'consolidate.asOf': { vi: 'Tính đến ngày {asOf}; hạn các cơ quan gửi báo cáo: {deadline} ({words}).', en: "As of {asOf}; the agencies' deadline: {deadline} ({words})." },
  'consolidate.completeness': {
    vi: 'Tình hình báo cáo: đã nhận {received}/{expected} cơ quan ({rate}); đúng hạn {onTime} ({timelyRate}), trễ hạn {late}, chưa gửi {missing}',
    en: 'Reports: {received}/{expected:# agency|# agencies} ({rate}); {onTime} on time ({timelyRate}), {late} late, {missing} missing',
  },
  'consolidate.notYetDue': { vi: ' (trong đó {count} chưa đến hạn)', en: ' ({count} not yet due)' },
  'consolidate.unexpected': { vi: '; ngoài danh sách {count}', en: '; {count} not expected' },
  'consolidate.indicators': { vi: 'Chỉ tiêu:', en: 'Indicators:' },
  'consolidate.noValue': { vi: 'chưa có số liệu', en: 'no figure yet' },
  'consolidate.previous': { vi: 'năm {year}: {value}', en: '{year}: {value}' },
  'consolidate.previousSameTerritory': { vi: 'năm {year} cùng địa bàn ({territories}): {value}', en: '{year} on the same territory ({territories}): {value}' },
  'consolidate.notJudged': { vi: 'chưa đánh giá được', en: 'not judged' },
  'consolidate.baseGap': { vi: 'thiếu số liệu năm {year} của {territory}, chưa đánh giá được', en: 'no {year} figures for {territory}, not judged' },
  'consolidate.change': { vi: 'thay đổi {change} (mục tiêu {target} %/năm)', en: 'change {change} (target {target} %/year)' },
  'consolidate.cumulative': { vi: 'từ {year}: {change} (mục tiêu {target})', en: 'since {year}: {change} (target {target})' },
  'consolidate.tasks': { vi: 'Nhiệm vụ ({count} lượt cơ quan phải báo cáo): {list}.', en: 'Tasks ({count:# assignment|# assignments} to report on): {list}.' },
  'consolidate.written': { vi: 'Đã ghi báo cáo tổng hợp: {file}', en: 'Consolidated report written: {file}' },
  'consolidate.writtenDocx': { vi: 'Đã ghi dự thảo văn bản báo cáo: {file}', en: 'Draft written report written: {file}' },
  'taskStatus.done': { vi: '{count} đã hoàn thành', en: '{count} done' },
  'taskStatus.in-progress': { vi: '{count} đang thực hiện', en: '{count} in progress' },
  'taskStatus.not-started': { vi: '{count} chưa thực hiện', en: '{count} not started' },
  'taskStatus.not-applicable': { vi: '{count} không phát sinh', en: '{count} not applicable' },
  'taskStatus.not-reported': { vi: '{count} không báo cáo', en: '{count} not reported' },
  'taskStatus.no-submission': { vi: '{count} lượt của cơ quan chưa gửi báo cáo', en: '{count} from agencies that sent no report' },
  'flag.MISSING_VALUE': { vi: 'thiếu số liệu năm báo cáo', en: "no figure for the report's year" },
  'flag.MISSING_PREVIOUS': { vi: 'thiếu số liệu năm trước', en: "no figure for the year before" },
  'flag.PREVIOUS_ZERO': { vi: 'năm trước bằng 0', en: 'zero the year before' },
  'flag.AGENCIES_CHANGED': { vi: 'cơ quan cung cấp số liệu thay đổi', en: 'the agencies giving the figure changed' },
  'flag.DEFINITION_CHANGED': { vi: 'định nghĩa số liệu thay đổi', en: "the figure's definition changed" },
  'flag.PARTS_INCOMPLETE': { vi: 'chưa đủ cơ quan báo cáo', en: 'not every agency has reported' },
  'flag.MISSING_BASE': { vi: 'thiếu số liệu năm gốc', en: 'no figure for the base year' },
  'flag.DENOMINATOR_CHANGED': { vi: 'mẫu số thay đổi nhiều', en: 'the denominator changed a lot' },
  'flag.AGENCIES_REORGANISED': { vi: 'cơ quan cung cấp số liệu thay đổi do sắp xếp bộ máy', en: 'the agencies giving the figure changed through the reorganisation' },
  'flag.TERRITORY_PARTIAL_BASE': { vi: 'thiếu số liệu của một địa bàn cũ, chưa đánh giá được', en: 'no figure for one of the former territories; not judged' },
} as const satisfies Readonly<Record<string, UiEntry>>;

export type UiKey = keyof typeof UI_MESSAGES;

/** `formatText`'s rest parameter: the arguments, or nothing when the text has no placeholder. */
export type UiArgs<K extends UiKey> = keyof EntryArgsOf<K> extends never ? [] : [args: EntryArgsOf<K>];

type EntryArgsOf<K extends UiKey> = { readonly [P in keyof EntryArgs<(typeof UI_MESSAGES)[K]> as string extends P ? never : P]: string | number };
