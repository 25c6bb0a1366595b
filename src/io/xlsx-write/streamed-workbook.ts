/**
 * An .xlsx written as it is filled, without exceljs: for the national
 * consolidated report, whose ≈450,000 cells took exceljs's streaming writer
 * about a second and a half of the main thread. Sheets are added and
 * committed one after another; each committed row goes straight to XML and
 * into the zip's deflate; `commit` adds the shared strings, styles and the
 * package's fixed parts and returns the archive's bytes. The content (cells,
 * styles, merges, views, print setup, properties) reads back as what
 * exceljs's streaming writer produced for the same calls.
 */
import type { AddWorksheetOptions, WorkbookView } from 'exceljs';
import { appXml, contentTypesXml, coreXml, rootRelsXml, sheetPath, themeXml, workbookRelsXml, workbookXml } from './package-parts.js';
import { SharedStrings } from './shared-strings.js';
import type { SheetBook } from './sheet-api.js';
import { StreamedSheet } from './streamed-sheet.js';
import { StyleRegistry } from './style-registry.js';
import { ZipWriter, type ZipOptions } from './zip-writer.js';
import { chartXml, drawingXml, relsXml } from './line-chart-xml.js';

export class StreamedWorkbook implements SheetBook {
  creator = '';
  lastModifiedBy = '';
  created = new Date(0);
  modified = new Date(0);
  title = '';
  subject = '';
  views: WorkbookView[] = [];
  private readonly sheets: StreamedSheet[] = [];
  private readonly styles = new StyleRegistry();
  private readonly strings = new SharedStrings();
  private readonly zip: ZipWriter;

  constructor(zip: ZipOptions) {
    this.zip = new ZipWriter(zip);
  }

  /** A new sheet; the one before must be committed (a zip entry is written at a time). */
  addWorksheet(name: string, options: Partial<AddWorksheetOptions> = {}): StreamedSheet {
    const previous = this.sheets.at(-1);
    if (previous && !previous.isCommitted) throw new Error(`xlsx-write: commit sheet ${previous.name} before adding ${name}`);
    const index = this.sheets.length;
    const sheet = new StreamedSheet(name, options, { styles: this.styles, strings: this.strings, open: () => this.zip.begin(sheetPath(index)) });
    this.sheets.push(sheet);
    return sheet;
  }

  /** Each sheet's charts: its relationship to a drawing, the drawing, and the charts, numbered across the workbook. */
  private writeCharts(): { drawings: number; charts: number } {
    let drawings = 0;
    let charts = 0;
    this.sheets.forEach((sheet, index) => {
      if (sheet.charts.length === 0) return;
      drawings += 1;
      this.zip.add(`xl/worksheets/_rels/sheet${index + 1}.xml.rels`, relsXml('drawing', [`../drawings/drawing${drawings}.xml`]));
      this.zip.add(`xl/drawings/drawing${drawings}.xml`, drawingXml(sheet.charts));
      const targets: string[] = [];
      for (const chart of sheet.charts) {
        charts += 1;
        this.zip.add(`xl/charts/chart${charts}.xml`, chartXml(chart));
        targets.push(`../charts/chart${charts}.xml`);
      }
      this.zip.add(`xl/drawings/_rels/drawing${drawings}.xml.rels`, relsXml('chart', targets));
    });
    return { drawings, charts };
  }

  /** Finish every part; the archive's bytes, in order. */
  commit(): Buffer[] {
    for (const sheet of this.sheets) sheet.commit();
    const sheets = this.sheets.map((s) => ({ name: s.name, printTitlesRow: s.printTitlesRow, printTitlesColumn: s.printTitlesColumn, state: s.state }));
    const strings = this.zip.begin('xl/sharedStrings.xml');
    this.strings.writeTo(strings);
    strings.end();
    this.zip.add('xl/styles.xml', this.styles.toXml());
    this.zip.add('xl/theme/theme1.xml', themeXml());
    this.zip.add('xl/workbook.xml', workbookXml(sheets, this.views));
    this.zip.add('xl/_rels/workbook.xml.rels', workbookRelsXml(sheets));
    this.zip.add('_rels/.rels', rootRelsXml());
    const { drawings, charts } = this.writeCharts();
    this.zip.add('[Content_Types].xml', contentTypesXml(sheets, drawings, charts));
    this.zip.add('docProps/app.xml', appXml(sheets));
    this.zip.add('docProps/core.xml', coreXml(this));
    return this.zip.finish();
  }
}
