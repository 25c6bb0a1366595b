// One workbook with a sheet of 100,000 rows × 12 columns, the shape of
// enterprise-level data (a register of workers trained in OSH): Vietnamese
// text, numbers and dates, shared strings as Excel writes them. SAMPLE DATA.
import { readFile, utimes, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { stampZipEntries } from '../../dist/io/template/stamp-zip-entries.js';
import { int, pick, seeded } from './prng.js';

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Minh', 'Thu', 'Ngọc', 'Đức', 'Thanh', 'Quốc', 'Thị Thu'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hạnh', 'Hương', 'Khánh', 'Lan', 'Long', 'Mai', 'Nam', 'Phúc', 'Quyên', 'Sơn', 'Tâm', 'Thảo', 'Trung', 'Tuấn', 'Yến'];
const JOBS = ['Công nhân vận hành máy ép', 'Thợ hàn điện', 'Công nhân may công nghiệp', 'Thợ điện', 'Lái xe nâng', 'Công nhân xây dựng', 'Nhân viên kho', 'Thợ sơn tĩnh điện', 'Kỹ thuật viên hóa chất', 'Công nhân khai thác đá'];
const UNITS = ['Phân xưởng cơ khí', 'Phân xưởng may 1', 'Phân xưởng may 2', 'Tổ bảo trì', 'Kho thành phẩm', 'Đội thi công số 3', 'Phòng Kỹ thuật - An toàn'];
const PLACES = ['phường Kinh Bắc', 'xã Tân Tiến', 'phường Đông Ngàn', 'xã Yên Dũng', 'phường Việt Yên', 'xã Lục Ngạn', 'phường Từ Sơn'];
const NOTES = ['Đã huấn luyện nhóm 3', 'Huấn luyện định kỳ', 'Cần huấn luyện lại', 'Chuyển công việc', 'Khám sức khỏe định kỳ đạt', ''];
const HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Đơn vị', 'Công việc', 'Ngày vào làm', 'Nhóm huấn luyện', 'Số giờ huấn luyện', 'Lương (đồng)', 'Nơi ở', 'Ghi chú'];

const day = (rand, from, span) => new Date(Date.UTC(from, 0, 1) + int(rand, 0, span) * 86400000);

export async function writeBigSheet(path, { seed, rows }) {
  const rand = seeded(seed, 'big-sheet');
  const stamp = new Date(Date.UTC(2025, 11, 1));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  workbook.creator = 'atvsld bench';
  workbook.created = stamp;
  workbook.modified = stamp;
  const sheet = workbook.addWorksheet('Danh sách người lao động');
  sheet.columns = HEADER.map((header, i) => ({ header, key: `c${i}`, width: 18, ...(i === 2 || i === 6 ? { style: { numFmt: 'dd/mm/yyyy' } } : {}) }));
  for (let r = 1; r <= rows; r += 1) {
    sheet.addRow([
      r,
      `${pick(rand, SURNAMES)} ${pick(rand, MIDDLE)} ${pick(rand, GIVEN)}`,
      day(rand, 1965, 14000),
      rand() < 0.55 ? 'Nam' : 'Nữ',
      pick(rand, UNITS),
      pick(rand, JOBS),
      day(rand, 2005, 7000),
      int(rand, 1, 6),
      int(rand, 8, 56),
      int(rand, 52, 260) * 100000,
      `Thôn ${int(rand, 1, 12)}, ${pick(rand, PLACES)}`,
      pick(rand, NOTES),
    ]).commit();
  }
  sheet.commit();
  await workbook.commit();
  await writeFile(path, stampZipEntries(new Uint8Array(await readFile(path)), '2025-12-01'));
  await utimes(path, stamp, stamp);
}
