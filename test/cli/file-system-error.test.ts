import { describe, expect, it } from 'vitest';
import { describeFileSystemError } from '../../src/cli/file-system-error.js';

const failure = (code: string, path?: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: x`), { code, ...(path && { path }) });

describe('describeFileSystemError', () => {
  it.each([
    ['EACCES', 'Không có quyền truy cập /srv/bao-cao/out.'],
    ['EPERM', 'Hệ thống không cho phép thao tác trên /srv/bao-cao/out.'],
    ['ENOSPC', 'Đĩa đã đầy: không ghi được /srv/bao-cao/out.'],
    ['EROFS', 'Ổ đĩa chỉ cho đọc: không ghi được /srv/bao-cao/out.'],
    ['ENOTDIR', 'Một phần của đường dẫn /srv/bao-cao/out là tệp, không phải thư mục.'],
    ['EEXIST', 'Đã có một tệp tên /srv/bao-cao/out, không tạo được thư mục trùng tên.'],
  ])('%s names the path', (code, sentence) => {
    expect(describeFileSystemError(failure(code, '/srv/bao-cao/out'))).toBe(sentence);
  });

  it('says a full disk also when the write to an open file gave no path', () => {
    expect(describeFileSystemError(failure('ENOSPC'))).toMatch(/^Đĩa đã đầy: không ghi được tệp/);
  });

  it('leaves anything else to the internal-error path', () => {
    expect(describeFileSystemError(failure('ECONNRESET', '/x'))).toBeUndefined();
    expect(describeFileSystemError(failure('EACCES'))).toBeUndefined();
    expect(describeFileSystemError(new TypeError('bug'))).toBeUndefined();
    expect(describeFileSystemError(undefined)).toBeUndefined();
  });
});
