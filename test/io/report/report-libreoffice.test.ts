import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeConsolidatedWorkbook } from '../../../src/io/report/write-consolidated-workbook.js';
import { convertWithLibreOffice, findSoffice } from '../../helpers/libreoffice.js';
import { smallReport, tempDir } from './report-fixture.js';

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(!findSoffice() || !hasPdftotext())('consolidated workbook in LibreOffice', () => {
  it('prints to PDF with the heading, vi-VN numbers and no ##### cells', async () => {
    const dir = await tempDir();
    const xlsx = join(dir, 'bao-cao-tong-hop-2025.xlsx');
    await writeConsolidatedWorkbook(smallReport(), xlsx);
    const [pdf] = await convertWithLibreOffice([xlsx], 'pdf', dir);
    const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf!, '-'], { encoding: 'utf8' });
    expect(first).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(first).toContain('Bắc Ninh, ngày 28 tháng 12 năm 2025');
    expect(first).toMatch(/3,20\s+2,90\s+-9,4%/);
    expect(first).toContain('12.000');
    expect(first).toContain('50,0%');
    const all = execFileSync('pdftotext', ['-layout', pdf!, '-'], { encoding: 'utf8' });
    expect(all).not.toContain('###');
    expect(all).toContain('23/12/2025');
  }, 120_000);
});
