/**
 * What a file that is supposed to be .xlsx really is, from its first bytes.
 * Agencies rename .xls, CSV and "Excel" HTML exports to .xlsx; each needs its
 * own advice, so a generic "not a zip" is not enough.
 */
export type SniffedFormat = 'zip' | 'legacy-xls' | 'encrypted' | 'csv' | 'html' | 'xml-2003' | 'unknown';

const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
// An encrypted OOXML package is an OLE2 container with these stream names (UTF-16LE in its directory).
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');
const TEXT_SAMPLE_BYTES = 4096;

export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'zip';
  if (OLE2_MAGIC.every((b, i) => bytes[i] === b)) return sniffOle2(bytes);
  return sniffText(bytes);
}

function sniffOle2(bytes: Uint8Array): SniffedFormat {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buf.includes(ENCRYPTION_INFO) || buf.includes(ENCRYPTED_PACKAGE) ? 'encrypted' : 'legacy-xls';
}

function sniffText(bytes: Uint8Array): SniffedFormat {
  const sample = bytes.subarray(0, TEXT_SAMPLE_BYTES);
  if (!looksLikeText(sample)) return 'unknown';
  const text = Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (/^<(!doctype html|html|table|meta|head|body)\b/.test(text) || /<html[\s>]/.test(text)) return 'html';
  if (text.startsWith('<')) {
    return text.includes('urn:schemas-microsoft-com:office:spreadsheet') ? 'xml-2003' : 'unknown';
  }
  return looksLikeCsv(text) ? 'csv' : 'unknown';
}

function looksLikeText(sample: Uint8Array): boolean {
  if (sample.length === 0) return false;
  let control = 0;
  for (const b of sample) {
    if (b === 0) return false;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control += 1;
  }
  return control * 100 < sample.length;
}

/** Every one of the first lines holds the same separator (quoted fields make exact counts unreliable). */
function looksLikeCsv(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 5);
  if (lines.length === 0) return false;
  return [',', ';', '\t'].some((sep) => lines.every((l) => l.includes(sep)));
}
