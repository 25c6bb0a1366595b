/**
 * sharedStrings.xml: each distinct text once, cells refer to it by index.
 * The national report repeats task titles, agency names and statuses tens of
 * thousands of times; written once each, they cost little.
 */
import { isWhiteSpace } from '../../core/text/white-space.js';
import type { ZipEntryWriter } from './zip-writer.js';
import { xmlText } from './xml-text.js';

/** Leading or trailing white space, or a line break, must be kept explicitly (what /^\s|\n|\s$/ finds). */
function needsPreserve(text: string): boolean {
  return isWhiteSpace(text.charCodeAt(0)) || isWhiteSpace(text.charCodeAt(text.length - 1)) || text.includes('\n');
}

export class SharedStrings {
  private readonly ids = new Map<string, number>();
  private readonly texts: string[] = [];
  /** The last text written in each column, and its index: columns repeat titles, names, statuses row after row. */
  private readonly lastInColumn: (string | undefined)[] = [];
  private readonly lastIdInColumn: number[] = [];

  /** `id(text)` for a cell of `column`, found without a lookup when the cell above had the same text. */
  idInColumn(text: string, column: number): number {
    if (this.lastInColumn[column] === text) return this.lastIdInColumn[column]!;
    const id = this.id(text);
    this.lastInColumn[column] = text;
    this.lastIdInColumn[column] = id;
    return id;
  }

  id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.texts.length;
      this.texts.push(text);
      this.ids.set(text, id);
    }
    return id;
  }

  get count(): number {
    return this.texts.length;
  }

  writeTo(out: ZipEntryWriter): void {
    out.write('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n');
    out.write(`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.texts.length}" uniqueCount="${this.texts.length}">`);
    for (const text of this.texts) {
      out.ascii(text !== '' && needsPreserve(text) ? '<si><t xml:space="preserve">' : '<si><t>');
      out.write(xmlText(text));
      out.ascii('</t></si>');
    }
    out.write('</sst>');
  }
}
