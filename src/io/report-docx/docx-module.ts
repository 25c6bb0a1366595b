/** The `docx` library, loaded only when a report is written (the CLI's other commands never pay for it). */
import type * as Docx from 'docx';

export type DocxModule = typeof Docx;

export async function loadDocx(): Promise<DocxModule> {
  return import('docx');
}
