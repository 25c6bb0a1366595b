/**
 * The report model (core/report-document) written as .docx with the `docx`
 * library, then re-packed by our own zip writer with every entry dated the
 * report's as-of date and the properties' dates set to it: the library
 * stamps "now", and the same inputs must give the same bytes. Written
 * atomically.
 */
import type { DocxModule } from './docx-module.js';
import { loadDocx } from './docx-module.js';
import type { Block, DocumentSection, Paragraph as ModelParagraph, ReportDocument, Table as ModelTable } from '../../core/report-document/report-document.js';
import { writeChunksAtomic } from '../atomic-write.js';
import { DEFAULT_LIMITS } from '../xlsx/read-limits.js';
import { readZipDirectory } from '../xlsx/zip-directory.js';
import { extractEntry } from '../xlsx/zip-entry.js';
import { ZipWriter } from '../xlsx-write/zip-writer.js';
import { renderChartPng } from './chart-png.js';
import { A4, FONT, HEADER_MM, MARGINS_MM, ROLE_STYLES, TWIPS_PER_MM } from './docx-styles.js';

const SHADES = { head: 'E7E6E6', met: 'E2EFDA', 'not-met': 'FCE4D6', unknown: 'EDEDED' } as const;
type Para = InstanceType<DocxModule['Paragraph']>;
type DocxTable = InstanceType<DocxModule['Table']>;

export async function writeReportDocx(doc: ReportDocument, outFile: string): Promise<void> {
  const bytes = await buildReportDocx(doc);
  await writeChunksAtomic(outFile, () => bytes);
}

/** The .docx bytes, as buffers in order. */
export async function buildReportDocx(doc: ReportDocument): Promise<Buffer[]> {
  const d = await loadDocx();
  const { Document, Packer } = d;
  const document = new Document({
    creator: 'atvsld',
    lastModifiedBy: 'atvsld',
    title: doc.title,
    styles: { default: { document: { run: { font: FONT, size: 28 } } } },
    sections: doc.sections.map((s) => section(d, s)),
  });
  return repack(await Packer.toBuffer(document), doc.date);
}

function section(d: DocxModule, s: DocumentSection) {
  const { AlignmentType, Header, PageNumber, PageOrientation, Paragraph, TextRun } = d;
  const landscape = s.orientation === 'landscape';
  const pageWidth = landscape ? A4.height : A4.width;
  const textWidth = pageWidth - Math.round((MARGINS_MM.left + MARGINS_MM.right) * TWIPS_PER_MM);
  const pageNumber = new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: 28, font: FONT })] })],
  });
  return {
    properties: {
      titlePage: !s.firstPageNumbered,
      page: {
        size: { width: A4.width, height: A4.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: {
          top: mm(MARGINS_MM.top),
          bottom: mm(MARGINS_MM.bottom),
          left: mm(MARGINS_MM.left),
          right: mm(MARGINS_MM.right),
          header: mm(HEADER_MM),
          footer: mm(HEADER_MM),
        },
        ...(s.restartNumbering ? { pageNumbers: { start: 1 } } : {}),
      },
    },
    headers: s.pageNumbers ? { default: pageNumber, first: new Header({ children: [new Paragraph({ children: [] })] }) } : {},
    children: s.blocks.flatMap((b) => block(d, b, textWidth)),
  };
}

function block(d: DocxModule, b: Block, width: number): (Para | DocxTable)[] {
  const { AlignmentType, ImageRun, Paragraph } = d;
  if (b.kind === 'paragraph') return paragraphs(d, b, width);
  if (b.kind === 'table') return [table(d, b, width)];
  const png = renderChartPng(b.svg);
  const widthPx = Math.round((b.widthMm / 25.4) * 96);
  const heightPx = Math.round((widthPx * b.heightPx) / b.widthPx);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: [
        new ImageRun({ type: 'png', data: png, transformation: { width: widthPx, height: heightPx }, altText: { name: b.id, title: b.altText, description: b.altText } }),
      ],
    }),
  ];
}

/** A paragraph, and the short rule under it as a tiny paragraph of its own with a bottom border, indented to its length. */
function paragraphs(d: DocxModule, p: ModelParagraph, width: number, sizePt?: number, keepNext = false): Para[] {
  const { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun } = d;
  const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;
  const style = ROLE_STYLES[p.role];
  const size = sizePt ?? style.sizePt;
  const options: ConstructorParameters<DocxModule['Paragraph']>[0] & object = {
    alignment: ALIGN[p.align ?? style.align],
    spacing: { before: style.beforePt * 20, after: style.afterPt * 20, line: style.line, lineRule: LineRuleType.AUTO },
    ...(style.firstLine !== undefined ? { indent: { firstLine: style.firstLine } } : {}),
    ...(style.keepNext || keepNext ? { keepNext: true, keepLines: true } : {}),
    children: p.runs.map(
      (r) =>
        new TextRun({
          text: r.text,
          font: FONT,
          size: Math.round((r.sizePt ?? size) * 2),
          ...((r.bold ?? style.bold) ? { bold: true } : {}),
          ...((r.italic ?? style.italic) ? { italics: true } : {}),
        }),
    ),
  };
  const out = [new Paragraph(options)];
  if (p.ruleBelow !== undefined) {
    const side = Math.round((width * (1 - p.ruleBelow)) / 2);
    out.push(
      new Paragraph({
        // An exact 4 pt line, so the rule sits just under the text above it.
        spacing: { before: 0, after: 60, line: 80, lineRule: LineRuleType.EXACT },
        indent: { left: side, right: side },
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
        children: [new TextRun({ text: '', size: 4, font: FONT })],
      }),
    );
  }
  return out;
}

function table(d: DocxModule, t: ModelTable, textWidth: number): DocxTable {
  const extra = t.extendLeftMm !== undefined ? mm(t.extendLeftMm) : 0;
  const width = textWidth + extra;
  const { BorderStyle, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } = d;
  const GRID_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const widths = t.columns.map((c) => Math.round(c * width));
  const border = t.role === 'grid' ? GRID_BORDER : NO_BORDER;
  const rows = t.rows.map((cells, i) => {
    // Word keeps a table on one page when every row but the last keeps with the next; a header row always does.
    const keep = t.keepTogether === true && i < t.rows.length - 1;
    let column = 0;
    return new TableRow({
      tableHeader: i < t.headerRows,
      cantSplit: true,
      children: cells.map((c) => {
        const span = c.span ?? 1;
        let cellWidth = 0;
        for (let k = column; k < column + span; k++) cellWidth += widths[k] ?? 0;
        column += span;
        return new TableCell({
          width: { size: cellWidth, type: WidthType.DXA },
          ...(span > 1 ? { columnSpan: span } : {}),
          ...(c.shade ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: SHADES[c.shade] } } : {}),
          margins: t.role === 'grid' ? { left: 80, right: 80, top: 20, bottom: 20 } : { left: 0, right: 0, top: 0, bottom: 0 },
          children: c.paragraphs.flatMap((p) =>
            paragraphs(d, p, cellWidth, p.role === 'tableText' || p.role === 'tableHead' ? t.sizePt : undefined, keep || i < t.headerRows),
          ),
        });
      }),
    });
  });
  let total = 0;
  for (const w of widths) total += w;
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    ...(extra > 0 ? { indent: { size: -extra, type: WidthType.DXA } } : {}),
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows,
  });
}

function mm(value: number): number {
  return Math.round(value * TWIPS_PER_MM);
}

/** Re-zip the library's output with fixed dates; its core.xml dates become the report's date. */
function repack(bytes: Uint8Array, date: string): Buffer[] {
  const entries = readZipDirectory(bytes, 'bao-cao.docx', DEFAULT_LIMITS);
  const zip = new ZipWriter({ date, level: 6 });
  for (const entry of entries.values()) {
    let data: Uint8Array = extractEntry(bytes, entry, 'bao-cao.docx');
    if (entry.name === 'docProps/core.xml') {
      const xml = Buffer.from(data).toString('utf8').replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/gu, `$1${date}T00:00:00Z`);
      data = Buffer.from(xml, 'utf8');
    }
    const w = zip.begin(entry.name);
    w.bytes(data);
    w.end();
  }
  return zip.finish();
}
