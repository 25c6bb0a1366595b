import { describe, expect, it } from 'vitest';
import { readWorkbookBytes } from '../../../src/io/xlsx/read-workbook.js';
import { buildWorkbook, workbookParts, zipParts } from './xlsx-builder.js';

const codes = (bytes: Uint8Array, limits = {}) => readWorkbookBytes(bytes, 'z.xlsx', { limits }).diagnostics.map((d) => d.code);
const valid = () => buildWorkbook({ sheets: [{ name: 'S', xml: '<row r="1"><c r="A1"><v>1</v></c></row>' }] });

describe('zip guards', () => {
  it('reads a valid package, stored or deflated', () => {
    expect(codes(valid())).toEqual([]);
    const stored = zipParts(workbookParts({ sheets: [{ name: 'S', xml: '' }] }).map((p) => ({ ...p, method: 0 })));
    expect(codes(stored)).toEqual([]);
  });

  it('tolerates a zip comment after the end record', () => {
    const bytes = valid();
    const withComment = Buffer.concat([bytes, Buffer.from('PK\x05\x06 a comment')]);
    withComment.writeUInt16LE(withComment.length - bytes.length, bytes.length - 2);
    expect(codes(withComment)).toEqual([]);
  });

  it.each([
    ['cut before the end record', (b: Buffer) => b.subarray(0, b.length - 30)],
    ['central directory pointing past its end', (b: Buffer) => patch(b, b.length - 6, 0x7fff0000)],
    ['local header moved', (b: Buffer) => patch(b, b.indexOf('PK\x03\x04', 4, 'latin1'), 0x12345678)],
  ])('%s → WORKBOOK_TRUNCATED', (_, damage) => {
    expect(codes(damage(valid()))).toEqual(['WORKBOOK_TRUNCATED']);
  });

  it('a flipped byte inside deflated data is reported as corrupt, never read', () => {
    const bytes = valid();
    // Last local entry is the sheet; flip a byte in the middle of its data.
    const at = bytes.lastIndexOf(Buffer.from('xl/worksheets/sheet1.xml'), bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))) + 30;
    bytes[at] = bytes[at]! ^ 0xff;
    expect(codes(bytes)).toEqual(['WORKBOOK_CORRUPT']);
  });

  it('entry count, part size, ratio and total limits', () => {
    expect(codes(valid(), { maxEntries: 3 })).toEqual(['WORKBOOK_TOO_MANY_PARTS']);
    expect(codes(valid(), { maxEntryBytes: 100 })).toEqual(['WORKBOOK_ZIP_BOMB']);
    expect(codes(valid(), { maxTotalBytes: 500 })).toEqual(['WORKBOOK_ZIP_BOMB']);
    const rows = Array.from({ length: 4000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${(i * 7919) % 10007}</v></c></row>`);
    const big = buildWorkbook({ sheets: [{ name: 'S', xml: rows.join('') }] });
    expect(codes(big)).toEqual([]);
    expect(codes(big, { maxRatio: 5, ratioMinBytes: 1000 })).toEqual(['WORKBOOK_ZIP_BOMB']);
  });

  it('file size limit', () => {
    expect(codes(valid(), { maxFileBytes: 100 })).toEqual(['WORKBOOK_TOO_LARGE']);
  });

  it('part names are case-insensitive duplicates', () => {
    const parts = workbookParts({ sheets: [{ name: 'S', xml: '' }] });
    expect(codes(zipParts([...parts, { name: 'XL/Workbook.xml', data: '<x/>' }]))).toEqual(['WORKBOOK_DUPLICATE_PART']);
  });

  it('malformed XML names its part', () => {
    const parts = workbookParts({ sheets: [{ name: 'S', xml: '<row r="1"><c r="A1"><v>1</v></row>' }] });
    const result = readWorkbookBytes(zipParts(parts), 'z.xlsx');
    expect(result.diagnostics.map((d) => [d.code, d.args.part])).toEqual([['WORKBOOK_XML_MALFORMED', 'xl/worksheets/sheet1.xml']]);
  });

  it('a DOCTYPE in any part, even a harmless one, is refused', () => {
    const parts = workbookParts({ sheets: [{ name: 'S', xml: '' }] }).map((p) =>
      p.name === '[Content_Types].xml' ? { ...p, data: '<!DOCTYPE Types [<!ENTITY a "b">]><Types/>' } : p,
    );
    expect(codes(zipParts(parts))).toEqual(['WORKBOOK_XML_ENTITY']);
  });
});

function patch(bytes: Buffer, at: number, value: number): Buffer {
  bytes.writeUInt32LE(value >>> 0, at);
  return bytes;
}
