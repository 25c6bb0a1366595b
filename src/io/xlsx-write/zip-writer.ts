/**
 * A zip archive built in memory from entries written piece by piece, for the
 * workbooks we write without exceljs. Each entry is deflated in chunks as its
 * text arrives (every chunk a raw deflate stream ended by a sync flush, the
 * last one by a final block: together one valid deflate stream), so a sheet's
 * XML never exists whole: only its compressed bytes are kept. Every entry is
 * dated `date` (the report's as-of date), so equal content gives equal bytes.
 * Deflating on the thread pool instead was tried: on two cores it gained
 * nothing measurable and held more memory.
 */
import zlib from 'node:zlib';
import { pushAll } from '../../core/collections/push-all.js';

const LOCAL_SIGNATURE = 0x04034b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_SIGNATURE = 0x06054b50;
const DEFLATE = 8;
const VERSION = 20;
/** Text is encoded into a buffer this large, deflated each time it fills. */
const CHUNK_BYTES = 1 << 20;
const MAX_ZIP32 = 0xffffffff;

export interface ZipOptions {
  /** `YYYY-MM-DD`: the modification date of every entry (00:00). */
  readonly date: string;
  /** zlib level; 1 is what exceljs's archive used and the fastest. */
  readonly level?: number;
}

interface Entry {
  readonly name: Buffer;
  readonly crc: number;
  readonly size: number;
  readonly compressed: readonly Buffer[];
  readonly compressedSize: number;
}

export class ZipWriter {
  private readonly entries: Entry[] = [];
  private readonly dosDate: number;
  private readonly level: number;
  private open: ZipEntryWriter | undefined;

  constructor(o: ZipOptions) {
    const [y, m, d] = o.date.split('-').map(Number) as [number, number, number];
    this.dosDate = ((Math.max(y, 1980) - 1980) << 9) | (m << 5) | d;
    this.level = o.level ?? 1;
  }

  /** Start an entry; it must be ended before the next one starts. */
  begin(name: string): ZipEntryWriter {
    if (this.open) throw new Error(`zip: entry ${this.open.name} is still open`);
    const entry = new ZipEntryWriter(name, this.level, (done) => {
      this.entries.push(done);
      this.open = undefined;
    });
    this.open = entry;
    return entry;
  }

  /** A whole entry at once. */
  add(name: string, text: string): void {
    const entry = this.begin(name);
    entry.write(text);
    entry.end();
  }

  /** The archive's bytes, as a list of buffers to write in order. */
  finish(): Buffer[] {
    if (this.open) throw new Error(`zip: entry ${this.open.name} is still open`);
    const out: Buffer[] = [];
    const central: Buffer[] = [];
    let offset = 0;
    for (const entry of this.entries) {
      const local = this.header(entry, false, offset);
      out.push(local);
      pushAll(out, entry.compressed);
      central.push(this.header(entry, true, offset));
      offset += local.length + entry.compressedSize;
    }
    const centralSize = central.reduce((sum, b) => sum + b.length, 0);
    if (offset + centralSize > MAX_ZIP32 || this.entries.length > 0xffff) throw new Error('zip: archive too large for zip32');
    const end = Buffer.alloc(22);
    end.writeUInt32LE(EOCD_SIGNATURE, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(centralSize, 12);
    end.writeUInt32LE(offset, 16);
    return [...out, ...central, end];
  }

  private header(entry: Entry, isCentral: boolean, offset: number): Buffer {
    const fixed = isCentral ? 46 : 30;
    const b = Buffer.alloc(fixed + entry.name.length);
    let at = 0;
    b.writeUInt32LE(isCentral ? CENTRAL_SIGNATURE : LOCAL_SIGNATURE, at);
    at += 4;
    if (isCentral) {
      b.writeUInt16LE(VERSION, at); // version made by (MS-DOS)
      at += 2;
    }
    b.writeUInt16LE(VERSION, at); // version needed
    b.writeUInt16LE(0, at + 2); // flags
    b.writeUInt16LE(DEFLATE, at + 4);
    b.writeUInt16LE(0, at + 6); // time 00:00
    b.writeUInt16LE(this.dosDate, at + 8);
    b.writeUInt32LE(entry.crc >>> 0, at + 10);
    b.writeUInt32LE(entry.compressedSize, at + 14);
    b.writeUInt32LE(entry.size, at + 18);
    b.writeUInt16LE(entry.name.length, at + 22);
    b.writeUInt16LE(0, at + 24); // extra field length
    at += 26;
    if (isCentral) {
      // comment length, disk number, internal and external attributes: all 0
      b.writeUInt32LE(offset, at + 10);
      at += 14;
    }
    entry.name.copy(b, at);
    return b;
  }
}

/**
 * One entry being written: text in, deflated chunks kept. Text is encoded
 * into one reusable buffer as it comes (a long-lived string of a megabyte,
 * built from thousands of pieces, cost more in garbage collection than the
 * deflating), and the buffer is deflated whenever it is full.
 */
export class ZipEntryWriter {
  private readonly buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;
  private crc = 0;
  private size = 0;
  private compressedSize = 0;
  private readonly compressed: Buffer[] = [];

  constructor(
    readonly name: string,
    private readonly level: number,
    private readonly done: (entry: Entry) => void,
  ) {}

  /** Any text, UTF-8 encoded. */
  write(text: string): void {
    // A UTF-16 unit takes at most 3 bytes in UTF-8.
    if (this.used + text.length * 3 > CHUNK_BYTES) {
      this.deflate(false);
      if (text.length * 3 > CHUNK_BYTES) {
        this.deflateBytes(Buffer.from(text, 'utf8'), false);
        return;
      }
    }
    this.used += this.buffer.write(text, this.used, 'utf8');
  }

  /**
   * Short ASCII text (markup, cell addresses), copied byte by byte: for the
   * many small pieces of a sheet's rows this beats building strings, which
   * would only be garbage once encoded.
   */
  ascii(text: string): void {
    const n = text.length;
    if (this.used + n > CHUNK_BYTES) this.deflate(false);
    const b = this.buffer;
    let at = this.used;
    for (let i = 0; i < n; i += 1) b[at++] = text.charCodeAt(i);
    this.used = at;
  }

  /** A whole number ≥ 0 in decimal, without making its text. */
  digits(n: number): void {
    if (this.used + 16 > CHUNK_BYTES) this.deflate(false);
    const b = this.buffer;
    let end = this.used + (n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : n < 10000 ? 4 : n < 100000 ? 5 : n < 1000000 ? 6 : String(n).length);
    this.used = end;
    do {
      b[--end] = 48 + (n % 10);
      n = Math.floor(n / 10);
    } while (n > 0);
  }

  /** Binary content (a picture), after whatever text came before it. */
  bytes(data: Uint8Array): void {
    this.deflate(false);
    this.deflateBytes(Buffer.from(data.buffer, data.byteOffset, data.byteLength), false);
  }

  end(): void {
    this.deflate(true);
    if (this.size > MAX_ZIP32 || this.compressedSize > MAX_ZIP32) throw new Error(`zip: entry ${this.name} too large for zip32`);
    this.done({ name: Buffer.from(this.name, 'utf8'), crc: this.crc, size: this.size, compressed: this.compressed, compressedSize: this.compressedSize });
  }

  /** Deflate what the buffer holds; the buffer is then written over again. */
  private deflate(last: boolean): void {
    if (this.used === 0 && !last) return;
    this.deflateBytes(this.buffer.subarray(0, this.used), last);
    this.used = 0;
  }

  private deflateBytes(bytes: Buffer, last: boolean): void {
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    const chunk = zlib.deflateRawSync(bytes, { level: this.level, finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH });
    this.compressed.push(chunk);
    this.compressedSize += chunk.length;
  }
}

// zlib.crc32 exists from Node 20.15; older 20.x computes it here.
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

export function crc32(bytes: Uint8Array, previous = 0): number {
  return nativeCrc32 ? nativeCrc32(bytes, previous) : tableCrc32(bytes, previous);
}

let table: Int32Array | undefined;

/** CRC-32 (the zip one) a byte at a time, for Node versions without zlib.crc32. */
export function tableCrc32(bytes: Uint8Array, previous = 0): number {
  table ??= makeTable();
  let crc = ~previous;
  for (let i = 0; i < bytes.length; i += 1) crc = table[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return ~crc >>> 0;
}

function makeTable(): Int32Array {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
}
