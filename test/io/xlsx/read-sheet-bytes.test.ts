/**
 * The sheet reader's fast paths (values read from the bytes) against its
 * string path (entities, split text, unusual numbers): same values, same
 * diagnostics.
 */
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../src/core/diagnostics/format.js';
import type { SheetGrid } from '../../../src/core/workbook/cell-grid.js';
import { decimalFromBytes, indexFromBytes } from '../../../src/io/xlsx/decimal-bytes.js';
import { readWorkbookBytes } from '../../../src/io/xlsx/read-workbook.js';
import { type WorkbookSpec, buildWorkbook, workbookParts, zipParts } from './xlsx-builder.js';

function sheetOf(spec: WorkbookSpec, maxCellChars?: number): { sheet: SheetGrid; codes: unknown[][] } {
  const result = readWorkbookBytes(buildWorkbook(spec), 't.xlsx', maxCellChars ? { limits: { maxCellChars } } : {});
  const sheet = result.grid?.sheets[0];
  if (!sheet) throw new Error(`no sheet: ${JSON.stringify(result.diagnostics)}`);
  return { sheet, codes: result.diagnostics.map((d) => [d.code, d.location?.cell, d.args.reason ?? d.args.length]) };
}

const cells = (sheet: SheetGrid) => [...sheet.cells.values()].map((c) => [c.ref, c.value]);

describe('numbers from bytes', () => {
  it('agree with Number() on every plain form, and step aside for the others', () => {
    const samples = ['0', '-0', '7', '007', '-12.5', '0.1', '0.30000000000000004', '45366.75', '123456789012345', '1234567890123456',
      '99999999999999999999', '1e3', '1E-7', '+5', ' 12 ', '.5', '5.', '-', '', '1.2.3', '0x10', 'Infinity', '3.14159265358979'];
    for (let i = 0; i < 2000; i += 1) samples.push((Math.random() * 10 ** (i % 12) * (i % 2 ? -1 : 1)).toFixed(i % 8));
    for (const text of samples) {
      const bytes = Buffer.from(`x${text}y`);
      const fast = decimalFromBytes(bytes, 1, bytes.length - 1);
      if (!Number.isNaN(fast)) expect(Object.is(fast, Number(text)), text).toBe(true);
    }
    expect(decimalFromBytes(Buffer.from('1e3'), 0, 3)).toBeNaN();
    expect(decimalFromBytes(Buffer.from('1234567890123456'), 0, 16)).toBeNaN();
    expect([indexFromBytes(Buffer.from('042'), 0, 3), indexFromBytes(Buffer.from('4 2'), 0, 3), indexFromBytes(Buffer.from(''), 0, 0)]).toEqual([42, -1, -1]);
  });
});

describe('sheet cells read from the bytes or through strings agree', () => {
  it('numbers in every spelling, in number and date styles', () => {
    const values = ['42', '-0', '007', '0.1', '1e3', ' 12 ', '1234567890123456789', '-45366.5'];
    const xml = `<row r="1">${values.map((v, i) => `<c r="${String.fromCharCode(65 + i)}1"><v>${v}</v></c>`).join('')}</row>` +
      '<row r="2"><c r="A2" s="1"><v>45366</v></c><c r="B2" s="1"><v>4.5366e4</v></c><c r="C2" s="2" t="n"><v>45366.25</v></c></row>';
    const { sheet, codes } = sheetOf({ sheets: [{ name: 'S', xml }] });
    expect(codes).toEqual([]);
    expect(cells(sheet)).toEqual([
      ['A1', { kind: 'number', value: 42 }],
      ['B1', { kind: 'number', value: -0 }],
      ['C1', { kind: 'number', value: 7 }],
      ['D1', { kind: 'number', value: 0.1 }],
      ['E1', { kind: 'number', value: 1000 }],
      ['F1', { kind: 'number', value: 12 }],
      ['G1', { kind: 'number', value: 1234567890123456789 }],
      ['H1', { kind: 'number', value: -45366.5 }],
      ['A2', { kind: 'date', iso: '2024-03-15', serial: 45366 }],
      ['B2', { kind: 'date', iso: '2024-03-15', serial: 45366 }],
      ['C2', { kind: 'date', iso: '2024-03-15', serial: 45366.25 }],
    ]);
  });

  it('values split by comments or CDATA, or written with references, are joined and decoded', () => {
    const xml = '<row r="1">' +
      '<c r="A1"><v>1<!-- c -->2</v></c>' +
      '<c r="B1"><v><![CDATA[34]]></v></c>' +
      '<c r="C1"><v>&#53;6</v></c>' +
      '<c r="&#68;1" t="s"><v>&#49;</v></c>' +
      '<c r="E1" t="inlineStr"><is><t>ab<!-- x -->c&amp;d<![CDATA[<e>]]></t></is></c>' +
      '<c r="F1" t="str"><f>A1&amp;"x"</f><v>12x</v></c>' +
      "<c r='G1' t='b'><v>1</v></c>" +
      '</row>';
    const { sheet, codes } = sheetOf({ sharedStrings: ['<t>zero</t>', '<t>one</t>'], sheets: [{ name: 'S', xml }] });
    expect(codes).toEqual([]);
    expect(cells(sheet)).toEqual([
      ['A1', { kind: 'number', value: 12 }],
      ['B1', { kind: 'number', value: 34 }],
      ['C1', { kind: 'number', value: 56 }],
      ['D1', { kind: 'text', text: 'one' }],
      ['E1', { kind: 'text', text: 'abc&d<e>' }],
      ['F1', { kind: 'text', text: '12x' }],
      ['G1', { kind: 'boolean', value: true }],
    ]);
    expect(sheet.cells.get('F1')?.formula).toBe('A1&"x"');
  });

  it('bad numbers, missing shared strings and bad references are reported at their cells', () => {
    const xml = '<row r="1"><c r="A1"><v>12abc</v></c><c r="B1" t="s"><v>007</v></c><c r="C1" t="s"><v>x</v></c>' +
      '<c r="1A"><v>1</v></c><c r="D1"><v>Infinity</v></c><c r="E1"><v>3</v></c></row>';
    const { sheet, codes } = sheetOf({ sharedStrings: ['<t>a</t>'], sheets: [{ name: 'S', xml }] });
    expect(codes).toEqual([
      ['WORKBOOK_BAD_CELL', 'A1', 'not-a-number'],
      ['WORKBOOK_BAD_CELL', 'B1', 'shared-string-missing'],
      ['WORKBOOK_BAD_CELL', 'C1', 'shared-string-missing'],
      ['WORKBOOK_BAD_CELL', '1A', 'not-a-cell-reference'],
      ['WORKBOOK_BAD_CELL', 'D1', 'not-a-number'],
    ]);
    const result = readWorkbookBytes(buildWorkbook({ sharedStrings: ['<t>a</t>'], sheets: [{ name: 'S', xml }] }), 't.xlsx');
    expect(result.diagnostics.map((d) => formatMessage(d, 'vi'))).toEqual([
      'Ô có nội dung không hợp lệ ("12abc" không phải là số); ô này bị bỏ qua.',
      'Ô có nội dung không hợp lệ (chuỗi dùng chung số 007 không có trong tệp); ô này bị bỏ qua.',
      'Ô có nội dung không hợp lệ (chuỗi dùng chung số x không có trong tệp); ô này bị bỏ qua.',
      'Ô có nội dung không hợp lệ ("1A" không phải địa chỉ ô); ô này bị bỏ qua.',
      'Ô có nội dung không hợp lệ ("Infinity" không phải là số); ô này bị bỏ qua.',
    ]);
    expect(formatMessage(result.diagnostics[0]!, 'en')).toBe('The cell holds invalid content ("12abc" is not a number); the cell was ignored.');
    expect(cells(sheet)).toEqual([['E1', { kind: 'number', value: 3 }]]);
  });

  it('rows and cells without r, self-closing cells and values, prefixed names and odd spacing', () => {
    const xml = '<x:worksheet xmlns:x="m"><x:sheetData>' +
      '<x:row><x:c t="n"><x:v>1</x:v></x:c><x:c/><x:c\n  s = "0"><x:v>3</x:v></x:c></x:row>' +
      '<x:row r="4" ><x:c><x:v/></x:c><x:c><x:f>1+1</x:f></x:c></x:row>' +
      '</x:sheetData></x:worksheet>';
    const { sheet, codes } = sheetOf({ sheets: [{ name: 'S', xml }] });
    expect(codes).toEqual([]);
    expect([...sheet.cells.values()]).toEqual([
      { ref: 'A1', row: 1, col: 1, value: { kind: 'number', value: 1 } },
      { ref: 'C1', row: 1, col: 3, value: { kind: 'number', value: 3 } },
      { ref: 'B4', row: 4, col: 2, value: null, formula: '1+1' },
    ]);
  });

  it('inline rich text skips phonetic runs; long text split by references is measured, not kept', () => {
    const long = `${'a&amp;'.repeat(60)}`;
    const xml = '<row r="1">' +
      '<c r="A1" t="inlineStr"><is><r><t>Xin </t></r><r><t>chào</t></r><rPh sb="0" eb="1"><t>ふり</t></rPh><rPh/></is></c>' +
      `<c r="B1" t="inlineStr"><is><t>${long}</t></is></c>` +
      `<c r="C1" t="inlineStr"><is><t>${'x'.repeat(200)}</t><t>${'y'.repeat(200)}</t></is></c>` +
      '</row>';
    const { sheet, codes } = sheetOf({ sheets: [{ name: 'S', xml }] }, 100);
    expect(codes).toEqual([['WORKBOOK_CELL_TOO_LONG', 'B1', 120], ['WORKBOOK_CELL_TOO_LONG', 'C1', 400]]);
    expect(cells(sheet)).toEqual([['A1', { kind: 'text', text: 'Xin chào' }]]);
  });

  it('a self-closing phonetic run in a shared string does not swallow the text after it', () => {
    const { sheet } = sheetOf({ sharedStrings: ['<r><t>a</t></r><rPh/><r><t>b</t></r>'], sheets: [{ name: 'S', xml: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }] });
    expect(sheet.cells.get('A1')?.value).toEqual({ kind: 'text', text: 'ab' });
  });

  it('malformed XML in any part names that part', () => {
    const broken = (name: string, data: string) => workbookParts({ sharedStrings: ['<t>a</t>'], sheets: [{ name: 'S', xml: '' }] })
      .map((p) => (p.name === name ? { ...p, data } : p));
    for (const [name, data] of [
      ['xl/sharedStrings.xml', '<sst><si><t>a</si></sst>'],
      ['xl/workbook.xml', '<workbook><sheets><sheet name="S" r:id="rId1"/></sheets>'],
      ['xl/styles.xml', '<styleSheet><numFmts><numFmt numFmtId=164 /></numFmts></styleSheet>'],
      ['xl/_rels/workbook.xml.rels', '<Relationships>&bad;</Relationships>'],
      ['[Content_Types].xml', '<Types><Types>'],
      ['xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>\u0001</worksheet>'],
    ] as const) {
      const result = readWorkbookBytes(zipParts(broken(name, data)), 'z.xlsx');
      expect(result.diagnostics.map((d) => [d.code, d.args.part]), name).toEqual([['WORKBOOK_XML_MALFORMED', name]]);
      expect(result.grid).toBeUndefined();
    }
  });
});
