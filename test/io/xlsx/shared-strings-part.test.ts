import { describe, expect, it } from 'vitest';
import { Deadline } from '../../../src/io/xlsx/deadline.js';
import { ReadFailure } from '../../../src/io/xlsx/read-failure.js';
import { parseSharedStringsPart } from '../../../src/io/xlsx/shared-strings-part.js';

const SST = (items: string): string => `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${items}</sst>`;
const parse = (xml: string, maxChars = 32_767) =>
  parseSharedStringsPart(Buffer.from(xml, 'utf8'), 'xl/sharedStrings.xml', 'f.xlsx', maxChars, new Deadline(10_000, 'f.xlsx'));

describe('shared strings, decoded when asked for', () => {
  it('joins rich-text runs, drops phonetic guides, decodes entities and NFC-normalises', () => {
    const strings = parse(
      SST(
        '<si><t>Ho\u0300a</t></si>' +
          '<si><r><rPr><b/></rPr><t>Báo </t></r><r><t>cáo &amp; &#x110;&#7841;t</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>' +
          '<si/><si><t/></si><si><t xml:space="preserve"> a_x000D_b </t></si>',
      ),
    );
    expect(strings.count).toBe(5);
    expect(strings.at(0)).toEqual({ kind: 'text', text: 'Hòa' });
    expect(strings.at(1)).toEqual({ kind: 'text', text: 'Báo cáo & Đạt' });
    expect(strings.at(2)).toEqual({ kind: 'text', text: '' });
    expect(strings.at(3)).toEqual({ kind: 'text', text: '' });
    expect(strings.at(4)).toEqual({ kind: 'text', text: ' a\rb ' });
  });

  it('gives the same object each time, and nothing for an index the part does not have', () => {
    const strings = parse(SST('<si><t>x</t></si>'));
    expect(strings.at(0)).toBe(strings.at(0));
    for (const index of [-1, 1, 0.5, Number.NaN]) expect(strings.at(index)).toBeUndefined();
  });

  it('stands a string over the cell limit by its length', () => {
    const strings = parse(SST(`<si><t>${'a'.repeat(40)}</t><t>${'b'.repeat(40)}</t></si><si><t>ok</t></si>`), 10);
    expect(strings.at(0)).toBe(80);
    expect(strings.at(1)).toEqual({ kind: 'text', text: 'ok' });
  });

  it('still refuses a malformed or hostile part whose strings nobody asks for', () => {
    const code = (xml: string): string | undefined => {
      try {
        parse(xml);
        return undefined;
      } catch (error) {
        return error instanceof ReadFailure ? error.diagnostic.code : String(error);
      }
    };
    expect(code(SST('<si><t>a</si>'))).toBe('WORKBOOK_XML_MALFORMED');
    expect(code(SST('<si><t>&bogus;</t></si>'))).toBe('WORKBOOK_XML_MALFORMED');
    expect(code('<!DOCTYPE sst [<!ENTITY a "aaaa">]>' + SST('<si><t>&a;</t></si>'))).toBe('WORKBOOK_XML_ENTITY');
  });
});
