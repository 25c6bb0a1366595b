/**
 * Inflate one zip entry with a hard output cap. The cap is the size the
 * central directory declares (already checked against the limits), so a
 * lying entry is stopped the moment it passes what it promised — never
 * inflated first and measured after.
 */
import * as zlib from 'node:zlib';
import { fail } from './read-failure.js';
import type { ZipEntry } from './zip-directory.js';
import { normalizePartName } from './zip-directory.js';

const LOCAL_SIG = 0x04034b50;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;
const MIN_CHUNK = 64;

// zlib.crc32 exists from Node 20.15; on older 20.x the CRC check is skipped (sizes are still enforced).
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

export function extractEntry(bytes: Uint8Array, entry: ZipEntry, file: string): Buffer {
  const data = locateData(bytes, entry, file);
  if (entry.flags & 0x1) fail('WORKBOOK_ENCRYPTED', file, { part: entry.name });
  const out = inflate(data, entry, file);
  if (out.length !== entry.uncompressedSize) {
    fail('WORKBOOK_CORRUPT', file, { part: entry.name, reason: 'size-mismatch' });
  }
  if (nativeCrc32 && nativeCrc32(out) >>> 0 !== entry.crc32 >>> 0) {
    fail('WORKBOOK_CORRUPT', file, { part: entry.name, reason: 'checksum-mismatch' });
  }
  return out;
}

function locateData(bytes: Uint8Array, entry: ZipEntry, file: string): Buffer {
  const at = entry.localOffset;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== LOCAL_SIG) {
    fail('WORKBOOK_TRUNCATED', file, { reason: 'local-header-missing', entry: entry.name });
  }
  const nameLength = view.getUint16(at + 26, true);
  const start = at + 30 + nameLength + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.byteLength) fail('WORKBOOK_TRUNCATED', file, { reason: 'entry-cut-short', entry: entry.name });
  const localName = Buffer.from(bytes.buffer, bytes.byteOffset + at + 30, nameLength);
  const decoded = normalizePartName(localName.toString(entry.flags & 0x800 ? 'utf8' : 'latin1'));
  if (decoded !== entry.name) {
    fail('WORKBOOK_TRUNCATED', file, { reason: 'local-header-mismatch', entry: entry.name });
  }
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, entry.compressedSize);
}

function inflate(data: Buffer, entry: ZipEntry, file: string): Buffer {
  if (entry.method === METHOD_STORED) return data;
  if (entry.method !== METHOD_DEFLATE) {
    fail('WORKBOOK_UNSUPPORTED_COMPRESSION', file, { part: entry.name, method: entry.method });
  }
  try {
    // One output buffer one byte larger than the declared size: node's sync inflate then returns
    // it as is, instead of gathering 16 KB pieces and copying them (twice the memory at the peak).
    // A part that inflates past its declared size fills it and is stopped by maxOutputLength.
    return zlib.inflateRawSync(data, {
      maxOutputLength: Math.max(1, entry.uncompressedSize),
      chunkSize: Math.max(MIN_CHUNK, entry.uncompressedSize + 1),
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      fail('WORKBOOK_ZIP_BOMB', file, {
        part: entry.name,
        reason: 'inflates-past-declared',
        declared: entry.uncompressedSize,
      });
    }
    return fail('WORKBOOK_CORRUPT', file, { part: entry.name, reason: 'inflate-failed', detail: (error as Error).message });
  }
}
