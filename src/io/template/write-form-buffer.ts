import type { Workbook } from 'exceljs';
import { stampZipEntries } from './stamp-zip-entries.js';

/** The workbook as .xlsx bytes, identical for identical workbooks and `generatedOn`. */
export async function writeFormBuffer(workbook: Workbook, generatedOn: string): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return stampZipEntries(new Uint8Array(buffer as ArrayBuffer), generatedOn);
}
