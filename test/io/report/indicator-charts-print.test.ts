/**
 * The indicators sheet as printed: its charts start a page under their title
 * and none is cut by a page break, down (manual row breaks, rows of a known
 * height) or across (the chart spans only the columns one page holds). Read
 * from the written file's XML: <rowBreaks>, the rows' heights, the drawing's
 * anchors, the page setup's scale and the columns' widths.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ConsolidatedReport } from '../../../src/core/consolidation/consolidated-report.js';
import { DEFAULT_LIMITS } from '../../../src/io/xlsx/read-limits.js';
import { readZipDirectory } from '../../../src/io/xlsx/zip-directory.js';
import { extractEntry } from '../../../src/io/xlsx/zip-entry.js';
import { writeConsolidatedWorkbook } from '../../../src/io/report/write-consolidated-workbook.js';
import { findCells, readBack, smallReport, tempDir } from './report-fixture.js';

interface Anchor {
  fromCol: number;
  fromRow: number;
  toCol: number;
  toRow: number;
}

interface PrintedSheet {
  pageStarts: number[];
  heights: Map<number, number>;
  anchors: Anchor[];
  scale: number;
  widths: number[];
  titleRow: number;
  headerHeight: number;
}

async function printed(report: ConsolidatedReport): Promise<PrintedSheet> {
  const path = join(await tempDir(), 'bao-cao.xlsx');
  await writeConsolidatedWorkbook(report, path);
  const bytes = await readFile(path);
  const entries = readZipDirectory(bytes, 'a.xlsx', DEFAULT_LIMITS);
  const read = (name: string): string => extractEntry(bytes, entries.get(name.toLowerCase())!, 'a.xlsx').toString('utf8');
  const names = [...read('xl/workbook.xml').matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
  const sheet = read(`xl/worksheets/sheet${names.indexOf('Chỉ tiêu') + 1}.xml`);
  const pageStarts = [...sheet.matchAll(/<brk id="(\d+)"[^>]*man="1"\/>/g)].map((m) => Number(m[1]) + 1);
  const heights = new Map([...sheet.matchAll(/<row r="(\d+)"[^>]*? ht="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]));
  const anchors = [...read('xl/drawings/drawing1.xml').matchAll(/<xdr:from><xdr:col>(\d+)<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>(\d+)<\/xdr:row>.*?<xdr:to><xdr:col>(\d+)<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>(\d+)<\/xdr:row>/g)].map(
    (m) => ({ fromCol: Number(m[1]), fromRow: Number(m[2]), toCol: Number(m[3]), toRow: Number(m[4]) }),
  );
  const scale = Number(/<pageSetup[^>]* scale="(\d+)"/.exec(sheet)![1]);
  const widths: number[] = [];
  for (const m of sheet.matchAll(/<col min="(\d+)" max="(\d+)" width="([\d.]+)"/g)) for (let c = Number(m[1]); c <= Number(m[2]); c++) widths[c - 1] = Number(m[3]);
  const workbook = await readBack(path);
  const titleRow = Number(findCells(workbook.getWorksheet('Chỉ tiêu')!, 'BIỂU ĐỒ CÁC CHỈ TIÊU QUA CÁC NĂM VÀ LỘ TRÌNH MỤC TIÊU')[0]!.row);
  // This sheet's print titles (localSheetId is its zero-based position), if it has any.
  const titles = new RegExp(`<definedName name="_xlnm.Print_Titles" localSheetId="${names.indexOf('Chỉ tiêu')}">[^<]*?\\$(\\d+):\\$\\d+<`);
  const printTitle = Number(titles.exec(read('xl/workbook.xml'))?.[1] ?? 0);
  return { pageStarts, heights, anchors, scale, widths, titleRow, headerHeight: printTitle ? heights.get(printTitle) ?? 15 : 0 };
}

// A4 landscape inside the sheet's margins (left 0,5", right 0,4", top and bottom 0,6"), in row points and column pixels.
const PAGE_HEIGHT_PT = (8.27 - 1.2) * 72;
const PAGE_WIDTH_PX = (11.69 - 0.9) * 96;

describe('the indicators sheet prints each chart whole', () => {
  let sheet: PrintedSheet;
  beforeAll(async () => {
    sheet = await printed(smallReport());
  });

  it('starts the charts on a new page, under their title', () => {
    expect(sheet.headerHeight).toBe(0); // stacked tables: no header row is repeated on the pages
    expect(sheet.anchors).toHaveLength(2);
    expect(sheet.pageStarts).toContain(sheet.titleRow);
    expect(sheet.anchors[0]!.fromRow).toBe(sheet.titleRow); // zero-based: the row under the title
  });

  it('puts no page break inside a chart, and each fits the page it starts on', () => {
    for (const a of sheet.anchors) {
      const first = a.fromRow + 1;
      const last = a.toRow; // zero-based bottom edge at the top of row toRow + 1
      expect(sheet.pageStarts.filter((s) => s > first && s <= last), `chart ${first}–${last}`).toEqual([]);
      const pageStart = sheet.pageStarts.filter((s) => s <= first).reduce((a, b) => (b > a ? b : a), 0);
      let used = sheet.headerHeight;
      for (let r = pageStart; r <= last; r++) {
        expect(sheet.heights.get(r), `row ${r} has an explicit height`).toBeDefined();
        used += sheet.heights.get(r)!;
      }
      expect(used, `rows ${pageStart}–${last}`).toBeLessThanOrEqual((PAGE_HEIGHT_PT * 100) / sheet.scale);
    }
  });

  it('spans only the columns the first printed page holds across', () => {
    let px = 0;
    for (const a of sheet.anchors) {
      expect(a.fromCol).toBe(0);
      px = 0;
      for (let c = 0; c < a.toCol; c++) px += sheet.widths[c]! * 9.3 + 5;
      expect(px).toBeLessThanOrEqual((PAGE_WIDTH_PX * 100) / sheet.scale);
      expect(a.toCol).toBeGreaterThanOrEqual(3);
    }
  });
});
