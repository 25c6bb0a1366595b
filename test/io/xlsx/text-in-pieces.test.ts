/**
 * Hostile shapes that stay under the zip guards (issue 12): text split into
 * pieces by empty comments, strings of many runs, long defined names, a part
 * listed as two sheets, a sheet past its cell limit, one time budget for two
 * reads. Values must be what the unsplit text gives; limits give their
 * diagnostics. The large versions are in test/e2e/hostile-attacks.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { Deadline, readWorkbookBytes, type ReadOptions } from '../../../src/io/xlsx/read-workbook.js';
import { type WorkbookSpec, buildWorkbook, workbookParts, zipParts } from './xlsx-builder.js';

const split = (text: string): string => [...text].join('<!---->');

function read(spec: WorkbookSpec, options: ReadOptions = {}) {
  const result = readWorkbookBytes(buildWorkbook(spec), 't.xlsx', options);
  const codes = result.diagnostics.map((d) => [d.code, d.location?.sheet, d.location?.cell, d.args.length ?? d.args.limit]);
  return { result, codes, sheet: (i = 0) => result.grid!.sheets[i]! };
}

const row = (cells: string): WorkbookSpec['sheets'] => [{ name: 'S', xml: `<row r="1">${cells}</row>` }];

describe('text split into pieces is joined as it comes', () => {
  it('values, formulas and inline text read as the unsplit text, references and line ends decoded', () => {
    const { sheet, codes } = read({
      sheets: row(
        `<c r="A1"><v>${split('12345')}</v></c>` +
        `<c r="B1" t="str"><v>${split('Báo')}<!---->&amp;<!----> cáo&#13;\r\nx</v></c>` +
        `<c r="C1"><f>${split('SUM(A1:A9)')}</f><v>3</v></c>`,
      ),
    });
    expect(codes).toEqual([]);
    expect(sheet().cells.get('A1')?.value).toEqual({ kind: 'number', value: 12345 });
    expect(sheet().cells.get('B1')?.value).toEqual({ kind: 'text', text: 'Báo& cáo\r\nx' });
    expect(sheet().cells.get('C1')?.formula).toBe('SUM(A1:A9)');
  });

  it('a value or a formula past the cell limit in pieces is measured, dropped and reported with its length', () => {
    const { sheet, codes } = read(
      { sheets: row(`<c r="A1" t="str"><v>${split('x'.repeat(400))}</v></c><c r="B1"><f>${split('1+'.repeat(200))}1</f></c><c r="C1"><v>7</v></c>`) },
      { limits: { maxCellChars: 100 } },
    );
    expect(codes).toEqual([
      ['WORKBOOK_CELL_TOO_LONG', 'S', 'A1', 400],
      ['WORKBOOK_CELL_TOO_LONG', 'S', 'B1', 401],
    ]);
    expect([...sheet().cells.keys()]).toEqual(['C1']);
  });

  it('a shared string of many pieces or runs is decoded while scanned; the strings after it keep their indexes', () => {
    const many = split('Báo cáo năm 2025 của Sở Y tế, '.repeat(4));
    const runs = [...'Hoàn thành nhiệm vụ được giao'].map((ch) => `<r><t xml:space="preserve">${ch}</t></r>`).join('');
    const { sheet, codes } = read({
      sharedStrings: [`<t>${many}</t>`, runs, '<t>ngắn</t>', `<t>${split('x'.repeat(400))}</t>`, '<t>cuối</t>'],
      sheets: row('<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c>'),
    }, { limits: { maxCellChars: 200 } });
    expect(codes).toEqual([['WORKBOOK_CELL_TOO_LONG', 'S', 'D1', 400]]);
    expect(sheet().cells.get('A1')?.value).toEqual({ kind: 'text', text: 'Báo cáo năm 2025 của Sở Y tế, '.repeat(4) });
    expect(sheet().cells.get('B1')?.value).toEqual({ kind: 'text', text: 'Hoàn thành nhiệm vụ được giao' });
    expect(sheet().cells.get('C1')?.value).toEqual({ kind: 'text', text: 'ngắn' });
    expect(sheet().cells.get('E1')?.value).toEqual({ kind: 'text', text: 'cuối' });
  });

  it('runs of a many-run string in a legacy font are still decoded and counted', () => {
    const runs = Array.from({ length: 70 }, () => '<r><rPr><rFont val=".VnTime"/></rPr><t xml:space="preserve">Së Y tÕ </t></r>').join('');
    const { sheet, result } = read({ sharedStrings: [runs], sheets: row('<c r="A1" t="s"><v>0</v></c>') });
    expect(sheet().cells.get('A1')?.value).toEqual({ kind: 'text', text: 'Sở Y tế '.repeat(70) });
    expect(result.diagnostics.map((d) => [d.code, d.args.font])).toEqual([['WORKBOOK_LEGACY_ENCODING', '.VnTime']]);
  });

  it('a defined name in pieces is joined; past the limit it is dropped with WORKBOOK_NAME_TOO_LONG', () => {
    const { result } = read(
      {
        sheets: row('<c r="A1"><v>1</v></c>'),
        definedNames: `<definedName name="ds">${split('S!$A$1:$A$9')}</definedName><definedName name="dai">${split('x'.repeat(300))}</definedName>`,
      },
      { limits: { maxCellChars: 100 } },
    );
    expect(result.grid?.definedNames).toEqual(new Map([['ds', 'S!$A$1:$A$9']]));
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.args])).toEqual([
      ['WORKBOOK_NAME_TOO_LONG', 'warning', { name: 'dai', length: 300, limit: 100 }],
    ]);
  });
});

describe('parts and sheets', () => {
  it('a part listed as two sheets is read once: both sheets share its cells, its diagnostics come once', () => {
    const parts = workbookParts({ sheets: [{ name: 'A', xml: '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>x</v></c></row>' }, { name: 'B', xml: '' }] });
    // The second sheet's relationship points at the first sheet's part.
    const twice = parts.map((p) => (p.name.endsWith('workbook.xml.rels') ? { ...p, data: String(p.data).replace('sheet2.xml"', 'sheet1.xml"') } : p));
    const result = readWorkbookBytes(zipParts(twice), 't.xlsx');
    const [a, b] = result.grid!.sheets;
    expect([a!.name, b!.name]).toEqual(['A', 'B']);
    expect(b!.cells).toBe(a!.cells);
    expect(result.diagnostics.map((d) => [d.code, d.location?.sheet])).toEqual([['WORKBOOK_BAD_CELL', 'A']]);
  });

  it('a sheet past the cell limit its caller gives keeps the cells before and reports the first one past', () => {
    const xml = Array.from({ length: 5 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c><c r="B${r + 1}" s="0"/><c r="C${r + 1}"><v>1</v></c></row>`).join('');
    const { sheet, codes, result } = read(
      { sheets: [{ name: 'Bìa', xml }, { name: 'Other', xml }] },
      { sheetCellLimit: (name) => (name === 'Bìa' ? 7 : Number.POSITIVE_INFINITY) },
    );
    expect(codes).toEqual([['WORKBOOK_TOO_MANY_CELLS', 'Bìa', 'C4', 7]]);
    expect(result.diagnostics[0]?.args).toEqual({ limit: 7, sheet: 'Bìa' });
    expect(sheet(0).cells.size).toBe(7);
    expect(sheet(1).cells.size).toBe(10);
  });

  it('the sheet filter is told each sheet\'s visibility', () => {
    const seen: string[] = [];
    read(
      { sheets: [{ name: 'A', xml: '' }, { name: 'B', xml: '', state: 'hidden' }, { name: 'C', xml: '', state: 'veryHidden' }] },
      { sheetFilter: (name, state) => (seen.push(`${name}:${state}`), true) },
    );
    expect(seen).toEqual(['A:visible', 'B:hidden', 'C:veryHidden']);
  });

  it('a time budget shared by two reads is not renewed by the second', () => {
    const spent = new Deadline(-1, 't.xlsx');
    const { result } = read({ sheets: row('<c r="A1"><v>1</v></c>') }, { deadline: spent });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['WORKBOOK_TIMEOUT']);
  });
});
