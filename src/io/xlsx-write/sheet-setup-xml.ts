/**
 * The parts of a worksheet's XML around its rows: properties, frozen panes,
 * columns before; filter, merges, margins, page setup, header and footer
 * after. Rendered as exceljs's streaming writer rendered them, for the
 * options atvsld uses (anything else is refused rather than dropped).
 * One deliberate difference: `horizontalCentered` is written (as
 * `<printOptions>`), which exceljs's streaming writer silently dropped, so
 * the report's tables print centred on the page as its sheets ask.
 */
import type { AutoFilter, HeaderFooter, PageSetup, WorksheetView } from 'exceljs';
import { cellAddress } from './cell-address.js';
import { xmlText } from './xml-text.js';

export const WORKSHEET_OPEN =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"' +
  ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"' +
  ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac"' +
  ' xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">';

const SHEET_FORMAT = '<sheetFormatPr defaultRowHeight="15" outlineLevelRow="0" outlineLevelCol="0" x14ac:dyDescent="55"/>';

/** exceljs's page setup defaults, overridden by the sheet's options. */
export function pageSetupWithDefaults(given: Partial<PageSetup> = {}): Partial<PageSetup> {
  return {
    margins: { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    orientation: 'portrait',
    horizontalDpi: 4294967295,
    verticalDpi: 4294967295,
    fitToPage: !!((given.fitToWidth || given.fitToHeight) && !given.scale),
    scale: 100,
    fitToWidth: 1,
    fitToHeight: 1,
    ...given,
  };
}

const PAGE_SETUP_KEYS = new Set([
  'margins', 'orientation', 'horizontalDpi', 'verticalDpi', 'fitToPage', 'scale', 'fitToWidth', 'fitToHeight', 'paperSize',
  'printTitlesRow', 'printTitlesColumn', 'horizontalCentered',
]);

export function sheetHead(pageSetup: Partial<PageSetup>, views: readonly Partial<WorksheetView>[]): string {
  for (const [key, value] of Object.entries(pageSetup)) {
    if (!PAGE_SETUP_KEYS.has(key) && value !== undefined) throw new Error(`xlsx-write: page setup ${key} is not supported`);
  }
  const properties = pageSetup.fitToPage ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '';
  const sheetViews = views.length > 0 ? `<sheetViews>${views.map(viewXml).join('')}</sheetViews>` : '';
  return `${WORKSHEET_OPEN}${properties}${sheetViews}${SHEET_FORMAT}`;
}

function viewXml(view: Partial<WorksheetView>): string {
  for (const [key, value] of Object.entries(view)) {
    if (!['state', 'xSplit', 'ySplit', 'topLeftCell'].includes(key) && value !== undefined) throw new Error(`xlsx-write: sheet view ${key} is not supported`);
  }
  if (view.state !== 'frozen') return '<sheetView workbookViewId="0"/>';
  const xSplit = view.xSplit ?? 0;
  const ySplit = view.ySplit ?? 0;
  const topLeftCell = view.topLeftCell ?? cellAddress(ySplit + 1, xSplit + 1);
  const pane = xSplit && ySplit ? 'bottomRight' : xSplit ? 'topRight' : 'bottomLeft';
  const splits = (xSplit ? ` xSplit="${xSplit}"` : '') + (ySplit ? ` ySplit="${ySplit}"` : '');
  return `<sheetView workbookViewId="0"><pane${splits} topLeftCell="${topLeftCell}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView>`;
}

export interface SheetTail {
  readonly autoFilter: AutoFilter | undefined;
  readonly merges: readonly string[];
  readonly pageSetup: Partial<PageSetup>;
  readonly headerFooter: Partial<HeaderFooter> | undefined;
  /** Manual page breaks, each after the given row (ascending). */
  readonly rowBreaks?: readonly number[];
  /** The sheet has a drawing (charts), relationship rId1. */
  readonly drawing?: boolean;
}

export function sheetTail(t: SheetTail): string {
  let xml = '</sheetData>';
  const filter = autoFilterRef(t.autoFilter);
  if (filter) xml += `<autoFilter ref="${filter}"/>`;
  if (t.merges.length > 0) xml += `<mergeCells count="${t.merges.length}">${t.merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>`;
  if (t.pageSetup.horizontalCentered) xml += '<printOptions horizontalCentered="1"/>';
  const m = t.pageSetup.margins;
  if (m) xml += `<pageMargins${attrs({ left: m.left, right: m.right, top: m.top, bottom: m.bottom, header: m.header, footer: m.footer })}/>`;
  const p = t.pageSetup;
  const setup = attrs({
    paperSize: p.paperSize,
    orientation: p.orientation,
    horizontalDpi: p.horizontalDpi,
    verticalDpi: p.verticalDpi,
    scale: p.scale,
    fitToWidth: p.fitToWidth,
    fitToHeight: p.fitToHeight,
  });
  if (setup) xml += `<pageSetup${setup}/>`;
  xml += headerFooterXml(t.headerFooter);
  // As exceljs writes a row's page break: the zero-based id of the row below the break is the one-based number of the row above it.
  const breaks = t.rowBreaks ?? [];
  if (breaks.length > 0) xml += `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join('')}</rowBreaks>`;
  if (t.drawing) xml += '<drawing r:id="rId1"/>';
  return `${xml}</worksheet>`;
}

function autoFilterRef(filter: AutoFilter | undefined): string | undefined {
  if (!filter) return undefined;
  if (typeof filter === 'string') return filter;
  const at = (a: string | { row: number; column: number }): string => (typeof a === 'string' ? a : cellAddress(a.row, a.column));
  return `${at(filter.from)}:${at(filter.to)}`;
}

function headerFooterXml(hf: Partial<HeaderFooter> | undefined): string {
  if (!hf) return '';
  for (const [key, value] of Object.entries(hf)) {
    if (!['oddHeader', 'oddFooter'].includes(key) && value) throw new Error(`xlsx-write: header/footer ${key} is not supported`);
  }
  const parts = (hf.oddHeader ? `<oddHeader>${xmlText(hf.oddHeader)}</oddHeader>` : '') + (hf.oddFooter ? `<oddFooter>${xmlText(hf.oddFooter)}</oddFooter>` : '');
  return parts ? `<headerFooter>${parts}</headerFooter>` : '';
}

function attrs(values: Record<string, string | number | undefined>): string {
  let xml = '';
  for (const [name, value] of Object.entries(values)) if (value !== undefined) xml += ` ${name}="${xmlText(String(value))}"`;
  return xml;
}
