/** The zip container after its guards passed: parts by name, inflated on demand under the byte caps. */
import type { Deadline } from './deadline.js';
import type { DiagnosticCode } from '../../core/diagnostics/catalog.js';
import { fail } from './read-failure.js';
import type { ReadLimits } from './read-limits.js';
import { type SniffedFormat, sniffFormat } from './sniff-format.js';
import { type ZipDirectory, readZipDirectory } from './zip-directory.js';
import { extractEntry } from './zip-entry.js';

const REFUSALS = {
  'legacy-xls': 'WORKBOOK_LEGACY_XLS',
  encrypted: 'WORKBOOK_ENCRYPTED',
  csv: 'WORKBOOK_CSV',
  html: 'WORKBOOK_HTML',
  'xml-2003': 'WORKBOOK_XML_2003',
  unknown: 'WORKBOOK_NOT_ZIP',
} as const satisfies Record<Exclude<SniffedFormat, 'zip'>, DiagnosticCode>;

export class XlsxPackage {
  private inflated = 0;

  private constructor(
    private readonly bytes: Uint8Array,
    private readonly directory: ZipDirectory,
    readonly file: string,
    private readonly limits: ReadLimits,
    private readonly deadline: Deadline,
  ) {}

  /** Sniffs the format and walks the central directory; throws ReadFailure for anything but a sound zip. */
  static open(bytes: Uint8Array, file: string, limits: ReadLimits, deadline: Deadline): XlsxPackage {
    const format = sniffFormat(bytes);
    if (format !== 'zip') fail(REFUSALS[format], file, {});
    return new XlsxPackage(bytes, readZipDirectory(bytes, file, limits), file, limits, deadline);
  }

  has(part: string): boolean {
    return this.directory.has(part.toLowerCase());
  }

  /** The inflated part, or undefined when the package has no such part. */
  read(part: string): Buffer | undefined {
    const entry = this.directory.get(part.toLowerCase());
    if (!entry) return undefined;
    this.deadline.check();
    this.inflated += entry.uncompressedSize;
    if (this.inflated > this.limits.maxTotalBytes) {
      fail('WORKBOOK_ZIP_BOMB', this.file, { part: entry.name, reason: 'parts-total', limit: this.limits.maxTotalBytes });
    }
    const data = extractEntry(this.bytes, entry, this.file);
    this.deadline.check();
    return data;
  }

  require(part: string): Buffer {
    return this.read(part) ?? fail('WORKBOOK_MISSING_PART', this.file, { part });
  }
}
