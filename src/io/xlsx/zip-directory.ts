/**
 * The zip's central directory, read by random access from the end of the
 * file. A sequential (streaming) unzip has to guess where entries end and was
 * measured losing whole sheets silently; the central directory never guesses.
 */
import { fail } from './read-failure.js';
import type { ReadLimits } from './read-limits.js';

export interface ZipEntry {
  /** Part name as stored, with `\` turned into `/` and no leading `/`. */
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localOffset: number;
}

/** Entries keyed by lower-cased part name: OPC part names are case-insensitive. */
export type ZipDirectory = ReadonlyMap<string, ZipEntry>;

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const U32_MAX = 0xffffffff;

interface DirectoryBounds {
  readonly count: number;
  readonly offset: number;
  readonly size: number;
}

export function readZipDirectory(bytes: Uint8Array, file: string, limits: ReadLimits): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(view);
  if (eocd < 0) fail('WORKBOOK_TRUNCATED', file, { reason: 'no-end-of-central-directory' });
  const bounds = readBounds(view, eocd, file);
  if (bounds.count > limits.maxEntries) {
    fail('WORKBOOK_TOO_MANY_PARTS', file, { count: bounds.count, limit: limits.maxEntries });
  }
  if (bounds.offset + bounds.size > eocd) {
    fail('WORKBOOK_TRUNCATED', file, { reason: 'directory-past-end' });
  }
  return walkDirectory(view, bytes, bounds, file, limits);
}

function findEocd(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - EOCD_SIZE - MAX_COMMENT);
  for (let at = view.byteLength - EOCD_SIZE; at >= lowest; at -= 1) {
    if (view.getUint32(at, true) !== EOCD_SIG) continue;
    // The signature bytes can also occur inside a comment; the real record's comment ends the file.
    if (at + EOCD_SIZE + view.getUint16(at + 20, true) <= view.byteLength) return at;
  }
  return -1;
}

function readBounds(view: DataView, eocd: number, file: string): DirectoryBounds {
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 6, true) !== 0) {
    fail('WORKBOOK_TRUNCATED', file, { reason: 'multi-volume' });
  }
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count !== 0xffff && size !== U32_MAX && offset !== U32_MAX) return { count, offset, size };
  return readZip64Bounds(view, eocd, file);
}

/** Minimal zip64: some writers emit it even for small files; a workbook never needs more than 2^53 bytes. */
function readZip64Bounds(view: DataView, eocd: number, file: string): DirectoryBounds {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIG) {
    fail('WORKBOOK_TRUNCATED', file, { reason: 'zip64-locator-missing' });
  }
  const record = Number(view.getBigUint64(locator + 8, true));
  if (record + 56 > locator || view.getUint32(record, true) !== ZIP64_EOCD_SIG) {
    fail('WORKBOOK_TRUNCATED', file, { reason: 'zip64-directory-missing' });
  }
  return {
    count: Number(view.getBigUint64(record + 32, true)),
    size: Number(view.getBigUint64(record + 40, true)),
    offset: Number(view.getBigUint64(record + 48, true)),
  };
}

function walkDirectory(
  view: DataView,
  bytes: Uint8Array,
  bounds: DirectoryBounds,
  file: string,
  limits: ReadLimits,
): ZipDirectory {
  const entries = new Map<string, ZipEntry>();
  const end = bounds.offset + bounds.size;
  let at = bounds.offset;
  let total = 0;
  for (let i = 0; i < bounds.count; i += 1) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_SIG) {
      fail('WORKBOOK_TRUNCATED', file, { reason: 'directory-damaged' });
    }
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const next = at + 46 + nameLength + extraLength + view.getUint16(at + 32, true);
    if (next > end) fail('WORKBOOK_TRUNCATED', file, { reason: 'directory-damaged' });
    const entry = readEntry(view, bytes, at, nameLength, extraLength);
    const key = entry.name.toLowerCase();
    if (entries.has(key)) fail('WORKBOOK_DUPLICATE_PART', file, { part: entry.name });
    checkEntrySize(entry, file, limits);
    total += entry.uncompressedSize;
    if (total > limits.maxTotalBytes) {
      fail('WORKBOOK_ZIP_BOMB', file, { part: entry.name, reason: 'parts-total', limit: limits.maxTotalBytes });
    }
    entries.set(key, entry);
    at = next;
  }
  return entries;
}

function readEntry(view: DataView, bytes: Uint8Array, at: number, nameLength: number, extraLength: number): ZipEntry {
  const flags = view.getUint16(at + 8, true);
  const rawName = Buffer.from(bytes.buffer, bytes.byteOffset + at + 46, nameLength);
  // Bit 11: UTF-8 name; otherwise CP437, which latin1 matches for the ASCII names OOXML uses.
  const name = normalizePartName(rawName.toString(flags & 0x800 ? 'utf8' : 'latin1'));
  let uncompressedSize = view.getUint32(at + 24, true);
  let compressedSize = view.getUint32(at + 20, true);
  let localOffset = view.getUint32(at + 42, true);
  if (uncompressedSize === U32_MAX || compressedSize === U32_MAX || localOffset === U32_MAX) {
    const zip64 = readZip64Extra(view, at + 46 + nameLength, extraLength);
    let k = 0;
    if (uncompressedSize === U32_MAX) uncompressedSize = zip64[k++] ?? uncompressedSize;
    if (compressedSize === U32_MAX) compressedSize = zip64[k++] ?? compressedSize;
    if (localOffset === U32_MAX) localOffset = zip64[k++] ?? localOffset;
  }
  return {
    name,
    flags,
    method: view.getUint16(at + 10, true),
    crc32: view.getUint32(at + 16, true),
    compressedSize,
    uncompressedSize,
    localOffset,
  };
}

function readZip64Extra(view: DataView, start: number, length: number): number[] {
  for (let at = start; at + 4 <= start + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      const values: number[] = [];
      for (let v = at + 4; v + 8 <= at + 4 + size; v += 8) values.push(Number(view.getBigUint64(v, true)));
      return values;
    }
    at += 4 + size;
  }
  return [];
}

export function normalizePartName(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '');
}

function checkEntrySize(entry: ZipEntry, file: string, limits: ReadLimits): void {
  if (entry.uncompressedSize > limits.maxEntryBytes) {
    fail('WORKBOOK_ZIP_BOMB', file, {
      part: entry.name,
      reason: 'inflated-size',
      bytes: entry.uncompressedSize,
      limit: limits.maxEntryBytes,
    });
  }
  const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
  if (entry.uncompressedSize > limits.ratioMinBytes && ratio > limits.maxRatio) {
    fail('WORKBOOK_ZIP_BOMB', file, {
      part: entry.name,
      reason: 'compression-ratio',
      ratio: Math.round(ratio),
      limit: limits.maxRatio,
    });
  }
}
