/** `xl/workbook.xml`: sheet names, order and visibility, the date system, and defined names. */
import type { SheetState } from '../../core/workbook/cell-grid.js';
import { normalizeText } from '../../core/text/fold-key.js';
import type { Deadline } from './deadline.js';
import { localName, parseXmlPart, prefixedAttribute } from './xml-parse.js';

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
  parseXmlPart(data, part, file, {
    opentag(tag) {
      const name = localName(tag.name);
      if (name === 'sheet') sheets.push(readSheet(tag.attributes));
      else if (name === 'workbookPr') date1904 = isTrue(tag.attributes.date1904);
      else if (name === 'definedName') {
        // Sheet-local names (print areas, filters) are not workbook-level; skip them.
        pendingName = tag.attributes.localSheetId === undefined ? tag.attributes.name : undefined;
        nameText = '';
      }
    },
    text(text) {
      if (pendingName !== undefined) nameText += text;
    },
    closetag(tag) {
      if (localName(tag.name) !== 'definedName') return;
      if (pendingName !== undefined) definedNames.set(normalizeText(pendingName), normalizeText(nameText));
      pendingName = undefined;
    },
  }, deadline);
  return { sheets, date1904, definedNames };
}

function readSheet(attributes: Record<string, string>): SheetEntry {
  const state = attributes.state;
  return {
    name: normalizeText(attributes.name ?? ''),
    state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
    relId: prefixedAttribute(attributes, 'id') ?? '',
  };
}

export function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}
