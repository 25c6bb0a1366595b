import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildConsolidatedWorkbook, writeConsolidatedWorkbook } from '../../../src/io/report/write-consolidated-workbook.js';
import {
  CHANGE_FORMAT,
  DATE_FORMAT,
  DECIMAL2_FORMAT,
  INTEGER_FORMAT,
  RATE_FORMAT,
} from '../../../src/io/report/report-style.js';
import { INJECTIONS, findCells, readBack, smallReport, tempDir } from './report-fixture.js';

const SHEETS = ['Tổng hợp', 'Tình hình báo cáo', 'Ma trận nhiệm vụ', 'Chi tiết nhiệm vụ', 'Chỉ tiêu', 'Danh sách tệp', 'Vấn đề phát hiện'];

async function written(): Promise<ExcelJS.Workbook> {
  const path = join(await tempDir(), 'bao-cao.xlsx');
  await writeConsolidatedWorkbook(smallReport(), path);
  return readBack(path);
}

const only = (sheet: ExcelJS.Worksheet, text: string): ExcelJS.Cell => {
  const cells = findCells(sheet, text);
  expect(cells, text).toHaveLength(1);
  return cells[0]!;
};

describe('writeConsolidatedWorkbook', () => {
  it('prints a change beside its verdict with the decimals that show its side of the target, and shares summing to 100 %', async () => {
    const report = smallReport();
    // +4,96 % against +5 %: "Không đạt", so the cell must not display +5,0 %.
    const [first, ...rest] = report.indicators;
    const near = { ...first!, target: { direction: 'increase' as const, percentPerYear: 5, baseYear: 2024 }, changePercent: 4.96, met: false, cumulative: { fromYear: 2024, changePercent: 4.96, targetPercent: 5, met: false } };
    const path = join(await tempDir(), 'bao-cao.xlsx');
    await writeConsolidatedWorkbook({ ...report, indicators: [near, ...rest] }, path);
    const workbook = await readBack(path);
    const summary = workbook.getWorksheet('Tổng hợp')!;
    const row = only(summary, near.name).row;
    expect(summary.getCell(`F${row}`).value).toBe(4.96);
    expect(summary.getCell(`F${row}`).numFmt).toBe('[$-42A]+0.00"%";-0.00"%";0.00"%"');
    expect(summary.getCell(`H${row}`).value).toBe('✗ Không đạt');
    const indicators = workbook.getWorksheet('Chỉ tiêu')!;
    // The values table and the verdicts table each have a row of the indicator; the changes are on the verdicts'.
    const formats: string[] = [];
    for (const cell of findCells(indicators, near.name)) indicators.getRow(Number(cell.row)).eachCell((c) => { if (c.value === 4.96) formats.push(c.numFmt); });
    expect(formats).toEqual(['[$-42A]+0.00"%";-0.00"%";0.00"%"', '[$-42A]+0.00"%";-0.00"%";0.00"%"']);
    // Task-status shares: the printed column adds up to 100,0 %.
    const header = Number(only(summary, 'III. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ').row);
    let sum = 0;
    for (let r = header + 3; r <= summary.rowCount; r++) {
      const v = summary.getCell(`H${r}`).value;
      if (typeof v === 'number') sum += Math.round(v * 1000);
    }
    expect(sum).toBe(1000);
  });

  it('writes the seven sheets in order, dated from asOf', async () => {
    const workbook = await written();
    expect(workbook.worksheets.map((s) => s.name)).toEqual(SHEETS);
    expect(workbook.created.toISOString()).toBe('2025-12-28T00:00:00.000Z');
    expect(workbook.modified.toISOString()).toBe('2025-12-28T00:00:00.000Z');
  });

  it('puts the administrative heading, place and date, recipient and the sample notice on the summary', async () => {
    const sheet = (await written()).getWorksheet('Tổng hợp')!;
    expect(sheet.getCell('A1').value).toBe('UBND TỈNH BẮC NINH');
    expect(sheet.getCell('A2').value).toBe('SỞ NỘI VỤ');
    expect(sheet.getCell('A2').font.bold).toBe(true);
    expect(sheet.getCell('D1').value).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(sheet.getCell('D2').value).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(sheet.getCell('D3').value).toBe('Bắc Ninh, ngày 28 tháng 12 năm 2025');
    only(sheet, 'Kết quả thực hiện Kế hoạch thử nghiệm năm 2025');
    only(sheet, 'Kính gửi: Ủy ban nhân dân tỉnh Bắc Ninh.');
    only(sheet, 'DỮ LIỆU MẪU, KHÔNG PHẢI SỐ LIỆU THẬT');
    sheet.eachRow((row) => row.eachCell((c) => expect(c.font?.name ?? 'Times New Roman').toBe('Times New Roman')));
  });

  it('shows completeness with rates and the indicators with vi-VN formats and traffic lights', async () => {
    const sheet = (await written()).getWorksheet('Tổng hợp')!;
    const received = only(sheet, 'Đã gửi báo cáo (tỷ lệ đầy đủ)').row;
    expect(sheet.getCell(`G${received}`).value).toBe(1);
    expect(sheet.getCell(`G${received}`).numFmt).toBe(INTEGER_FORMAT);
    expect(sheet.getCell(`H${received}`).value).toBe(0.5);
    expect(sheet.getCell(`H${received}`).numFmt).toBe(RATE_FORMAT);

    const rate = only(sheet, 'Tần suất tai nạn lao động chết người').row;
    expect([sheet.getCell(`D${rate}`).value, sheet.getCell(`E${rate}`).value, sheet.getCell(`F${rate}`).value]).toEqual([3.2, 2.9, -9.375]);
    expect(sheet.getCell(`E${rate}`).numFmt).toBe(DECIMAL2_FORMAT);
    expect(sheet.getCell(`F${rate}`).numFmt).toBe(CHANGE_FORMAT);
    expect(sheet.getCell(`G${rate}`).value).toBe('Giảm ít nhất 4%/năm');
    expect(sheet.getCell(`H${rate}`).value).toBe('✓ Đạt');
    expect((sheet.getCell(`H${rate}`).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFC6EFCE');

    const count = only(sheet, 'Số người lao động được khám bệnh nghề nghiệp').row;
    expect(sheet.getCell(`D${count}`).value).toBe(12000);
    expect(sheet.getCell(`D${count}`).numFmt).toBe(INTEGER_FORMAT);
    expect(sheet.getCell(`E${count}`).value).toBeNull();
    expect(sheet.getCell(`H${count}`).value).toBe('Chưa đánh giá được');
    expect((sheet.getCell(`H${count}`).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFE7E6E6');
  });

  it("names an earlier year's source agency that is no longer among the year's agencies", async () => {
    const sheet = (await written()).getWorksheet('Chỉ tiêu')!;
    const part = Number(only(sheet, 'Số lao động').row);
    // The part's sources are across the page on the row under its figures.
    const sources = String(sheet.getCell(part + 1, 1).value);
    expect(sources).toBe('Nguồn số liệu theo năm: 2024: Sở LĐTBXH; 2025: Sở Nội vụ');
    expect(JSON.stringify([sheet.getRow(part).values, sources])).not.toContain('so-ldtbxh');
  });

  it('writes real UTC dates as dd/mm/yyyy and lateness on the reporting-status sheet', async () => {
    const workbook = await written();
    const sheet = workbook.getWorksheet('Tình hình báo cáo')!;
    const row = only(sheet, 'Sở Nội vụ').row;
    const date = sheet.getCell(`E${row}`);
    expect(date.value).toEqual(new Date(Date.UTC(2025, 11, 23)));
    expect(date.numFmt).toBe(DATE_FORMAT);
    expect(sheet.getCell(`F${row}`).value).toBe('Trễ 3 ngày');
    expect(sheet.getCell(`G${row}`).value).toBe(3);
    // Fingerprints and file names are on the technical sheet, hidden and not printed.
    const files = workbook.getWorksheet('Danh sách tệp')!;
    expect(files.state).toBe('hidden');
    expect(workbook.getWorksheet('Vấn đề phát hiện')!.state).toBe('hidden');
    only(files, 'ab'.repeat(32));
    const missing = only(sheet, 'Sở Y tế').row;
    expect(sheet.getCell(`F${missing}`).value).toBe('Chưa gửi (quá hạn 8 ngày)');
  });

  it('lists agencies down the matrix under their group, tasks across, each cell its role and state, and an agency that sent nothing as one line of the details', async () => {
    const workbook = await written();
    const matrix = workbook.getWorksheet('Ma trận nhiệm vụ')!;
    const headerRow = Number(matrix.pageSetup.printTitlesRow!.split(':')[0]);
    const column = (id: string): number => Number(findCells(matrix, id).find((c) => Number(c.row) === headerRow)!.col);
    const group = only(matrix, 'Sở, ban, ngành');
    expect(Number(group.row)).toBe(headerRow + 1);
    expect(group.isMerged).toBe(true);
    const noiVu = Number(only(matrix, 'Sở Nội vụ').row);
    expect(noiVu).toBe(headerRow + 2);
    expect(matrix.getCell(noiVu, column('1.1')).value).toBe('C: HT');
    expect(matrix.getCell(noiVu, column('1.1')).font.bold).toBe(true);
    expect(matrix.getCell(noiVu, column('3.5')).value).toBe('P: KBC');
    // Sở Y tế sent nothing: one line across its row, after Sở Nội vụ by Vietnamese name.
    expect(Number(only(matrix, 'Sở Y tế').row)).toBe(noiVu + 1);
    expect(matrix.getCell(noiVu + 1, column('1.1')).value).toBe('Chưa gửi báo cáo (quá hạn 8 ngày)');
    expect(matrix.getCell(noiVu + 1, column('3.5')).isMerged).toBe(true);
    // Counts per task under the table, then the full task titles.
    const owed = Number(only(matrix, 'Số cơ quan được giao').row);
    expect(matrix.getCell(owed, column('1.1')).value).toBe(2);
    expect(matrix.getCell(owed + 2, column('1.1')).value).toBe(1);
    only(matrix, '3.5. Khám bệnh nghề nghiệp');
    // Details: each task a header row over its agencies' lines; the agency that sent nothing one line at the end.
    const details = workbook.getWorksheet('Chi tiết nhiệm vụ')!;
    const task = Number(only(details, '1.1. Ban hành văn bản chỉ đạo').row);
    expect(details.getCell(`A${task + 1}`).value).toBe('Sở Nội vụ');
    expect(details.getCell(`B${task + 1}`).value).toBe('Đã hoàn thành (chủ trì)');
    expect(details.getCell(`D${task + 1}`).value).toBe(3);
    const missing = Number(only(details, 'Sở Y tế').row);
    expect(details.getCell(`A${missing - 1}`).value).toBe('Cơ quan, đơn vị chưa gửi báo cáo');
    expect(details.getCell(`B${missing}`).value).toBe('Chưa gửi báo cáo');
    expect(details.getCell(`C${missing}`).value).toBe('Cả 2 nhiệm vụ được giao');
  });

  it('prints the matrix one page wide at a scale that keeps its 10 pt cells at 8 pt or more, header repeated', async () => {
    const matrix = (await written()).getWorksheet('Ma trận nhiệm vụ')!;
    const { scale, orientation, printTitlesRow } = matrix.pageSetup;
    expect(printTitlesRow).toBe('4:4');
    expect(scale! * 10).toBeGreaterThanOrEqual(800);
    let pixels = 0;
    for (let c = 1; c <= matrix.columnCount; c += 1) pixels += matrix.getColumn(c).width! * 9.3 + 5;
    expect((pixels * scale!) / 100).toBeLessThanOrEqual(((orientation === 'portrait' ? 8.27 : 11.69) - 0.9) * 96);
  });

  it('prints "Chỉ tiêu" one A4 landscape page wide at 89 %: stacked tables on one grid, the title merged over it', async () => {
    const sheet = (await written()).getWorksheet('Chỉ tiêu')!;
    const { scale, orientation } = sheet.pageSetup;
    expect(orientation).toBe('landscape');
    // 9 pt ids at 89 % are 8 pt.
    expect(scale).toBe(89);
    let pixels = 0;
    for (let c = 1; c <= sheet.columnCount; c += 1) pixels += sheet.getColumn(c).width! * 9.3 + 5;
    expect((pixels * scale!) / 100).toBeLessThanOrEqual((11.69 - 0.9) * 96);
    expect(sheet.getCell(1, sheet.columnCount).master.address).toBe('A1');
    expect(sheet.getCell('A1').value).toBe('KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2025');
    // Values by year, then verdicts, then parts: each header row with its own texts, in that order.
    const headerRow = (first: string, other: string): number =>
      Number(findCells(sheet, other).find((c) => sheet.getCell(Number(c.row), 1).value === first)!.row);
    const rows = [headerRow('Chỉ tiêu', 'Năm 2025'), headerRow('Chỉ tiêu', 'Đánh giá năm'), headerRow('Số liệu', 'Mã số liệu')];
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
    expect(sheet.getCell(rows[0]!, sheet.columnCount).value ?? sheet.getCell(rows[0]!, sheet.columnCount).master.value).toBe('Mã');
    expect(sheet.getCell(rows[1]!, sheet.columnCount).value).toBe('Lưu ý');
  });

  it('sets A4, orientation, repeated header rows, frozen panes and filters', async () => {
    const workbook = await written();
    for (const sheet of workbook.worksheets) {
      expect(sheet.pageSetup.paperSize, sheet.name).toBe(9);
      expect(sheet.pageSetup.fitToWidth, sheet.name).toBe(1);
      expect(sheet.pageSetup.horizontalCentered, sheet.name).toBe(true);
      expect(sheet.pageSetup.orientation, sheet.name).toBe(sheet.name === 'Tổng hợp' ? 'portrait' : 'landscape');
      if (sheet.name === 'Tổng hợp') continue;
      if (sheet.name === 'Chỉ tiêu') {
        // Stacked tables, each with its own header, printed one page wide: no row repeated, no pane frozen.
        expect(sheet.pageSetup.printTitlesRow).toBeUndefined();
        continue;
      }
      expect(sheet.pageSetup.printTitlesRow, sheet.name).toMatch(/^\d+:\d+$/);
      const headerRow = Number(sheet.pageSetup.printTitlesRow!.split(':')[0]);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow });
      expect(sheet.autoFilter, sheet.name).toBeTruthy();
    }
  });

  it('keeps formula-like submitted text as text', async () => {
    const workbook = await written();
    for (const text of INJECTIONS) {
      const cells = workbook.worksheets.flatMap((s) => findCells(s, text));
      expect(cells.length, text).toBeGreaterThan(0);
      for (const c of cells) {
        expect(c.type, text).toBe(ExcelJS.ValueType.String);
        expect(c.formula, text).toBeUndefined();
      }
    }
  });

  it('gives the same bytes for the same report', async () => {
    const dir = await tempDir();
    await writeConsolidatedWorkbook(smallReport(), join(dir, 'a.xlsx'));
    await writeConsolidatedWorkbook(smallReport(), join(dir, 'b.xlsx'));
    expect(Buffer.compare(await readFile(join(dir, 'a.xlsx')), await readFile(join(dir, 'b.xlsx')))).toBe(0);
  });

  it('leaves the sample notice out when the report does not say so', () => {
    const report = smallReport();
    const plain = { ...report, indicators: report.indicators.map((i) => ({ ...i, parts: {} })) };
    const sheet = buildConsolidatedWorkbook(plain).getWorksheet('Tổng hợp')!;
    expect(findCells(sheet, 'DỮ LIỆU MẪU, KHÔNG PHẢI SỐ LIỆU THẬT')).toHaveLength(0);
  });
  it('prints each table sheet\'s title in 14 pt bold and its subtitle in italics, in the written file and in memory', async () => {
    const books = [await written(), buildConsolidatedWorkbook(smallReport())];
    for (const workbook of books) {
      for (const name of SHEETS.slice(1)) {
        const sheet = workbook.getWorksheet(name)!;
        expect(sheet.getCell('A1').font, `${name}!A1`).toMatchObject({ name: 'Times New Roman', size: 14, bold: true });
        expect(sheet.getCell('A2').font, `${name}!A2`).toMatchObject({ name: 'Times New Roman', italic: true });
      }
    }
  });
});
