import type { MessageCatalog } from './message-catalog.js';

/**
 * File-system failures met while reading or writing (no permission, a full
 * or read-only disk, a file where a folder should be). They stop the
 * command with exit 2 and a sentence naming the path: they come from the
 * machine, not from a bug (src/cli/file-system-error.ts maps Node's codes).
 */
export const FILE_SYSTEM_MESSAGES = {
  FILE_ACCESS_DENIED: {
    severity: 'error',
    vi: 'Không có quyền truy cập {path}.',
    en: 'Permission denied: {path}.',
    fixVi: 'Cấp quyền đọc/ghi thư mục đó cho người dùng chạy atvsld, hoặc chọn thư mục khác (--out, --workspace).',
    fixEn: 'Give the user running atvsld read/write access to that folder, or choose another one (--out, --workspace).',
  },
  FILE_NOT_PERMITTED: {
    severity: 'error',
    vi: 'Hệ thống không cho phép thao tác trên {path}.',
    en: 'The system does not allow this operation on {path}.',
    fixVi: 'Kiểm tra thuộc tính của tệp (chỉ đọc, bị khóa) và quyền của thư mục.',
    fixEn: "Check the file's attributes (read-only, immutable) and the folder's permissions.",
  },
  FILE_DISK_FULL: {
    severity: 'error',
    vi: 'Đĩa đã đầy: không ghi được {path}.',
    en: 'The disk is full: could not write {path}.',
    fixVi: 'Giải phóng chỗ trống trên ổ đĩa đó (hoặc ghi ra ổ khác bằng --out) rồi chạy lại.',
    fixEn: 'Free some space on that disk (or write elsewhere with --out) and run again.',
  },
  FILE_QUOTA_EXCEEDED: {
    severity: 'error',
    vi: 'Đã hết hạn mức dung lượng đĩa: không ghi được {path}.',
    en: 'Disk quota exceeded: could not write {path}.',
    fixVi: 'Xóa bớt tệp của người dùng này hoặc xin tăng hạn mức, rồi chạy lại.',
    fixEn: "Remove some of this user's files or ask for a larger quota, then run again.",
  },
  FILE_READ_ONLY: {
    severity: 'error',
    vi: 'Ổ đĩa chỉ cho đọc: không ghi được {path}.',
    en: 'The disk is read-only: could not write {path}.',
    fixVi: 'Ghi ra một thư mục trên ổ đĩa ghi được (--out) hoặc gắn lại ổ đĩa cho phép ghi.',
    fixEn: 'Write to a folder on a writable disk (--out) or remount the disk read-write.',
  },
  FILE_IO_ERROR: {
    severity: 'error',
    vi: 'Lỗi đọc/ghi đĩa (EIO) ở {path}.',
    en: 'Input/output error (EIO) at {path}.',
    fixVi: 'Ổ đĩa hoặc ổ mạng có vấn đề: kiểm tra ổ đĩa, kết nối mạng, rồi chạy lại.',
    fixEn: 'The disk or network share has a problem: check it and the connection, then run again.',
  },
  FILE_SHORT_WRITE: {
    severity: 'error',
    vi: 'Không ghi hết được dữ liệu vào {path} (hệ thống chỉ nhận một phần).',
    en: 'Could not write all the data to {path} (the system took only part of it).',
    fixVi: 'Thường do đĩa đầy hoặc ổ mạng bị ngắt: kiểm tra chỗ trống và kết nối, rồi chạy lại.',
    fixEn: 'Usually a full disk or a dropped network share: check free space and the connection, then run again.',
  },
  FILE_PATH_NOT_FOLDER: {
    severity: 'error',
    vi: 'Một phần của đường dẫn {path} là tệp, không phải thư mục.',
    en: 'Part of the path {path} is a file, not a folder.',
    fixVi: 'Đổi tên hoặc xóa tệp đang chắn chỗ thư mục, hoặc chọn đường dẫn khác.',
    fixEn: 'Rename or remove the file standing where a folder should be, or choose another path.',
  },
  FILE_NAME_TAKEN: {
    severity: 'error',
    vi: 'Đã có một tệp tên {path}, không tạo được thư mục trùng tên.',
    en: 'A file named {path} already exists; cannot create a folder of that name.',
    fixVi: 'Đổi tên hoặc xóa tệp đó, hoặc chọn thư mục khác.',
    fixEn: 'Rename or remove that file, or choose another folder.',
  },
  FILE_IS_FOLDER: {
    severity: 'error',
    vi: '{path} là thư mục, không phải tệp.',
    en: '{path} is a folder, not a file.',
    fixVi: 'Chỉ ra một tệp (ví dụ --out out/bao-cao.xlsx), không phải thư mục.',
    fixEn: 'Give a file (for example --out out/report.xlsx), not a folder.',
  },
  FILE_PREVIOUS_KEPT: {
    severity: 'info',
    vi: 'Tệp cũ (nếu có) được giữ nguyên; tệp tạm đã được xóa.',
    en: 'The previous file, if any, is unchanged; the temporary file was removed.',
    fixVi: 'Không cần làm gì thêm với tệp này; sửa nguyên nhân ở dòng trên rồi chạy lại.',
    fixEn: 'Nothing to do about this file; fix the cause on the line above and run again.',
  },
} as const satisfies MessageCatalog;

/** What stands for `{path}` when Node gives none (a write to an open temporary file). */
export const UNNAMED_FILE = {
  vi: 'tệp tạm của atvsld (trong out/ hoặc thư mục tạm của hệ thống)',
  en: "atvsld's temporary file (in out/ or the system's temporary folder)",
} as const;
