import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { computeConsolidation } from '../../../src/core/consolidation/compute-consolidation.js';
import type { ConsolidatedReport, IndicatorRow } from '../../../src/core/consolidation/consolidated-report.js';
import { IndicatorHistorySchema, type IndicatorHistory } from '../../../src/core/consolidation/indicator-history.js';
import type { Block, ReportDocument, Table } from '../../../src/core/report-document/report-document.js';
import { DEFAULT_REPORT_SETTINGS } from '../../../src/core/report-document/report-settings.js';
import { writeConsolidatedWorkbook } from '../../../src/io/report/write-consolidated-workbook.js';
import { renderConsolidationText } from '../../../src/render/consolidation-text.js';
import { buildReportDocument } from '../../../src/render/report-document/build-report-document.js';
import { formatViNumber } from '../../../src/render/report-document/vi-words.js';
import { indicatorForms2024, indicatorForms2025, makePlan } from '../../core/consolidation/fixtures.js';
import { findCells, readBack, smallReport, tempDir } from '../../io/report/report-fixture.js';

const NBSP = '\u00a0';

function paragraphs(b: Block): string[] {
  if (b.kind === 'paragraph') return [b.runs.map((r) => r.text).join('')];
  if (b.kind === 'table') return b.rows.flatMap((row) => row.flatMap((c) => c.paragraphs.map((p) => p.runs.map((r) => r.text).join(''))));
  return [];
}

function bodyText(doc: ReportDocument): string {
  return doc.sections[0]!.blocks.flatMap(paragraphs).join('\n').replaceAll(NBSP, ' ');
}

/** Section III's table (the first table after its heading), each row as its cells' texts. */
function indicatorTableRows(doc: ReportDocument): string[][] {
  const blocks = doc.sections[0]!.blocks;
  const heading = blocks.findIndex((b) => b.kind === 'paragraph' && paragraphs(b)[0]!.startsWith('III.'));
  const table = blocks.slice(heading).find((b): b is Table => b.kind === 'table')!;
  return table.rows.map((row) => row.map((c) => c.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join(' ').replaceAll(NBSP, ' ')));
}

/** An indicator's row of that table, and the row under it (its cumulative row, from the base year + 2). */
function rowsOf(doc: ReportDocument, name: string): [string[], string[]] {
  const rows = indicatorTableRows(doc);
  const at = rows.findIndex((r) => r[0]!.startsWith(name));
  return [rows[at]!, rows[at + 1]!];
}

/** A cell as LibreOffice or Excel displays it under one of the workbook's change formats ('+0.00"%";-0.00"%";…'). */
function displayed(cell: ExcelJS.Cell): string {
  const decimals = /0\.(0+)/.exec(cell.numFmt)?.[1]?.length ?? 0;
  const v = Number(cell.value);
  return `${v > 0 ? '+' : ''}${formatViNumber(v, decimals)} %`;
}

function withIndicators(rows: IndicatorRow[]): ConsolidatedReport {
  return { ...smallReport(), indicators: rows };
}

/** A rate row of the small report with the given change and verdict against a yearly target from 2024 (the base year + 1). */
function row(name: string, changePercent: number, target: IndicatorRow['target'], met: boolean | null): IndicatorRow {
  const base = smallReport().indicators[0]!;
  return { ...base, name, changePercent, target, met, cumulative: { fromYear: 2024, changePercent, targetPercent: target.direction === 'decrease' ? -target.percentPerYear : target.percentPerYear, met }, flags: [] };
}

const decrease4 = { direction: 'decrease', percentPerYear: 4, baseYear: 2024 } as const;
const increase5 = { direction: 'increase', percentPerYear: 5, baseYear: 2024 } as const;

describe('the .docx, the workbook and the terminal summary print the same change beside the same verdict', () => {
  // The demo's three changes (npm start, JSON), and the borderline ones of docs/written-report.md.
  const cases: [IndicatorRow, string][] = [
    [row('Demo tần suất', -9.166666666666679, decrease4, true), '−9,2 %'],
    [row('Demo số người được khám', 5.7721829904820385, increase5, true), '+5,8 %'],
    [row('Demo số cơ sở quan trắc', 4.353835521769177, increase5, false), '+4,4 %'],
    [row('Sát ngưỡng giảm', -3.996, decrease4, false), '−3,996 %'],
    [row('Sát ngưỡng, chưa đánh giá', -3.996, decrease4, null), '−3,996 %'],
    [row('Sát ngưỡng tăng', 4.96, increase5, false), '+4,96 %'],
    [row('Vừa đạt', -4.04, decrease4, true), '−4,0 %'],
  ];
  const report = withIndicators(cases.map(([r]) => r));

  it('in the .docx table and sentence', () => {
    const doc = buildReportDocument(report, DEFAULT_REPORT_SETTINGS);
    const table = indicatorTableRows(doc);
    const text = bodyText(doc);
    for (const [r, printed] of cases) {
      expect(table.find((cells) => cells[0]!.startsWith(r.name))![3], r.name).toBe(printed);
      expect(text).toContain(`${r.name} năm 2025: `);
      expect(text, r.name).toMatch(new RegExp(`${r.name} năm 2025: [^\\n]*thay đổi ${printed.replace('+', '\\+')} so với mục tiêu`));
    }
  });

  it('in the terminal summary', () => {
    const lines = renderConsolidationText(report).split('\n');
    for (const [r, printed] of cases) expect(lines.find((l) => l.includes(`${r.name}:`)), r.name).toContain(`thay đổi ${printed} (mục tiêu`);
  });

  it('in the workbook, as displayed under its number format', async () => {
    const path = join(await tempDir(), 'bao-cao.xlsx');
    await writeConsolidatedWorkbook(report, path);
    const sheet = (await readBack(path)).getWorksheet('Chỉ tiêu')!;
    const header = findCells(sheet, 'Thay đổi 2025 so với 2024')[0]!;
    for (const [r, printed] of cases) {
      // The indicator's row of the verdicts table: the first under that table's header (the values table is above it).
      const at = findCells(sheet, r.name).find((c) => Number(c.row) > Number(header.row))!;
      expect(displayed(sheet.getCell(Number(at.row), Number(header.col))), r.name).toBe(printed);
    }
  });
});

// The core fixtures' plan: base year 2023, so 2025 is the base year + 2 and the cumulative change is a comparison of its own.
const plan = makePlan();
const y2024 = indicatorForms2024();
const y2025 = indicatorForms2025();

function consolidated(deaths2023: number): ConsolidatedReport {
  const history = { years: { 2023: { chet: deaths2023, 'lao-dong': 200000, 'kham-bnn': 140 } } };
  return computeConsolidation({
    plan, year: 2025, asOf: '2025-12-28', files: y2025, previousFiles: y2024, receipts: [],
    history: IndicatorHistorySchema.parse(history) as IndicatorHistory,
  });
}

describe('every verdict is stated beside the threshold that decided it', () => {
  it('base year + 1: one comparison, against the yearly target, said once (no cumulative row or sentence)', () => {
    const doc = buildReportDocument(smallReport(), DEFAULT_REPORT_SETTINGS);
    const text = bodyText(doc);
    expect(text).toContain('năm 2024: 3,20; thay đổi −9,4 % so với mục tiêu giảm ít nhất 4 %/năm — đạt mục tiêu.');
    expect(text).not.toContain('năm gốc');
    expect(text).not.toContain('lũy kế');
    expect(indicatorTableRows(doc)).toHaveLength(3);
  });

  // Rate 2023 = 20/200.000 × 100.000 = 10; 2024 = 9; 2025 = 8,5: −5,56 % on the year (met, ≤ −4 %), −15 % from 2023
  // against the compounded 0,96² − 1 = −7,84 % (met).
  it('base year + 2, both met: the yearly change against −4 %/năm, the cumulative against −7,84 %, each with its verdict', () => {
    const report = consolidated(20);
    const doc = buildReportDocument(report, DEFAULT_REPORT_SETTINGS);
    const text = bodyText(doc);
    expect(text).toContain(
      'Tần suất TNLĐ chết người năm 2025: 8,50 người chết/100.000 lao động; năm 2024: 9,00; thay đổi −5,6 % so với mục tiêu giảm ít nhất 4 %/năm — đạt mục tiêu năm.' +
        ' So với năm gốc 2023 (10,00): thay đổi −15,0 % so với mục tiêu lũy kế giảm ít nhất 7,84 % — đạt mục tiêu lũy kế.',
    );
    const [yearly, cumulative] = rowsOf(doc, 'Tần suất TNLĐ chết người');
    expect(yearly.slice(1, 6)).toEqual(['9,00', '8,50', '−5,6 %', 'Giảm ít nhất 4 %/năm', 'Đạt']);
    expect(cumulative.slice(0, 6)).toEqual(['Lũy kế so với năm gốc 2023', 'Năm 2023: 10,00', '8,50', '−15,0 %', 'Giảm ít nhất 7,84 % (lũy kế)', 'Đạt']);
  });

  // 2023 = 17,5/200.000 × 100.000 = 8,75: the year is met (−5,56 %) but the path from 2023 is not: 8,5/8,75 − 1 = −2,86 %,
  // short of −7,84 %. The yearly target alone would have called it "đạt".
  it('base year + 2, the year met but the cumulative path missed: says both, and lists the miss under IV', () => {
    const report = consolidated(17.5);
    const rate = report.indicators[0]!;
    expect(rate.met).toBe(true);
    expect(rate.cumulative!.met).toBe(false);
    const doc = buildReportDocument(report, DEFAULT_REPORT_SETTINGS);
    const text = bodyText(doc);
    expect(text).toContain('— đạt mục tiêu năm. So với năm gốc 2023 (8,75): thay đổi −2,9 % so với mục tiêu lũy kế giảm ít nhất 7,84 % — không đạt mục tiêu lũy kế.');
    const [yearly, cumulative] = rowsOf(doc, 'Tần suất TNLĐ chết người');
    expect(yearly[5]).toBe('Đạt');
    expect(cumulative.slice(3, 6)).toEqual(['−2,9 %', 'Giảm ít nhất 7,84 % (lũy kế)', 'Không đạt']);
    expect(text).toContain('- Tần suất TNLĐ chết người: không đạt mục tiêu lũy kế (so với năm gốc 2023: thay đổi −2,9 %, mục tiêu lũy kế giảm ít nhất 7,84 %).');
  });

  // Exams: 2023 140, 2024 150, 2025 160 from Sở A only — Sở B owes the figure: partial, no verdict either way,
  // though +6,67 % and +14,29 % would meet +5 % and +10,25 %.
  it('a withheld verdict: "chưa đánh giá được" for the year and the cumulative, with the reason', () => {
    const report = consolidated(20);
    const doc = buildReportDocument(report, DEFAULT_REPORT_SETTINGS);
    const text = bodyText(doc);
    expect(text).toContain(
      'Số người được khám BNN năm 2025: 160 người; năm 2024: 150; thay đổi +6,7 % so với mục tiêu tăng ít nhất 5 %/năm — chưa đánh giá được vì còn thiếu số liệu "Số người được khám" (Sở B, 2025): giá trị của tỉnh chưa đầy đủ nên chưa đánh giá được.' +
        ' So với năm gốc 2023 (140): thay đổi +14,3 % so với mục tiêu lũy kế tăng ít nhất 10,25 % — chưa đánh giá được.',
    );
    const [yearly, cumulative] = rowsOf(doc, 'Số người được khám BNN');
    expect(yearly[5]).toBe('Chưa đánh giá được');
    expect(cumulative.slice(3, 6)).toEqual(['+14,3 %', 'Tăng ít nhất 10,25 % (lũy kế)', 'Chưa đánh giá được']);
  });
});
