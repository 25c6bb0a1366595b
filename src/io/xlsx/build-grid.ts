/** From an opened package to the plain WorkbookGrid: workbook.xml → rels → styles, shared strings → sheets. */
import type { Diagnostic } from '../../core/diagnostics/diagnostic.js';
import type { SheetGrid, WorkbookGrid } from '../../core/workbook/cell-grid.js';
import { CellMap } from './cell-map.js';
import type { Deadline } from './deadline.js';
import { workbookDiagnostic } from './read-failure.js';
import type { ReadLimits } from './read-limits.js';
import { type Relationship, parseRelsPart, relsPartFor } from './rels-part.js';
import { NO_SHARED_STRINGS, type SharedStrings, parseSharedStringsPart } from './shared-strings-part.js';
import { parseSheetPart } from './sheet-part.js';
import { type CellStyles, NO_STYLES, parseStylesPart } from './styles-part.js';
import { type SheetEntry, type WorkbookPart, parseWorkbookPart } from './workbook-part.js';
import { END, XmlScanner } from './xml-scanner.js';
import type { XlsxPackage } from './xlsx-package.js';

export interface GridRequest {
  readonly limits: ReadLimits;
  readonly deadline: Deadline;
  readonly sheetFilter?: (name: string, state: SheetEntry['state']) => boolean;
  readonly sheetCellLimit?: (name: string) => number;
  readonly diagnostics: Diagnostic[];
}

const DEFAULT_WORKBOOK = 'xl/workbook.xml';

export function buildGrid(pkg: XlsxPackage, request: GridRequest): WorkbookGrid {
  const { deadline } = request;
  // Nothing in it is needed, but it is parsed like every part so a hostile DOCTYPE there is refused too.
  scanPart(pkg.require('[Content_Types].xml'), '[Content_Types].xml', pkg.file, deadline);
  const workbookPath = findWorkbookPath(pkg, deadline);
  const workbook = parseWorkbookPart(pkg.require(workbookPath), workbookPath, pkg.file, deadline, {
    maxChars: request.limits.maxCellChars,
    diagnostics: request.diagnostics,
  });
  const rels = readRels(pkg, workbookPath, deadline);
  const wanted = workbook.sheets.map((s) => request.sheetFilter?.(s.name, s.state) ?? true);
  const needsCells = wanted.some(Boolean);
  const styles = needsCells ? readStyles(pkg, rels, deadline) : NO_STYLES;
  const shared = needsCells ? readSharedStrings(pkg, rels, request) : NO_SHARED_STRINGS;
  // A part listed as several sheets (two rels to it, or one rel twice) is read once: a 190 MB sheet listed
  // twice was inflated and held twice (420 MB). The sheets share its cells, which nothing modifies.
  const byPart = new Map<string, SheetGrid>();
  const sheets = workbook.sheets.map((entry, i) => {
    if (!wanted[i]) return emptySheet(entry);
    const part = partOf(entry, rels);
    const seen = part !== undefined ? byPart.get(part) : undefined;
    if (seen) return { ...seen, name: entry.name, state: entry.state };
    const sheet = readSheet(pkg, entry, rels, { workbook, styles, shared, request });
    if (part !== undefined) byPart.set(part, sheet);
    return sheet;
  });
  return { sheets, definedNames: workbook.definedNames };
}

/** Only checks the part: well-formed, no DOCTYPE. */
function scanPart(data: Buffer, part: string, file: string, deadline: Deadline): void {
  const scanner = new XmlScanner(data, part, file, deadline);
  while (scanner.next() !== END);
}

function findWorkbookPath(pkg: XlsxPackage, deadline: Deadline): string {
  const data = pkg.read('_rels/.rels');
  if (!data) return DEFAULT_WORKBOOK;
  const office = parseRelsPart(data, '_rels/.rels', '', pkg.file, deadline).find((r) => r.kind === 'officeDocument');
  return office?.target ?? DEFAULT_WORKBOOK;
}

function readRels(pkg: XlsxPackage, source: string, deadline: Deadline): Map<string, Relationship> {
  const part = relsPartFor(source);
  const data = pkg.read(part);
  const rels = data ? parseRelsPart(data, part, source, pkg.file, deadline) : [];
  return new Map(rels.map((r) => [r.id, r]));
}

function targetOf(rels: Map<string, Relationship>, kind: string, fallback: string): string {
  for (const rel of rels.values()) if (rel.kind === kind && rel.target !== undefined) return rel.target;
  return fallback;
}

function readStyles(pkg: XlsxPackage, rels: Map<string, Relationship>, deadline: Deadline): CellStyles {
  const part = targetOf(rels, 'styles', 'xl/styles.xml');
  const data = pkg.read(part);
  return data ? parseStylesPart(data, part, pkg.file, deadline) : NO_STYLES;
}

function readSharedStrings(pkg: XlsxPackage, rels: Map<string, Relationship>, request: GridRequest): SharedStrings {
  const part = targetOf(rels, 'sharedStrings', 'xl/sharedStrings.xml');
  const data = pkg.read(part);
  if (!data) return NO_SHARED_STRINGS;
  return parseSharedStringsPart(data, part, pkg.file, request.limits.maxCellChars, request.deadline);
}

/** The worksheet part a sheet entry points to (lower-cased, as zip names compare), if any. */
function partOf(entry: SheetEntry, rels: Map<string, Relationship>): string | undefined {
  const rel = rels.get(entry.relId);
  return rel?.kind === 'worksheet' && rel.target !== undefined ? rel.target.toLowerCase() : undefined;
}

interface SheetInputs {
  readonly workbook: WorkbookPart;
  readonly styles: CellStyles;
  readonly shared: SharedStrings;
  readonly request: GridRequest;
}

function readSheet(pkg: XlsxPackage, entry: SheetEntry, rels: Map<string, Relationship>, inputs: SheetInputs): SheetGrid {
  const { request } = inputs;
  const rel = rels.get(entry.relId);
  // Chart sheets and dialog sheets hold no cells.
  if (rel && rel.kind !== 'worksheet') return emptySheet(entry);
  const target = rel?.target;
  const data = target !== undefined ? pkg.read(target) : undefined;
  if (!data || target === undefined) {
    const part = target ?? `sheet "${entry.name}"`;
    request.diagnostics.push(workbookDiagnostic('WORKBOOK_MISSING_PART', { file: pkg.file, sheet: entry.name }, { part }));
    return emptySheet(entry);
  }
  const { cells, maxRow, maxCol } = parseSheetPart(data, target, {
    file: pkg.file,
    sheet: entry.name,
    limits: request.limits,
    deadline: request.deadline,
    diagnostics: request.diagnostics,
    shared: inputs.shared,
    dateStyles: inputs.styles.dates,
    legacyFonts: inputs.styles.legacyFonts,
    date1904: inputs.workbook.date1904,
    maxChars: request.limits.maxCellChars,
    maxCells: request.sheetCellLimit?.(entry.name) ?? Number.POSITIVE_INFINITY,
  });
  return { name: entry.name, state: entry.state, cells, maxRow, maxCol };
}

function emptySheet(entry: SheetEntry): SheetGrid {
  return { name: entry.name, state: entry.state, cells: new CellMap(), maxRow: 0, maxCol: 0 };
}
