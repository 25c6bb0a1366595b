import type { MessageCatalog } from './message-catalog.js';

const RESAVE_VI = 'Mở tệp bằng Excel hoặc LibreOffice, chọn "Lưu thành" (Save As) kiểu "Sổ làm việc Excel (*.xlsx)" rồi gửi lại.';
const RESAVE_EN = 'Open the file in Excel or LibreOffice, choose "Save As" → "Excel Workbook (*.xlsx)", and send it again.';
const ASK_AGAIN_VI = 'Đề nghị cơ quan gửi lại tệp gốc, đúng biểu mẫu đã phát hành.';
const ASK_AGAIN_EN = 'Ask the agency to send the original file again, on the form as issued.';

/**
 * Diagnostics of the safe .xlsx reader (src/io/xlsx). Every refusal names its
 * reason, because "cannot open" alone leaves an agency's clerk no way to fix it.
 */
export const WORKBOOK_MESSAGES = {
  WORKBOOK_NAME_NOT_UTF8: {
    severity: 'error',
    vi: 'Tên tệp không phải chữ UTF-8 (thường do giải nén bằng bảng mã khác), nên không mở được; ký tự hỏng hiện là �.',
    en: 'The file name is not valid UTF-8 (often from unpacking with another code page), so it cannot be opened; broken characters show as �.',
    fixVi: 'Đổi tên tệp (chỉ dùng chữ, số, dấu gạch), hoặc giải nén lại với bảng mã UTF-8, rồi chạy lại.',
    fixEn: 'Rename the file (letters, digits, dashes), or unpack it again as UTF-8, then run again.',
  },
  WORKBOOK_NOT_FOUND: {
    severity: 'error',
    vi: 'Không tìm thấy tệp.',
    en: 'File not found.',
    fixVi: 'Kiểm tra đường dẫn và tên tệp.',
    fixEn: 'Check the path and the file name.',
  },
  WORKBOOK_IS_DIRECTORY: {
    severity: 'error',
    vi: 'Đây là một thư mục, không phải tệp Excel.',
    en: 'This is a folder, not an Excel file.',
    fixVi: 'Đổi tên thư mục, hoặc chỉ ra tệp .xlsx nằm bên trong.',
    fixEn: 'Rename the folder, or point to the .xlsx file inside it.',
  },
  WORKBOOK_EMPTY_FILE: {
    severity: 'error',
    vi: 'Tệp rỗng (0 byte).',
    en: 'The file is empty (0 bytes).',
    fixVi: 'Tệp có thể bị lỗi khi sao chép hoặc tải về. ' + ASK_AGAIN_VI,
    fixEn: 'The file may have been damaged while copying or downloading. ' + ASK_AGAIN_EN,
  },
  WORKBOOK_TOO_LARGE: {
    severity: 'error',
    vi: 'Tệp quá lớn ({bytes:n} byte; giới hạn {limit:n} byte).',
    en: 'The file is too large ({bytes:n} bytes; limit {limit:n} bytes).',
    fixVi: 'Biểu mẫu báo cáo thường chỉ vài trăm KB. Xóa ảnh, trang tính thừa rồi lưu lại.',
    fixEn: 'A report form is usually a few hundred KB. Remove pictures and extra sheets, then save again.',
  },
  WORKBOOK_UNREADABLE: {
    severity: 'error',
    vi: 'Không đọc được tệp ({reason}).',
    en: 'The file cannot be read ({reason}).',
    fixVi: 'Kiểm tra quyền truy cập tệp, và đóng tệp nếu đang mở trong chương trình khác.',
    fixEn: 'Check the file permissions, and close the file if another program has it open.',
  },
  WORKBOOK_LEGACY_XLS: {
    severity: 'error',
    vi: 'Tệp là định dạng Excel cũ (.xls, Excel 97–2003) dù có đuôi .xlsx.',
    en: 'The file is in the old Excel format (.xls, Excel 97–2003) although it is named .xlsx.',
    fixVi: RESAVE_VI,
    fixEn: RESAVE_EN,
  },
  WORKBOOK_ENCRYPTED: {
    severity: 'error',
    vi: 'Tệp được đặt mật khẩu (mã hóa), không đọc được.',
    en: 'The file is password-protected (encrypted) and cannot be read.',
    fixVi: 'Trong Excel: Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu, lưu rồi gửi lại.',
    fixEn: 'In Excel: File → Info → Protect Workbook → Encrypt with Password, clear the password, save and send again.',
  },
  WORKBOOK_CSV: {
    severity: 'error',
    vi: 'Tệp là văn bản CSV được đổi đuôi thành .xlsx, không phải sổ làm việc Excel.',
    en: 'The file is CSV text renamed to .xlsx, not an Excel workbook.',
    fixVi: 'Hãy điền vào biểu mẫu .xlsx đã phát hành, không xuất ra CSV. ' + RESAVE_VI,
    fixEn: 'Fill in the issued .xlsx form instead of exporting CSV. ' + RESAVE_EN,
  },
  WORKBOOK_HTML: {
    severity: 'error',
    vi: 'Tệp là trang HTML (thường do phần mềm "xuất Excel" tạo ra), không phải sổ làm việc Excel.',
    en: 'The file is an HTML page (often made by an "export to Excel" feature), not an Excel workbook.',
    fixVi: RESAVE_VI,
    fixEn: RESAVE_EN,
  },
  WORKBOOK_XML_2003: {
    severity: 'error',
    vi: 'Tệp là định dạng "XML Spreadsheet 2003", không phải .xlsx.',
    en: 'The file is an "XML Spreadsheet 2003", not an .xlsx workbook.',
    fixVi: RESAVE_VI,
    fixEn: RESAVE_EN,
  },
  WORKBOOK_NOT_ZIP: {
    severity: 'error',
    vi: 'Tệp không phải sổ làm việc Excel (.xlsx).',
    en: 'The file is not an Excel workbook (.xlsx).',
    fixVi: 'Có thể tệp bị đổi đuôi hoặc hỏng. ' + ASK_AGAIN_VI,
    fixEn: 'The file may have been renamed or damaged. ' + ASK_AGAIN_EN,
  },
  WORKBOOK_TRUNCATED: {
    severity: 'error',
    vi: 'Tệp bị cắt cụt hoặc hỏng cấu trúc nén ({reason}).',
    en: 'The file is truncated or its zip structure is damaged ({reason}).',
    fixVi: 'Thường do tải về hoặc gửi thư chưa xong. ' + ASK_AGAIN_VI,
    fixEn: 'Usually an unfinished download or e-mail attachment. ' + ASK_AGAIN_EN,
  },
  WORKBOOK_CORRUPT: {
    severity: 'error',
    vi: 'Phần "{part}" trong tệp bị hỏng ({reason}).',
    en: 'Part "{part}" of the file is damaged ({reason}).',
    fixVi: 'Mở tệp bằng Excel; nếu Excel sửa được thì lưu lại và gửi lại. Nếu không, ' + ASK_AGAIN_VI.toLowerCase(),
    fixEn: 'Open the file in Excel; if Excel repairs it, save and send again. Otherwise, ' + ASK_AGAIN_EN.toLowerCase(),
  },
  WORKBOOK_UNSUPPORTED_COMPRESSION: {
    severity: 'error',
    vi: 'Phần "{part}" dùng kiểu nén không hỗ trợ (phương thức {method}).',
    en: 'Part "{part}" uses an unsupported compression method ({method}).',
    fixVi: RESAVE_VI,
    fixEn: RESAVE_EN,
  },
  WORKBOOK_ZIP_BOMB: {
    severity: 'error',
    vi: 'Tệp bị từ chối vì khi giải nén quá lớn: phần "{part}" ({reason}). Đây có thể là tệp độc hại ("bom nén").',
    en: 'The file was refused because it inflates too much: part "{part}" ({reason}). It may be a malicious "zip bomb".',
    fixVi: 'Không mở tệp này. ' + ASK_AGAIN_VI,
    fixEn: 'Do not open this file. ' + ASK_AGAIN_EN,
  },
  WORKBOOK_TOO_MANY_PARTS: {
    severity: 'error',
    vi: 'Tệp chứa quá nhiều phần nén ({count:n}; giới hạn {limit:n}).',
    en: 'The file holds too many zip entries ({count:n}; limit {limit:n}).',
    fixVi: 'Xóa ảnh, đối tượng nhúng và trang tính thừa rồi lưu lại.',
    fixEn: 'Remove pictures, embedded objects and extra sheets, then save again.',
  },
  WORKBOOK_DUPLICATE_PART: {
    severity: 'error',
    vi: 'Tệp chứa hai phần cùng tên "{part}"; không biết nên tin phần nào.',
    en: 'The file holds two entries named "{part}"; there is no telling which one to trust.',
    fixVi: RESAVE_VI,
    fixEn: RESAVE_EN,
  },
  WORKBOOK_XML_ENTITY: {
    severity: 'error',
    vi: 'Phần "{part}" chứa khai báo DOCTYPE/ENTITY, không bao giờ có trong tệp Excel thật; tệp bị từ chối vì có thể độc hại.',
    en: 'Part "{part}" holds a DOCTYPE/ENTITY declaration, which real Excel files never contain; refused as possibly malicious.',
    fixVi: 'Không mở tệp này. ' + ASK_AGAIN_VI,
    fixEn: 'Do not open this file. ' + ASK_AGAIN_EN,
  },
  WORKBOOK_XML_MALFORMED: {
    severity: 'error',
    vi: 'Phần "{part}" có nội dung XML sai cấu trúc (ở byte {at:n}).',
    en: 'Part "{part}" holds malformed XML ({reason} at byte {at}).',
    fixVi: RESAVE_VI,
    fixEn: RESAVE_EN,
  },
  WORKBOOK_MISSING_PART: {
    severity: 'error',
    vi: 'Thiếu phần bắt buộc "{part}"; có thể đây là tệp Word/PowerPoint hoặc tệp nén khác đổi đuôi thành .xlsx.',
    en: 'Required part "{part}" is missing; this may be a Word/PowerPoint document or another zip renamed to .xlsx.',
    fixVi: RESAVE_VI,
    fixEn: RESAVE_EN,
  },
  WORKBOOK_CELL_TOO_LONG: {
    severity: 'error',
    vi: 'Ô có {length:n} ký tự, vượt giới hạn {limit:n} ký tự của Excel; ô này bị bỏ qua.',
    en: 'The cell holds {length:n} characters, over the Excel limit of {limit:n}; the cell was ignored.',
    fixVi: 'Rút gọn nội dung ô (có thể đính kèm văn bản riêng).',
    fixEn: 'Shorten the cell text (attach a separate document if needed).',
  },
  WORKBOOK_TOO_MANY_ROWS: {
    severity: 'error',
    vi: 'Ô ở dòng {row:n}, vượt giới hạn {limit:n} dòng; phần còn lại của trang tính bị bỏ qua.',
    en: 'A cell at row {row:n} is past the limit of {limit:n} rows; the rest of the sheet was ignored.',
    fixVi: 'Xóa các dòng thừa ở cuối trang tính rồi lưu lại.',
    fixEn: 'Delete the extra rows at the end of the sheet and save again.',
  },
  WORKBOOK_TOO_MANY_COLUMNS: {
    severity: 'error',
    vi: 'Ô ở cột {col:n}, vượt giới hạn {limit:n} cột; phần còn lại của trang tính bị bỏ qua.',
    en: 'A cell at column {col:n} is past the limit of {limit:n} columns; the rest of the sheet was ignored.',
    fixVi: 'Xóa các cột thừa bên phải rồi lưu lại.',
    fixEn: 'Delete the extra columns on the right and save again.',
  },
  WORKBOOK_LEGACY_ENCODING: {
    severity: 'warning',
    vi: 'Có {count:n} ô gõ bằng phông chữ mã cũ (ô này: {font}, bảng mã {encoding}); nội dung đã được chuyển sang Unicode, nên đối chiếu lại với bản gốc.',
    en: '{count:n} cells were typed in a legacy font (this one: {font}, {encoding} encoding); they were converted to Unicode, so check them against the original.',
    fixVi: 'Lần sau, chuyển văn bản sang Unicode (ví dụ bằng Unikey Toolkit) và dùng phông Times New Roman trước khi gửi.',
    fixEn: 'Next time, convert the text to Unicode (for example with Unikey Toolkit) and use Times New Roman before sending.',
  },
  WORKBOOK_BAD_CELL: {
    severity: 'warning',
    vi: 'Ô có nội dung không hợp lệ ({reason}); ô này bị bỏ qua.',
    en: 'The cell holds invalid content ({reason}); the cell was ignored.',
    fixVi: 'Nhập lại giá trị ô trong Excel rồi lưu lại.',
    fixEn: 'Re-enter the cell in Excel and save again.',
  },
  WORKBOOK_TIMEOUT: {
    severity: 'error',
    vi: 'Đọc tệp quá {limit} ms nên đã dừng.',
    en: 'Reading the file took longer than {limit} ms and was stopped.',
    fixVi: 'Xóa dữ liệu, định dạng và trang tính thừa rồi lưu lại; biểu mẫu báo cáo thường đọc xong trong chưa đến 1 giây.',
    fixEn: 'Remove extra data, formatting and sheets, then save again; a report form normally reads in under a second.',
  },
} as const satisfies MessageCatalog;
