import { describe, expect, it } from 'vitest';
import { isDateFormatCode, isDateFormatId } from '../../../src/io/xlsx/date-format.js';
import { isoToSerial, serialToIso } from '../../../src/io/xlsx/excel-date.js';
import { sniffFormat } from '../../../src/io/xlsx/sniff-format.js';
import { CellMap } from '../../../src/io/xlsx/cell-map.js';

describe('sniffFormat', () => {
  const text = (s: string) => Buffer.from(s, 'utf8');
  it.each([
    [Buffer.from([0x50, 0x4b, 0x03, 0x04]), 'zip'],
    [Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.alloc(100)]), 'legacy-xls'],
    [Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.from('EncryptedPackage', 'utf16le')]), 'encrypted'],
    [text('\uFEFFa;b;c\n1;2;3\n'), 'csv'],
    [text('Tên\tSố\nA\t1\n'), 'csv'],
    [text('  <!DOCTYPE html><html><body></body></html>'), 'html'],
    [text('<table><tr><td>1</td></tr></table>'), 'html'],
    [text('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>'), 'xml-2003'],
    [text('<?xml version="1.0"?><note/>'), 'unknown'],
    [text('just a sentence'), 'unknown'],
    [Buffer.from([1, 2, 3, 0, 5]), 'unknown'],
  ])('%#: %s', (bytes, expected) => {
    expect(sniffFormat(bytes)).toBe(expected);
  });
});

describe('dates', () => {
  it.each([
    [14, true], [22, true], [45, true], [47, true], [0, false], [2, false], [49, false],
  ])('built-in format %i is a date: %s', (id, expected) => {
    expect(isDateFormatId(id)).toBe(expected);
  });

  it.each([
    ['dd/mm/yyyy', true], ['[$-42A]d mmmm yyyy;@', true], ['yyyy"年"', true], ['[h]:mm', true],
    ['0.00', false], ['#,##0 "ngày"', false], ['[Red]#,##0;[Blue]-#,##0', false], ['General', false], ['0\\d', false],
  ])('custom code %s is a date: %s', (code, expected) => {
    expect(isDateFormatCode(code)).toBe(expected);
  });

  it('serials round-trip through ISO dates in both date systems, whatever the time zone', () => {
    for (const iso of ['1900-01-01', '1900-02-28', '1900-03-01', '2024-02-29', '2025-12-31', '9999-12-31']) {
      expect(serialToIso(isoToSerial(iso, false)!, false)).toBe(iso);
    }
    for (const iso of ['1904-01-01', '2024-03-15']) expect(serialToIso(isoToSerial(iso, true)!, true)).toBe(iso);
    expect(isoToSerial('2024-03-15T12:00:00', false)).toBe(45366.5);
    expect(isoToSerial('2024-02-30', false)).toBeUndefined();
    expect(serialToIso(0.5, false)).toBeUndefined();
    expect(serialToIso(-1, false)).toBeUndefined();
    expect(serialToIso(3e6, false)).toBeUndefined();
    expect(serialToIso(45366.99999999999, false)).toBe('2024-03-16');
  });

  it('serials give the same day as Date#toISOString over the whole range', () => {
    const viaDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    for (let serial = 61; serial <= 2_958_465; serial += 97) {
      expect(serialToIso(serial, false)).toBe(viaDate(Date.UTC(1899, 11, 30) + serial * 86_400_000));
      if (serial + 1462 <= 2_958_465) expect(serialToIso(serial, true)).toBe(viaDate(Date.UTC(1904, 0, 1) + serial * 86_400_000));
    }
  });
});

describe('CellMap', () => {
  it('behaves like a read-only map in row-major order', () => {
    const map = new CellMap();
    map.put(3, 1, { kind: 'number', value: 3 });
    map.put(1, 2, { kind: 'number', value: 2 });
    map.put(1, 1, null, 'NOW()');
    map.put(1, 2, { kind: 'number', value: 22 });
    expect(map.size).toBe(3);
    expect([...map.keys()]).toEqual(['A1', 'B1', 'A3']);
    expect(map.get('B1')?.value).toEqual({ kind: 'number', value: 22 });
    expect(map.get('A1')).toEqual({ ref: 'A1', row: 1, col: 1, value: null, formula: 'NOW()' });
    expect(map.has('C9')).toBe(false);
    expect(map.get('not a ref')).toBeUndefined();
    const seen: string[] = [];
    map.forEach((_, key) => seen.push(key));
    expect(seen).toEqual(['A1', 'B1', 'A3']);
    expect(new Map(map).size).toBe(3);
  });

  it('keeps numbers unboxed, rows of any width in any order, and hands out fresh equal cells', () => {
    const map = new CellMap();
    map.put(2, 40, 1.5);
    map.put(3, 1, -0);
    map.put(1, 3, { kind: 'text', text: 'x' });
    map.put(3, 70, 5000);
    map.put(4, 2, 7);
    expect([...map.values()].map((c) => [c.ref, c.value])).toEqual([
      ['C1', { kind: 'text', text: 'x' }],
      ['AN2', { kind: 'number', value: 1.5 }],
      ['A3', { kind: 'number', value: -0 }],
      ['BR3', { kind: 'number', value: 5000 }],
      ['B4', { kind: 'number', value: 7 }],
    ]);
    expect(map.get('B4')).toEqual(map.get('B4'));
    expect(map.get('B4')).not.toBe(map.get('B4'));
    expect([map.size, map.has('A4'), map.has('AN2')]).toEqual([5, false, true]);
  });
});
