/**
 * Everything a command prints that is not a diagnostic: summaries, headings,
 * labels, help. Same placeholders as the diagnostic catalogs
 * (message-catalog.ts); English plurals with `{name:one|other}`, `#` the number.
 * Word with `formatText(lang, key, args)` (format.ts); a missing argument or
 * an unknown key is a compile error. Keys are `area.what`.
 */
import type { EntryArgs } from './message-catalog.js';

export interface UiEntry {
  readonly vi: string;
  readonly en: string;
}

export const UI_MESSAGES = {
  // Counts shared by every command: the last line a person reads.
  'counts.problems': { vi: '{errors} lỗi, {warnings} cảnh báo', en: '{errors:# error|# errors}, {warnings:# warning|# warnings}' },
  'counts.files': { vi: '{files} tệp', en: '{files:# file|# files}' },
  'counts.filesProblems': {
    vi: '{files} tệp, {errors} lỗi, {warnings} cảnh báo',
    en: '{files:# file|# files}, {errors:# error|# errors}, {warnings:# warning|# warnings}',
  },
  'severity.error': { vi: 'lỗi', en: 'error' },
  'severity.warning': { vi: 'cảnh báo', en: 'warning' },
  'severity.info': { vi: 'ghi chú', en: 'note' },
  'error.prefix': { vi: 'Lỗi:', en: 'Error:' },
  'error.internal': {
    vi: 'Lỗi nội bộ của atvsld: {message}\nXin gửi thông báo này cho người quản trị công cụ. Đặt ATVSLD_DEBUG=1 để xem chi tiết.',
    en: 'Internal error in atvsld: {message}\nPlease send this message to whoever looks after the tool. Set ATVSLD_DEBUG=1 for details.',
  },
  'validate.noProblems': { vi: 'không có vấn đề', en: 'no problems' },
  'validate.moreOfCode': { vi: 'còn {count} {code} nữa', en: '{count} more {code}' },
  'validate.progress': { vi: 'Đang kiểm tra {done}/{total}…', en: 'Checking {done}/{total}…' },
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
} as const satisfies Readonly<Record<string, UiEntry>>;

export type UiKey = keyof typeof UI_MESSAGES;

/** `formatText`'s rest parameter: the arguments, or nothing when the text has no placeholder. */
export type UiArgs<K extends UiKey> = keyof EntryArgsOf<K> extends never ? [] : [args: EntryArgsOf<K>];

type EntryArgsOf<K extends UiKey> = { readonly [P in keyof EntryArgs<(typeof UI_MESSAGES)[K]> as string extends P ? never : P]: string | number };
