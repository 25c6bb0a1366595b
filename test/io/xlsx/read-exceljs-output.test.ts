import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readWorkbookBytes } from '../../../src/io/xlsx/read-workbook.js';

/** The reader must agree with what exceljs (our writer) puts in a workbook. */
async function exceljsWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Nhiệm vụ');
  ws.getCell('A1').value = 'Tuyên truyền, huấn luyện an toàn vệ sinh lao động';
  ws.getCell('B1').value = 'Hoà'.normalize('NFD');
  ws.getCell('A2').value = 42;
  ws.getCell('B2').value = 3.25;
  ws.getCell('C2').value = new Date(Date.UTC(2025, 11, 31));
  ws.getCell('C2').numFmt = 'dd/mm/yyyy';
  ws.getCell('D2').value = { formula: 'A2*0', result: 0 };
  ws.getCell('E2').value = { formula: 'A2>100', result: false };
  ws.getCell('F2').value = { formula: 'NOW()' } as ExcelJS.CellFormulaValue;
  ws.getCell('A3').value = true;
  ws.getCell('B3').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
  ws.getCell('C3').value = { richText: [{ text: 'Báo ', font: { bold: true } }, { text: 'cáo' }] };
  const list = wb.addWorksheet('Danh sách', { state: 'veryHidden' });
  list.getCell('A1').value = 'Hoàn thành';
  wb.definedNames.add("'Danh sách'!$A$1:$A$3", 'TrangThai');
  ws.getCell('A4').dataValidation = { type: 'list', allowBlank: true, formulae: ['TrangThai'] };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('reading a workbook written by exceljs', () => {
  it('gives the values exceljs wrote', async () => {
    const result = readWorkbookBytes(await exceljsWorkbook(), 'exceljs.xlsx');
    expect(result.diagnostics).toEqual([]);
    const [tasks, list] = result.grid?.sheets ?? [];
    const values = Object.fromEntries([...(tasks?.cells.values() ?? [])].map((c) => [c.ref, c.formula ? [c.value, c.formula] : c.value]));
    expect(values).toEqual({
      A1: { kind: 'text', text: 'Tuyên truyền, huấn luyện an toàn vệ sinh lao động' },
      B1: { kind: 'text', text: 'Hoà'.normalize('NFC') },
      A2: { kind: 'number', value: 42 },
      B2: { kind: 'number', value: 3.25 },
      C2: { kind: 'date', iso: '2025-12-31', serial: 46022 },
      D2: [{ kind: 'number', value: 0 }, 'A2*0'],
      E2: [{ kind: 'boolean', value: false }, 'A2>100'],
      F2: [null, 'NOW()'],
      A3: { kind: 'boolean', value: true },
      B3: { kind: 'error', text: '#N/A' },
      C3: { kind: 'text', text: 'Báo cáo' },
    });
    expect([list?.name, list?.state, list?.cells.get('A1')?.value]).toEqual(['Danh sách', 'veryHidden', { kind: 'text', text: 'Hoàn thành' }]);
    expect(result.grid?.definedNames.get('TrangThai')).toBe("'Danh sách'!$A$1:$A$3");
  });
});
