import { stat } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateTemplates, type GeneratedTemplate } from '../../../src/app/generate-templates.js';
import { META_KEYS, SHEETS, STATUSES } from '../../../src/core/form/form-layout.js';
import { TASKS_HEADER_ROW } from '../../../src/io/template/tasks-sheet.js';
import { convertWithLibreOffice, findSoffice } from '../../helpers/libreoffice.js';
import { loadTestPlan, readForm, tempDir } from './form-fixtures.js';

const soffice = findSoffice();
if (!soffice) console.warn('LibreOffice (soffice) not found: the LibreOffice tests of the report forms are skipped here; CI installs it.');

describe.skipIf(!soffice)('report forms in LibreOffice', () => {
  let written: GeneratedTemplate[] = [];

  beforeAll(async () => {
    const outDir = await tempDir('lo-forms');
    ({ written } = await generateTemplates({ plan: loadTestPlan(), planHash: 'h', year: 2024, outDir, today: '2024-11-15' }));
  });

  it('every generated form converts headless to a non-empty PDF', async () => {
    expect(written.length).toBeGreaterThan(0);
    const pdfs = await convertWithLibreOffice(written.map((t) => t.path), 'pdf', await tempDir('lo-pdf'));
    for (const pdf of pdfs) expect((await stat(pdf)).size, pdf).toBeGreaterThan(1000);
  }, 240_000);

  it('a form re-saved by LibreOffice keeps its metadata, task ids and status list', async () => {
    const form = written.find((t) => t.agency === 'so-y-te') ?? written[0]!;
    const [resaved] = await convertWithLibreOffice([form.path], 'xlsx', await tempDir('lo-xlsx'));
    const wb = await readForm(resaved!);
    const meta = wb.getWorksheet(SHEETS.meta)!;
    // LibreOffice has no "very hidden": the sheet comes back merely hidden.
    expect(meta.state).not.toBe('visible');
    expect(meta.getCell('A4').value).toBe(META_KEYS.agency);
    expect(meta.getCell('B4').value).toBe(form.agency);
    const tasks = wb.getWorksheet(SHEETS.tasks)!;
    expect(tasks.getCell(TASKS_HEADER_ROW + 1, 1).value).toMatch(/^\d+(\.\d+)+$/);
    expect(tasks.getCell(TASKS_HEADER_ROW + 1, 4).dataValidation?.formulae?.[0]).toBe(`"${STATUSES.map((s) => s.label).join(',')}"`);
  }, 240_000);
});
