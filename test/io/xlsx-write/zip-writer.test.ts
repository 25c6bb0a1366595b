import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../src/io/xlsx/read-limits.js';
import { readZipDirectory } from '../../../src/io/xlsx/zip-directory.js';
import { extractEntry } from '../../../src/io/xlsx/zip-entry.js';
import { ZipWriter, tableCrc32 } from '../../../src/io/xlsx-write/zip-writer.js';

/** Several megabytes in pieces of every kind: multi-byte text, ASCII markup, numbers, one piece larger than a chunk. */
function writeBig(zip: ZipWriter): string {
  const entry = zip.begin('xl/worksheets/sheet1.xml');
  let expected = '';
  for (let i = 0; i < 60_000; i += 1) {
    const text = i % 7 === 0 ? 'Đã hoàn thành nhiệm vụ 😀 ' : `<c r="A${i}">`;
    entry.write(text);
    entry.ascii('<v>');
    entry.digits(i * 37);
    entry.ascii('</v>');
    expected += `${text}<v>${i * 37}</v>`;
  }
  const huge = 'ạ'.repeat(1_200_000);
  entry.write(huge);
  entry.end();
  return expected + huge;
}

describe('ZipWriter', () => {
  it('writes entries our own reader extracts byte for byte (CRC checked), across deflate chunks', () => {
    const zip = new ZipWriter({ date: '2025-12-31' });
    const big = writeBig(zip);
    zip.add('[Content_Types].xml', '<Types/>');
    zip.add('empty.xml', '');
    const bytes = Buffer.concat(zip.finish());
    const directory = readZipDirectory(bytes, 'x.xlsx', DEFAULT_LIMITS);
    expect([...directory.keys()]).toEqual(['xl/worksheets/sheet1.xml', '[content_types].xml', 'empty.xml']);
    expect(extractEntry(bytes, directory.get('xl/worksheets/sheet1.xml')!, 'x.xlsx').toString('utf8')).toBe(big);
    expect(extractEntry(bytes, directory.get('[content_types].xml')!, 'x.xlsx').toString('utf8')).toBe('<Types/>');
    expect(extractEntry(bytes, directory.get('empty.xml')!, 'x.xlsx').length).toBe(0);
    expect(directory.get('xl/worksheets/sheet1.xml')!.crc32 >>> 0).toBe(tableCrc32(Buffer.from(big, 'utf8')));
  });

  it('writes an entry of many chunks', () => {
    const zip = new ZipWriter({ date: '2025-12-31' });
    const entry = zip.begin('big.xml');
    const line = `<row r="1"><c r="A1" t="s"><v>12345</v></c><c r="B1"><v>ệ</v></c></row>\n`;
    for (let i = 0; i < 150_000; i += 1) entry.write(line); // ≈ 12 MB
    entry.end();
    const bytes = Buffer.concat(zip.finish());
    const directory = readZipDirectory(bytes, 'x.xlsx', { ...DEFAULT_LIMITS, maxRatio: 10_000 }); // a line repeated: a bomb's ratio
    expect(extractEntry(bytes, directory.get('big.xml')!, 'x.xlsx').toString('utf8') === line.repeat(150_000)).toBe(true);
  });

  it('is deterministic and dates every entry with the given day', () => {
    const make = (): Buffer => {
      const zip = new ZipWriter({ date: '2025-12-31' });
      writeBig(zip);
      return Buffer.concat(zip.finish());
    };
    const a = make();
    expect(Buffer.compare(a, make())).toBe(0);
    const local = a.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    expect([a.readUInt16LE(local + 10), a.readUInt16LE(local + 12)]).toEqual([0, ((2025 - 1980) << 9) | (12 << 5) | 31]);
  });

  it('refuses a second open entry', () => {
    const zip = new ZipWriter({ date: '2025-12-31' });
    zip.begin('a.xml');
    expect(() => zip.begin('b.xml')).toThrow(/still open/);
    expect(() => zip.finish()).toThrow(/still open/);
  });

  it('computes the same CRC-32 as zlib without it', () => {
    const bytes = Buffer.from('Chỉ thị 31-CT/TW '.repeat(1000), 'utf8');
    const native = (zlib as { crc32?: (b: Uint8Array, v?: number) => number }).crc32;
    if (native) expect(tableCrc32(bytes)).toBe(native(bytes));
    expect(tableCrc32(bytes.subarray(100), tableCrc32(bytes.subarray(0, 100)))).toBe(tableCrc32(bytes));
    expect(tableCrc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
});
