import { describe, expect, it } from 'vitest';
import { describeFileSystemError } from '../../src/cli/file-system-error.js';
import { WriteFailure } from '../../src/core/diagnostics/write-failure.js';

const failure = (code: string, path?: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: x`), { code, ...(path && { path }) });

describe('describeFileSystemError', () => {
  it.each([
    ['EACCES', 'Không có quyền truy cập /srv/bao-cao/out.', 'Permission denied: /srv/bao-cao/out.'],
    ['EPERM', 'Hệ thống không cho phép thao tác trên /srv/bao-cao/out.', 'The system does not allow this operation on /srv/bao-cao/out.'],
    ['ENOSPC', 'Đĩa đã đầy: không ghi được /srv/bao-cao/out.', 'The disk is full: could not write /srv/bao-cao/out.'],
    ['EROFS', 'Ổ đĩa chỉ cho đọc: không ghi được /srv/bao-cao/out.', 'The disk is read-only: could not write /srv/bao-cao/out.'],
    ['EIO', 'Lỗi đọc/ghi đĩa (EIO) ở /srv/bao-cao/out.', 'Input/output error (EIO) at /srv/bao-cao/out.'],
    ['ENOTDIR', 'Một phần của đường dẫn /srv/bao-cao/out là tệp, không phải thư mục.', 'Part of the path /srv/bao-cao/out is a file, not a folder.'],
    ['EEXIST', 'Đã có một tệp tên /srv/bao-cao/out, không tạo được thư mục trùng tên.', 'A file named /srv/bao-cao/out already exists; cannot create a folder of that name.'],
  ])('%s names the path, in Vietnamese and English', (code, vi, en) => {
    expect(describeFileSystemError(failure(code, '/srv/bao-cao/out'))).toBe(vi);
    expect(describeFileSystemError(failure(code, '/srv/bao-cao/out'), 'en')).toBe(en);
  });

  it('says a full disk also when the write to an open file gave no path', () => {
    expect(describeFileSystemError(failure('ENOSPC'))).toMatch(/^Đĩa đã đầy: không ghi được tệp tạm của atvsld/);
    expect(describeFileSystemError(failure('ENOSPC'), 'en')).toMatch(/^The disk is full: could not write atvsld's temporary file/);
  });

  it('a failed write names the file it was to replace and says the old one is kept', () => {
    const error = new WriteFailure('/srv/out/r.xlsx', 'ESHORTWRITE', new Error('x'));
    expect(describeFileSystemError(error)).toBe(
      'Không ghi hết được dữ liệu vào /srv/out/r.xlsx (hệ thống chỉ nhận một phần). Tệp cũ (nếu có) được giữ nguyên; tệp tạm đã được xóa.',
    );
  });

  it('leaves anything else to the internal-error path', () => {
    expect(describeFileSystemError(failure('ECONNRESET', '/x'))).toBeUndefined();
    expect(describeFileSystemError(failure('EACCES'))).toBeUndefined();
    expect(describeFileSystemError(new TypeError('bug'))).toBeUndefined();
    expect(describeFileSystemError(undefined)).toBeUndefined();
  });
});
