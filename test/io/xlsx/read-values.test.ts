import { describe, expect, it } from 'vitest';
import type { CellValue, SheetGrid } from '../../../src/core/workbook/cell-grid.js';
import { type ReadOptions, readWorkbookBytes } from '../../../src/io/xlsx/read-workbook.js';
import { type WorkbookSpec, buildWorkbook } from './xlsx-builder.js';

function read(spec: WorkbookSpec, options?: ReadOptions) {
  return readWorkbookBytes(buildWorkbook(spec), 'test.xlsx', options);
}

function firstSheet(spec: WorkbookSpec): SheetGrid {
  const result = read(spec);
  expect(result.diagnostics).toEqual([]);
  const sheet = result.grid?.sheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

const value = (sheet: SheetGrid, ref: string): CellValue | null | undefined => sheet.cells.get(ref)?.value;
const NFD = 'Hoà Bình'.normalize('NFD');

describe('cell values', () => {
  it('reads shared strings, joining rich-text runs and skipping phonetic guides', () => {
    const sheet = firstSheet({
      sharedStrings: ['<t>Báo cáo</t>', '<r><rPr><b/></rPr><t xml:space="preserve">Xin </t></r><r><t>chào</t></r><rPh sb="0" eb="1"><t>フリ</t></rPh>', `<t>${NFD}</t>`, '<t>a_x000D_b_x005F_x0041_</t>'],
      sheets: [{ name: 'S', xml: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>' }],
    });
    expect(value(sheet, 'A1')).toEqual({ kind: 'text', text: 'Báo cáo' });
    expect(value(sheet, 'B1')).toEqual({ kind: 'text', text: 'Xin chào' });
    expect(value(sheet, 'C1')).toEqual({ kind: 'text', text: 'Hoà Bình'.normalize('NFC') });
    expect(value(sheet, 'D1')).toEqual({ kind: 'text', text: 'a\rb_x0041_' });
  });

  it('reads inline strings (rich runs too), numbers, booleans and errors', () => {
    const sheet = firstSheet({
      sheets: [{
        name: 'S',
        xml: '<row r="1">' +
          `<c r="A1" t="inlineStr"><is><r><t>Xin </t></r><r><t>chào ${NFD}</t></r></is></c>` +
          '<c r="B1"><v>-12.5</v></c><c r="C1" t="n"><v>1e3</v></c>' +
          '<c r="D1" t="b"><v>1</v></c><c r="E1" t="b"><v>0</v></c>' +
          '<c r="F1" t="e"><v>#DIV/0!</v></c><c r="G1" t="str"><f>A1</f><v>x</v></c>' +
          '<c r="H1" s="1"/></row>',
      }],
    });
    expect(value(sheet, 'A1')).toEqual({ kind: 'text', text: `Xin chào ${'Hoà Bình'.normalize('NFC')}` });
    expect(value(sheet, 'B1')).toEqual({ kind: 'number', value: -12.5 });
    expect(value(sheet, 'C1')).toEqual({ kind: 'number', value: 1000 });
    expect(value(sheet, 'D1')).toEqual({ kind: 'boolean', value: true });
    expect(value(sheet, 'E1')).toEqual({ kind: 'boolean', value: false });
    expect(value(sheet, 'F1')).toEqual({ kind: 'error', text: '#DIV/0!' });
    expect(sheet.cells.get('G1')).toEqual({ ref: 'G1', row: 1, col: 7, value: { kind: 'text', text: 'x' }, formula: 'A1' });
    // A styled but empty cell holds nothing.
    expect(sheet.cells.has('H1')).toBe(false);
    expect([sheet.maxRow, sheet.maxCol]).toEqual([1, 7]);
  });

  it.each([
    [false, '45366', '2024-03-15'],
    [false, '45366.75', '2024-03-15'],
    [false, '61', '1900-03-01'],
    [false, '60', '1900-02-29'],
    [false, '59', '1900-02-28'],
    [false, '1', '1900-01-01'],
    [true, '43904', '2024-03-15'],
    [true, '0', '1904-01-01'],
  ])('date1904=%s: serial %s in a date format is %s', (date1904, serial, iso) => {
    const sheet = firstSheet({
      date1904,
      sheets: [{ name: 'S', xml: `<row r="1"><c r="A1" s="1"><v>${serial}</v></c><c r="B1" s="2"><v>${serial}</v></c><c r="C1"><v>${serial}</v></c></row>` }],
    });
    expect(value(sheet, 'A1')).toEqual({ kind: 'date', iso, serial: Number(serial) });
    expect(value(sheet, 'B1')).toEqual({ kind: 'date', iso, serial: Number(serial) });
    expect(value(sheet, 'C1')).toEqual({ kind: 'number', value: Number(serial) });
  });

  it('recognises custom date codes but not quoted letters or colours', () => {
    const sheet = firstSheet({
      customFormats: ['[$-42A]d mmmm yyyy', '#,##0 "ngày"', '[Red]0.00', 'h:mm AM/PM'],
      sheets: [{ name: 'S', xml: '<row r="1"><c r="A1" s="3"><v>45366</v></c><c r="B1" s="4"><v>45366</v></c><c r="C1" s="5"><v>45366</v></c><c r="D1" s="6"><v>45366.5</v></c></row>' }],
    });
    expect(value(sheet, 'A1')).toMatchObject({ kind: 'date', iso: '2024-03-15' });
    expect(value(sheet, 'B1')).toEqual({ kind: 'number', value: 45366 });
    expect(value(sheet, 'C1')).toEqual({ kind: 'number', value: 45366 });
    expect(value(sheet, 'D1')).toMatchObject({ kind: 'date', iso: '2024-03-15' });
  });

  it('shared-formula children carry their master formula text and cached value', () => {
    const sheet = firstSheet({
      sheets: [{ name: 'S', xml: '<row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">B1*2</f><v>4</v></c></row><row r="2"><c r="A2"><f t="shared" si="0"/><v>6</v></c></row>' }],
    });
    expect(sheet.cells.get('A2')).toMatchObject({ formula: 'B1*2', value: { kind: 'number', value: 6 } });
  });

  it('accepts prefixed spreadsheetml elements', () => {
    const xml = '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="3"><x:c r="B3"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    const sheet = firstSheet({ sheets: [{ name: 'S', xml }] });
    expect(value(sheet, 'B3')).toEqual({ kind: 'number', value: 7 });
  });

  it('reports a shared-string index that does not exist, at its cell, and goes on', () => {
    const result = read({ sharedStrings: ['<t>a</t>'], sheets: [{ name: 'S', xml: '<row r="1"><c r="A1" t="s"><v>5</v></c><c r="B1" t="s"><v>0</v></c></row>' }] });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.location?.sheet, d.location?.cell])).toEqual([['WORKBOOK_BAD_CELL', 'warning', 'S', 'A1']]);
    expect(result.grid?.sheets[0]?.cells.get('B1')?.value).toEqual({ kind: 'text', text: 'a' });
  });

  it('drops an inline string over maxCellChars with its location', () => {
    const result = read({ sheets: [{ name: 'S', xml: `<row r="2"><c r="C2" t="inlineStr"><is><t>${'x'.repeat(101)}</t></is></c></row>` }] }, { limits: { maxCellChars: 100 } });
    expect(result.diagnostics.map((d) => [d.code, d.location?.cell, d.args.length])).toEqual([['WORKBOOK_CELL_TOO_LONG', 'C2', 101]]);
  });
});

describe('workbook structure', () => {
  const spec: WorkbookSpec = {
    sheets: [
      { name: `Báo cáo ${NFD}`, xml: '<row r="1"><c r="A1"><v>1</v></c></row>' },
      { name: 'Ẩn', xml: '<row r="1"><c r="A1"><v>2</v></c></row>', state: 'hidden' },
      { name: 'Danh mục', xml: '<row r="1"><c r="A1"><v>3</v></c></row>', state: 'veryHidden' },
    ],
    definedNames: '<definedName name="DanhSach">\'Danh mục\'!$A$1:$A$9</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">x</definedName>',
  };

  it('lists sheets in order with NFC names and their visibility, and global defined names', () => {
    const result = read(spec);
    expect(result.grid?.sheets.map((s) => [s.name, s.state, s.cells.size])).toEqual([
      [`Báo cáo ${'Hoà Bình'.normalize('NFC')}`, 'visible', 1],
      ['Ẩn', 'hidden', 1],
      ['Danh mục', 'veryHidden', 1],
    ]);
    expect([...(result.grid?.definedNames ?? [])]).toEqual([['DanhSach', "'Danh mục'!$A$1:$A$9"]]);
  });

  it('sheetFilter reads only the sheets asked for; the others are listed empty', () => {
    const result = read(spec, { sheetFilter: (name) => name === 'Ẩn' });
    expect(result.grid?.sheets.map((s) => s.cells.size)).toEqual([0, 1, 0]);
  });

  it('reports a sheet whose part is missing, and keeps the others', () => {
    const bytes = buildWorkbook({ sheets: [{ name: 'A', xml: '' }, { name: 'B', xml: '' }] });
    const result = readWorkbookBytes(stripPart(bytes, 'xl/worksheets/sheet2.xml'), 'x.xlsx');
    expect(result.diagnostics.map((d) => [d.code, d.location?.sheet])).toEqual([['WORKBOOK_MISSING_PART', 'B']]);
    expect(result.grid?.sheets).toHaveLength(2);
  });

  it('stops at the time budget', () => {
    const result = read(spec, { limits: { timeBudgetMs: -1 } });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['WORKBOOK_TIMEOUT']);
    expect(result.grid).toBeUndefined();
  });

  it('hashes the bytes', () => {
    const bytes = buildWorkbook(spec);
    expect(readWorkbookBytes(bytes, 'a').sha256).toBe(readWorkbookBytes(Buffer.from(bytes), 'b').sha256);
  });
});

/** Renames a part inside the zip (same length) so the workbook points at a part that is not there. */
function stripPart(bytes: Buffer, name: string): Buffer {
  const copy = Buffer.from(bytes);
  const from = Buffer.from(name);
  const to = Buffer.from(name.replace(/\.xml$/, '.xmx'));
  for (let at = copy.indexOf(from); at >= 0; at = copy.indexOf(from, at + 1)) to.copy(copy, at);
  return copy;
}
