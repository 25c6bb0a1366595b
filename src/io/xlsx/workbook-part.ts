/** `xl/workbook.xml`: sheet names, order and visibility, the date system, and defined names. */
import type { Diagnostic } from '../../core/diagnostics/diagnostic.js';
import type { SheetState } from '../../core/workbook/cell-grid.js';
import { normalizeText } from '../../core/text/fold-key.js';
import type { Deadline } from './deadline.js';
import { workbookDiagnostic } from './read-failure.js';
import { TextJoiner } from './text-joiner.js';
import { CLOSE, END, OPEN, XmlScanner } from './xml-scanner.js';

export interface SheetEntry {
  readonly name: string;
  readonly state: SheetState;
  readonly relId: string;
}

export interface WorkbookPart {
  readonly sheets: SheetEntry[];
  /** Serial 0 is 1904-01-01 instead of 1900-01-00 (old Mac workbooks). */
  readonly date1904: boolean;
  readonly definedNames: Map<string, string>;
}

/**
 * A defined name's text is joined as it comes and kept only up to `maxChars`
 * (the cell limit; Excel's own for a name's formula is 8,192): past it the
 * name is dropped with a warning in `diagnostics`.
 */
export function parseWorkbookPart(
  data: Buffer,
  part: string,
  file: string,
  deadline: Deadline,
  limits: { readonly maxChars: number; readonly diagnostics: Diagnostic[] },
): WorkbookPart {
  const sheets: SheetEntry[] = [];
  const definedNames = new Map<string, string>();
  let date1904 = false;
  let pendingName: string | undefined;
  const nameText = new TextJoiner(limits.maxChars);
  const endName = (): void => {
    if (pendingName !== undefined && nameText.overflowed) {
      const name = pendingName.slice(0, 100);
      limits.diagnostics.push(workbookDiagnostic('WORKBOOK_NAME_TOO_LONG', { file }, { name, length: nameText.length, limit: limits.maxChars }));
    } else if (pendingName !== undefined) {
      definedNames.set(normalizeText(pendingName), normalizeText(nameText.text()));
    }
    pendingName = undefined;
  };
  const scanner = new XmlScanner(data, part, file, deadline);
  for (let token = scanner.next(); token !== END; token = scanner.next()) {
    if (token === OPEN) {
      if (scanner.isLocal('sheet')) sheets.push(readSheet(scanner));
      else if (scanner.isLocal('workbookPr')) date1904 = isTrue(scanner.attr('date1904'));
      else if (scanner.isLocal('definedName')) {
        // Sheet-local names (print areas, filters) are not workbook-level; skip them.
        pendingName = scanner.attr('localSheetId') === undefined ? scanner.attr('name') : undefined;
        nameText.reset();
        if (scanner.selfClosing) endName();
      }
    } else if (token === CLOSE) {
      if (scanner.isLocal('definedName')) endName();
    } else if (pendingName !== undefined) {
      nameText.appendBytes(scanner, scanner.textStart, scanner.textEnd, scanner.textFlags);
    }
  }
  return { sheets, date1904, definedNames };
}

function readSheet(scanner: XmlScanner): SheetEntry {
  const state = scanner.attr('state');
  return {
    name: normalizeText(scanner.attr('name') ?? ''),
    state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
    relId: scanner.prefixedAttr('id') ?? '',
  };
}

export function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}
