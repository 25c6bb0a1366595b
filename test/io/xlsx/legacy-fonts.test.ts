/**
 * Text in the pre-Unicode Vietnamese fonts (TCVN3 `.VnTime`, VNI `VNI-Times`)
 * is read as Unicode, by the font of each cell's style, with one warning per
 * sheet that says how many cells and from where.
 */
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../src/core/diagnostics/format.js';
import { readWorkbookBytes } from '../../../src/io/xlsx/read-workbook.js';
import { buildWorkbook, escapeXml } from './xlsx-builder.js';

// Styles: 0 general (Calibri), 1–2 dates, 3 .VnTime, 4 .VnTimeH, 5 VNI-Times, 6 Times New Roman.
const FONTS = ['.VnTime', '.VnTimeH', 'VNI-Times', 'Times New Roman'];
const cell = (ref: string, style: number, text: string) => `<c r="${ref}" s="${style}" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`;

function read(rows: string, spec: { dxfFonts?: string[]; sharedStrings?: string[] } = {}) {
  const xml = `<row r="1">${rows}</row>`;
  const result = readWorkbookBytes(buildWorkbook({ sheets: [{ name: 'Nhiệm vụ', xml }], fonts: FONTS, ...spec }), 'f.xlsx');
  const sheet = result.grid!.sheets[0]!;
  const text = (ref: string) => {
    const value = sheet.cells.get(ref)?.value;
    return value && 'text' in value ? value.text : value;
  };
  return { result, text };
}

describe('cells in a TCVN3 or VNI font', () => {
  it('are read as Unicode, each by its own font', () => {
    const { text } = read(
      cell('A1', 3, 'Së Y tÕ tØnh B¾c Giang') +
        cell('B1', 4, 'tai n¹n lao ®éng') +
        cell('C1', 5, 'ngöôøi lao ñoäng ñöôïc khaùm') +
        cell('D1', 6, 'Sở Y tế') +
        cell('E1', 0, 'B¾c Giang'),
    );
    expect(text('A1')).toBe('Sở Y tế tỉnh Bắc Giang');
    expect(text('B1')).toBe('TAI NẠN LAO ĐỘNG');
    expect(text('C1')).toBe('người lao động được khám');
    // A Unicode font, or no legacy font: left as written.
    expect(text('D1')).toBe('Sở Y tế');
    expect(text('E1')).toBe('B¾c Giang');
  });

  it('keeps text already in Unicode even in a legacy font, and plain ASCII as it is', () => {
    const { text, result } = read(cell('A1', 3, 'Sở Y tế') + cell('B1', 5, 'ATVSLD 2025') + `<c r="C1" s="3"><v>12</v></c>`);
    expect(text('A1')).toBe('Sở Y tế');
    expect(text('B1')).toBe('ATVSLD 2025');
    expect(result.grid!.sheets[0]!.cells.get('C1')?.value).toEqual({ kind: 'number', value: 12 });
    expect(result.diagnostics).toEqual([]);
  });

  it('decodes shared strings by the font of the cell that shows them', () => {
    const { text } = read('<c r="A1" s="3" t="s"><v>0</v></c><c r="B1" s="0" t="s"><v>0</v></c>', { sharedStrings: ['<t>Th\u00AD¬ng binh</t>'] });
    expect(text('A1')).toBe('Thương binh');
    expect(text('B1')).toBe('Th\u00AD¬ng binh');
  });

  it('ignores fonts of conditional formats, which no cell style refers to', () => {
    const { text } = read(cell('A1', 0, 'B¾c Giang'), { dxfFonts: ['.VnTime'] });
    expect(text('A1')).toBe('B¾c Giang');
  });

  it('gives one warning per sheet, at the first decoded cell, with the count and the font', () => {
    const { result } = read(cell('A1', 6, 'x') + cell('B1', 3, 'B¾c') + cell('C1', 3, 'Giang ¬') + cell('D1', 5, 'Sôû'));
    expect(result.diagnostics).toHaveLength(1);
    const [d] = result.diagnostics;
    expect(d).toMatchObject({ code: 'WORKBOOK_LEGACY_ENCODING', severity: 'warning', location: { file: 'f.xlsx', sheet: 'Nhiệm vụ', cell: 'B1' } });
    expect(d!.args).toEqual({ font: '.VnTime', encoding: 'TCVN3', count: 3 });
    expect(formatMessage(d!, 'vi')).toBe(
      'Có 3 ô gõ bằng phông chữ mã cũ (ô này: .VnTime, bảng mã TCVN3); nội dung đã được chuyển sang Unicode, nên đối chiếu lại với bản gốc.',
    );
  });

  it('decodes the runs of a shared string typed in a legacy font (pasted from an old Word document), each by its own font', () => {
    const runs =
      '<r><rPr><b/><rFont val=".VnTime"/></rPr><t>Së Y tÕ</t></r>' +
      '<r><rPr><rFont val="Times New Roman"/></rPr><t xml:space="preserve"> và Sở Nội vụ, </t></r>' +
      '<r><rPr><rFont val="VNI-Times"/></rPr><t>ngöôøi lao ñoäng</t></r>';
    const { text, result } = read('<c r="A1" s="0" t="s"><v>0</v></c><c r="B1" s="3" t="s"><v>0</v></c>', { sharedStrings: [runs] });
    expect(text('A1')).toBe('Sở Y tế và Sở Nội vụ, người lao động');
    // A cell in a legacy font showing it is not decoded a second time.
    expect(text('B1')).toBe('Sở Y tế và Sở Nội vụ, người lao động');
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ code: 'WORKBOOK_LEGACY_ENCODING', location: { cell: 'A1' }, args: { font: '.VnTime', count: 2 } });
  });
});
