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
} as const satisfies Readonly<Record<string, UiEntry>>;

export type UiKey = keyof typeof UI_MESSAGES;

/** `formatText`'s rest parameter: the arguments, or nothing when the text has no placeholder. */
export type UiArgs<K extends UiKey> = keyof EntryArgsOf<K> extends never ? [] : [args: EntryArgsOf<K>];

type EntryArgsOf<K extends UiKey> = { readonly [P in keyof EntryArgs<(typeof UI_MESSAGES)[K]> as string extends P ? never : P]: string | number };
