/** `xl/workbook.xml`: sheet names, order and visibility, the date system, and defined names. */
import type { SheetState } from '../../core/workbook/cell-grid.js';
import { normalizeText } from '../../core/text/fold-key.js';
import type { Deadline } from './deadline.js';
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

export function parseWorkbookPart(data: Buffer, part: string, file: string, deadline: Deadline): WorkbookPart {
  const sheets: SheetEntry[] = [];
  const definedNames = new Map<string, string>();
  let date1904 = false;
  let pendingName: string | undefined;
  let nameText = '';
  const endName = (): void => {
    if (pendingName !== undefined) definedNames.set(normalizeText(pendingName), normalizeText(nameText));
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
        nameText = '';
        if (scanner.selfClosing) endName();
      }
    } else if (token === CLOSE) {
      if (scanner.isLocal('definedName')) endName();
    } else if (pendingName !== undefined) {
      nameText += scanner.text();
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
