/**
 * Builds small .xlsx packages in memory for reader tests: a minimal zip
 * writer plus the handful of parts a workbook needs. Parts can be replaced
 * or added to build broken and hostile variants.
 */
import { deflateRawSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

export interface ZipPart {
  name: string;
  data: string | Buffer;
  /** 0 stored, 8 deflate (default). */
  method?: number;
}

export function zipParts(parts: readonly ZipPart[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const data = typeof part.data === 'string' ? Buffer.from(part.data, 'utf8') : part.data;
    const method = part.method ?? 8;
    const body = method === 8 ? deflateRawSync(data) : data;
    const name = Buffer.from(part.name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x800, 8);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, name, body);
    central.push(entry, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(parts.length, 8);
  eocd.writeUInt16LE(parts.length, 10);
  eocd.writeUInt32LE(directory.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, eocd]);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface SheetSpec {
  name: string;
  /** Inner XML of `<sheetData>`, or a whole part when it starts with `<?xml` or `<worksheet`. */
  xml: string;
  state?: 'hidden' | 'veryHidden';
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  /** `<si>` inner XML per string (e.g. `<t>x</t>` or rich runs). */
  sharedStrings?: string[];
  date1904?: boolean;
  /** Extra `<definedName>` elements. */
  definedNames?: string;
  /** Extra `numFmt` codes: style index 3 + i uses custom format 165 + i. */
  customFormats?: string[];
  /** Extra fonts by name: style index 3 + (number of custom formats) + i uses font i + 1 (font 0 is Calibri). */
  fonts?: string[];
  /** Differential formats' own fonts (conditional formats): not fonts cell styles refer to. */
  dxfFonts?: string[];
}

/** Style 0 general, 1 built-in date 14, 2 custom "dd/mm/yyyy" (164), 3… the custom formats given. */
function styles(custom: readonly string[], fonts: readonly string[] = [], dxfFonts: readonly string[] = []): string {
  const fmts = ['dd/mm/yyyy', ...custom].map((code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${escapeXml(code)}"/>`);
  const xfs = [
    ...['0', '14', '164', ...custom.map((_, i) => String(165 + i))].map((id) => `<xf numFmtId="${id}"/>`),
    ...fonts.map((_, i) => `<xf numFmtId="0" fontId="${i + 1}" applyFont="1"/>`),
  ];
  const fontList = ['Calibri', ...fonts].map((name) => `<font><sz val="11"/><name val="${escapeXml(name)}"/></font>`).join('');
  const dxfs = dxfFonts.length > 0 ? `<dxfs count="${dxfFonts.length}">${dxfFonts.map((name) => `<dxf><font><name val="${escapeXml(name)}"/></font></dxf>`).join('')}</dxfs>` : '';
  return `<styleSheet xmlns="${MAIN}"><numFmts>${fmts.join('')}</numFmts><fonts count="${fonts.length + 1}">${fontList}</fonts><cellStyleXfs><xf numFmtId="14"/></cellStyleXfs><cellXfs>${xfs.join('')}</cellXfs>${dxfs}</styleSheet>`;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function workbookParts(spec: WorkbookSpec): ZipPart[] {
  const sheets = spec.sheets
    .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
    .join('');
  const rels = spec.sheets
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join('');
  const n = spec.sheets.length;
  const parts: ZipPart[] = [
    { name: '[Content_Types].xml', data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: '_rels/.rels', data: `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    {
      name: 'xl/workbook.xml',
      data: `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr${spec.date1904 ? ' date1904="1"' : ''}/><sheets>${sheets}</sheets><definedNames>${spec.definedNames ?? ''}</definedNames></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<Relationships xmlns="${PKG}">${rels}<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="/xl/sharedStrings.xml"/></Relationships>`,
    },
    { name: 'xl/styles.xml', data: styles(spec.customFormats ?? [], spec.fonts, spec.dxfFonts) },
  ];
  if (spec.sharedStrings) {
    parts.push({ name: 'xl/sharedStrings.xml', data: `<sst xmlns="${MAIN}">${spec.sharedStrings.map((s) => `<si>${s}</si>`).join('')}</sst>` });
  }
  spec.sheets.forEach((s, i) => {
    const whole = s.xml.startsWith('<?xml') || s.xml.startsWith('<worksheet') || s.xml.startsWith('<x:worksheet');
    parts.push({ name: `xl/worksheets/sheet${i + 1}.xml`, data: whole ? s.xml : `<worksheet xmlns="${MAIN}"><sheetData>${s.xml}</sheetData></worksheet>` });
  });
  return parts;
}

export function buildWorkbook(spec: WorkbookSpec): Buffer {
  return zipParts(workbookParts(spec));
}
