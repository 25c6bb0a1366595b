/**
 * The written report as plain data: sections of paragraphs, tables and
 * charts, each with the role that decides its look (Nghị định 30/2020/NĐ-CP,
 * Phụ lục I). Built by build-report-document.ts from the same
 * ConsolidatedReport as the workbook; src/io/report-docx maps it to Word.
 * Keeping the content here lets tests read it without opening Word.
 */

/** A run of text with its emphasis; size in points when it differs from its paragraph's role. */
export interface TextRun {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly sizePt?: number;
}

/**
 * What a paragraph is, which fixes its font size, alignment and indent:
 * `body` 14 pt justified with a first-line indent; `heading1` "I. …" bold
 * capitals; `heading2` "1. …" bold; `heading3` a task's title, bold italic;
 * `quote` an agency's own words, indented; `placeholder` text the analyst
 * replaces, italic; `title`/`summary` "BÁO CÁO" and the line under it;
 * `recipient` "Kính gửi: …"; `appendixLabel`/`appendixTitle`/`appendixNote`
 * the three lines over an appendix; `caption` under a chart or a table;
 * `tableText`/`tableHead` inside tables.
 */
export type ParagraphRole =
  | 'body'
  | 'heading1'
  | 'heading2'
  | 'heading3'
  | 'quote'
  | 'placeholder'
  | 'title'
  | 'summary'
  | 'recipient'
  | 'appendixLabel'
  | 'appendixTitle'
  | 'appendixNote'
  | 'caption'
  | 'tableText'
  | 'tableHead'
  | 'headingLeft'
  | 'headingRight'
  | 'copiesLabel'
  | 'copiesEntry'
  | 'signer';

export interface Paragraph {
  readonly kind: 'paragraph';
  readonly role: ParagraphRole;
  readonly runs: readonly TextRun[];
  readonly align?: 'left' | 'center' | 'right' | 'justify';
  /** A short solid rule under the line (issuing body, motto, title): its length as a fraction of the column. */
  readonly ruleBelow?: number;
}

export interface TableCell {
  readonly paragraphs: readonly Paragraph[];
  /** Columns this cell spans (default 1). */
  readonly span?: number;
  readonly shade?: 'head' | 'met' | 'not-met' | 'unknown';
}

/**
 * `layout`: the heading and signature tables have no borders; `grid` is a
 * data table with borders whose first `headerRows` repeat on each page.
 * Column widths are fractions of the text width, summing to 1.
 */
export interface Table {
  readonly kind: 'table';
  readonly role: 'layout' | 'grid';
  readonly columns: readonly number[];
  readonly headerRows: number;
  readonly rows: readonly (readonly TableCell[])[];
  /** Font size of the cells in points (tables are set smaller than the body). */
  readonly sizePt: number;
  /** Keep the whole table on one page (a short table: its header never ends a page alone). */
  readonly keepTogether?: boolean;
  /** Millimetres the table reaches into the left margin (the heading block, as offices set it, so the Quốc hiệu fits one line). */
  readonly extendLeftMm?: number;
}

/** A chart drawn as SVG (render/indicator-chart-svg.ts); the writer rasterises it. */
export interface Chart {
  readonly kind: 'chart';
  readonly id: string;
  readonly svg: string;
  readonly widthPx: number;
  readonly heightPx: number;
  /** Width on the page in millimetres (height keeps the ratio). */
  readonly widthMm: number;
  readonly altText: string;
}

export type Block = Paragraph | Table | Chart;

export interface DocumentSection {
  readonly orientation: 'portrait' | 'landscape';
  /** Page number in the top margin; `firstPageNumbered: false` hides it on the section's first page (the title page). */
  readonly pageNumbers: boolean;
  readonly firstPageNumbered: boolean;
  /** Restart numbering at 1 (appendices are numbered separately). */
  readonly restartNumbering: boolean;
  readonly blocks: readonly Block[];
}

export interface ReportDocument {
  /** Document title and subject for the file's properties. */
  readonly title: string;
  /** The date the file's properties carry (the --as-of date), so the same inputs give the same bytes. */
  readonly date: string;
  readonly sections: readonly DocumentSection[];
}

/** Helpers for building blocks tersely. */
export function para(role: ParagraphRole, text: string | readonly TextRun[], extra: Partial<Omit<Paragraph, 'kind' | 'role' | 'runs'>> = {}): Paragraph {
  return { kind: 'paragraph', role, runs: typeof text === 'string' ? [{ text }] : text, ...extra };
}

export function cell(text: string | readonly TextRun[], extra: Partial<Omit<TableCell, 'paragraphs'>> & { align?: Paragraph['align']; head?: boolean } = {}): TableCell {
  const { align, head, ...rest } = extra;
  const role: ParagraphRole = head ? 'tableHead' : 'tableText';
  return { paragraphs: [para(role, text, align ? { align } : {})], ...rest };
}
