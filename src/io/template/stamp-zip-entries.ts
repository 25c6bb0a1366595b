/**
 * JSZip (inside exceljs) stamps every zip entry with the current local time,
 * so two runs on the same inputs differ in a few bytes. Overwriting the DOS
 * date/time of every entry with one fixed date makes the output
 * byte-identical (PRODUCT.md §10) and independent of the time zone.
 */
const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/** Set every entry's modification date to `isoDate` (`YYYY-MM-DD`, 00:00). Mutates and returns `bytes`. */
export function stampZipEntries(bytes: Uint8Array, isoDate: string): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const dosDate = ((Math.max(y, 1980) - 1980) << 9) | (m << 5) | d;
  const eocd = findEndOfCentralDirectory(view);
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  for (let i = 0; i < entries; i += 1) {
    if (view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw new Error('stampZipEntries: bad central directory');
    view.setUint16(at + 12, 0, true);
    view.setUint16(at + 14, dosDate, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL_SIGNATURE) throw new Error('stampZipEntries: bad local header');
    view.setUint16(local + 10, 0, true);
    view.setUint16(local + 12, dosDate, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return bytes;
}

function findEndOfCentralDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at -= 1) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  throw new Error('stampZipEntries: no end of central directory');
}
