/**
 * File-system failures that come from the user's machine, not from a bug:
 * no permission, a full or read-only disk, a file where a folder should be.
 * They stop the command like a usage error (exit 2) with a sentence that
 * names the path, instead of "internal error" and Node's English code.
 */
const REASONS: Readonly<Record<string, (path: string) => string>> = {
  EACCES: (p) => `Không có quyền truy cập ${p}.`,
  EPERM: (p) => `Hệ thống không cho phép thao tác trên ${p}.`,
  ENOSPC: (p) => `Đĩa đã đầy: không ghi được ${p}.`,
  EDQUOT: (p) => `Đã hết hạn mức dung lượng đĩa: không ghi được ${p}.`,
  EROFS: (p) => `Ổ đĩa chỉ cho đọc: không ghi được ${p}.`,
  ENOTDIR: (p) => `Một phần của đường dẫn ${p} là tệp, không phải thư mục.`,
  EEXIST: (p) => `Đã có một tệp tên ${p}, không tạo được thư mục trùng tên.`,
  EISDIR: (p) => `${p} là thư mục, không phải tệp.`,
};

/** Failures of a write to an open file, which Node reports without a path. */
const WITHOUT_PATH: Readonly<Record<string, string>> = {
  ENOSPC: 'Đĩa đã đầy: không ghi được tệp (kể cả tệp tạm của atvsld trong out/ hoặc thư mục tạm của hệ thống).',
  EDQUOT: 'Đã hết hạn mức dung lượng đĩa: không ghi được tệp.',
  EROFS: 'Ổ đĩa chỉ cho đọc: không ghi được tệp.',
};

/** The Vietnamese sentence for such a failure, or undefined for anything else. */
export function describeFileSystemError(error: unknown): string | undefined {
  const { code, path } = (error ?? {}) as NodeJS.ErrnoException;
  if (code === undefined) return undefined;
  if (typeof path === 'string') return REASONS[code]?.(path);
  return WITHOUT_PATH[code];
}
