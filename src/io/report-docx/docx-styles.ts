/**
 * How each paragraph role of the report model looks in Word, per Nghị định
 * 30/2020/NĐ-CP, Phụ lục I: Times New Roman; body 14 pt justified with a
 * 1.27 cm first-line indent, 6 pt after, line spacing 1.2; headings bold;
 * "Nơi nhận:" 12 pt, its entries 11 pt. Sizes in points; the writer converts.
 */
import type { ParagraphRole } from '../../core/report-document/report-document.js';

export const FONT = 'Times New Roman';
/** 1 mm in twentieths of a point. */
export const TWIPS_PER_MM = 1440 / 25.4;
export const A4 = { width: 11906, height: 16838 } as const;
/** Top and bottom 20 mm, left 30 mm, right 15 mm: inside the decree's ranges (20–25, 30–35, 15–20). */
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
/** The page number sits in the top margin, 10 mm from the edge. */
export const HEADER_MM = 10;
/** 1.27 cm. */
export const FIRST_LINE_INDENT = 720;
/** Line spacing in 240ths of a line: 1.2 lines, within the decree's single to 1.5. */
export const LINE = 288;

export interface RoleStyle {
  readonly sizePt: number;
  readonly align: 'left' | 'center' | 'right' | 'justify';
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly firstLine?: number;
  readonly left?: number;
  readonly beforePt: number;
  readonly afterPt: number;
  readonly line: number;
  readonly keepNext?: boolean;
}

const BODY: RoleStyle = { sizePt: 14, align: 'justify', firstLine: FIRST_LINE_INDENT, beforePt: 0, afterPt: 6, line: LINE };
const TIGHT = { beforePt: 0, afterPt: 0, line: 240 } as const;

export const ROLE_STYLES: Record<ParagraphRole, RoleStyle> = {
  body: BODY,
  heading1: { ...BODY, bold: true, keepNext: true, beforePt: 6 },
  heading2: { ...BODY, bold: true, keepNext: true },
  heading3: { ...BODY, bold: true, italic: true, keepNext: true },
  quote: { ...BODY, sizePt: 13 },
  placeholder: { ...BODY, italic: true },
  title: { sizePt: 14, align: 'center', bold: true, beforePt: 18, afterPt: 0, line: 240 },
  summary: { sizePt: 14, align: 'center', bold: true, beforePt: 0, afterPt: 0, line: 240 },
  recipient: { sizePt: 14, align: 'center', beforePt: 12, afterPt: 12, line: 240 },
  appendixLabel: { sizePt: 14, align: 'center', bold: true, ...TIGHT },
  appendixTitle: { sizePt: 14, align: 'center', bold: true, ...TIGHT },
  appendixNote: { sizePt: 14, align: 'center', italic: true, beforePt: 0, afterPt: 12, line: 240 },
  caption: { sizePt: 12, align: 'center', italic: true, beforePt: 3, afterPt: 9, line: 240 },
  tableText: { sizePt: 11, align: 'left', beforePt: 1, afterPt: 1, line: 240 },
  tableHead: { sizePt: 11, align: 'center', bold: true, beforePt: 1, afterPt: 1, line: 240 },
  headingLeft: { sizePt: 13, align: 'center', ...TIGHT },
  headingRight: { sizePt: 13, align: 'center', ...TIGHT },
  copiesLabel: { sizePt: 12, align: 'left', bold: true, italic: true, ...TIGHT },
  copiesEntry: { sizePt: 11, align: 'left', ...TIGHT },
  signer: { sizePt: 14, align: 'center', ...TIGHT },
};
