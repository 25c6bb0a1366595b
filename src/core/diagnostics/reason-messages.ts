/**
 * Why a workbook was refused or a cell dropped, worded in both languages.
 * A diagnostic's `reason` argument is one of these ids, stable for programs
 * reading the JSON; its other arguments fill the wording. A reason that only
 * the system can give (an errno code) is kept as it came when it has no
 * entry here.
 */
export interface ReasonWording {
  readonly vi: string;
  readonly en: string;
}

export const REASON_MESSAGES: Readonly<Record<string, ReasonWording>> = {
  // Zip structure (WORKBOOK_TRUNCATED, WORKBOOK_CORRUPT)
  'no-end-of-central-directory': { vi: 'không thấy phần cuối của mục lục tệp nén', en: 'no end of central directory' },
  'directory-past-end': { vi: 'mục lục tệp nén trỏ ra ngoài cuối tệp', en: 'the central directory points past the end' },
  'directory-damaged': { vi: 'mục lục tệp nén bị hỏng', en: 'damaged central directory' },
  'multi-volume': { vi: 'tệp nén bị chia thành nhiều tập', en: 'multi-volume zip' },
  'zip64-locator-missing': { vi: 'thiếu phần định vị zip64', en: 'zip64 locator missing' },
  'zip64-directory-missing': { vi: 'thiếu mục lục zip64', en: 'zip64 end of central directory missing' },
  'local-header-missing': { vi: 'thiếu đầu mục của phần "{entry}"', en: 'local header of {entry} missing' },
  'local-header-mismatch': { vi: 'đầu mục của phần "{entry}" không khớp mục lục', en: 'local header of {entry} does not match' },
  'entry-cut-short': { vi: 'phần "{entry}" bị cắt cụt', en: '{entry} cut short' },
  'size-mismatch': { vi: 'kích thước sau khi giải nén khác với mục lục', en: 'size differs from the directory' },
  'checksum-mismatch': { vi: 'sai mã kiểm tra CRC', en: 'checksum mismatch' },
  'inflate-failed': { vi: 'không giải nén được', en: 'cannot inflate: {detail}' },
  // Sizes (WORKBOOK_ZIP_BOMB)
  'inflated-size': { vi: 'giải nén ra {bytes:n} byte, giới hạn {limit:n} byte', en: '{bytes:n} bytes inflated, limit {limit:n}' },
  'compression-ratio': { vi: 'tỷ lệ nén {ratio:n}:1, giới hạn {limit:n}:1', en: 'compression ratio {ratio:n}:1, limit {limit:n}:1' },
  'inflates-past-declared': { vi: 'giải nén vượt quá {declared:n} byte đã khai báo', en: 'inflates past its declared {declared:n} bytes' },
  'parts-total': { vi: 'tổng các phần khi giải nén vượt {limit:n} byte', en: 'parts total over {limit:n} bytes' },
  // Reader limits (WORKBOOK_XML_LIMIT)
  'attributes-per-element': { vi: 'một phần tử có hơn {limit:n} thuộc tính', en: 'an element with more than {limit:n} attributes' },
  'utf16-size': { vi: 'phần mã hóa UTF-16 dài {bytes:n} byte, giới hạn {limit:n} byte', en: 'a UTF-16 part of {bytes:n} bytes, limit {limit:n}' },
  // Cells (WORKBOOK_BAD_CELL)
  'not-a-cell-reference': { vi: '"{text}" không phải địa chỉ ô', en: '"{text}" is not a cell reference' },
  'shared-string-missing': { vi: 'chuỗi dùng chung số {text} không có trong tệp', en: 'shared string {text} does not exist' },
  'not-a-number': { vi: '"{text}" không phải là số', en: '"{text}" is not a number' },
  'not-an-iso-date': { vi: '"{text}" không phải ngày dạng ISO', en: '"{text}" is not an ISO date' },
  // Opening the file (WORKBOOK_UNREADABLE)
  'not-a-regular-file': { vi: 'không phải tệp thông thường', en: 'not a regular file' },
  EACCES: { vi: 'không có quyền đọc', en: 'permission denied' },
  EPERM: { vi: 'hệ thống không cho phép đọc', en: 'operation not permitted' },
  EIO: { vi: 'lỗi đọc đĩa', en: 'input/output error' },
  EBUSY: { vi: 'tệp đang bị chương trình khác giữ', en: 'the file is busy' },
  ELOOP: { vi: 'đường dẫn vòng lặp', en: 'too many symbolic links' },
  ENAMETOOLONG: { vi: 'tên tệp quá dài', en: 'name too long' },
  // Which of two submissions counts (SUBMISSION_SUPERSEDED; counted-submissions.ts)
  'superseded-receipt-time': { vi: 'tệp kia nhận lúc {byAt}, tệp này lúc {at} (theo biên nhận)', en: 'that file was received at {byAt}, this one at {at} (receipts)' },
  'superseded-received-date': { vi: 'tệp kia nhận ngày {byDate}, tệp này ngày {date}', en: 'that file was received on {byDate}, this one on {date}' },
  'superseded-file-mtime': { vi: 'cùng ngày nhận; tệp kia được sửa sau ({byModified}, tệp này {modified})', en: 'same day received; that file was modified later ({byModified}, this one {modified})' },
  'superseded-file-name': { vi: 'cùng ngày nhận, không phân biệt được thời điểm; chọn tệp có tên xếp sau', en: 'same day received and no time to tell them apart; the file whose name sorts last counts' },
};
