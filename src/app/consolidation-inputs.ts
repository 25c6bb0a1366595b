/**
 * Reading what consolidation needs from a workspace: the forms of a year
 * folder (validated), its receipts, and the history file. Shared by
 * `consolidate` and `status`.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../core/diagnostics/diagnostic.js';
import type { Plan } from '../core/plan/plan-schema.js';
import type { CheckedFile, SubmissionFacts } from '../core/submission/submission.js';
import { readReceipts } from '../io/receipts/receipts-file.js';
import { spillTaskTexts } from '../io/spill/spill-task-texts.js';
import type { SpillFile } from '../io/spill/spill-file.js';
import type { WorkbookInput } from './expand-workbook-paths.js';

/**
 * The validation entry point (src/app/validate-files.ts), passed in so that
 * this code is testable without it. It keeps of each form only what
 * consolidation reads (SubmissionFacts).
 */
export type ValidateFiles = (
  paths: WorkbookInput[],
  options: { plan: Plan; planHash: string; year?: number },
) => Promise<CheckedFile<SubmissionFacts>[]>;

/** Workbook-looking files of a year folder, sorted; Excel's `~$` owner files, LibreOffice locks and our temp files are skipped. */
export async function listYearFiles(yearDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(yearDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .filter((n) => /\.(xlsx|xlsm|xls)$/i.test(n) && !n.startsWith('~$') && !n.startsWith('.'))
    .sort()
    .map((n) => join(yearDir, n));
}

export interface YearInputs {
  readonly files: CheckedFile<SubmissionFacts>[];
  readonly diagnostics: Diagnostic[];
  readonly receipts: Awaited<ReturnType<typeof readReceipts>>['receipts'];
}

export async function readYearInputs(
  submissionsDir: string,
  year: number,
  o: { plan: Plan; planHash: string; validate: ValidateFiles },
): Promise<YearInputs> {
  const yearDir = join(submissionsDir, String(year));
  const paths = await listYearFiles(yearDir);
  const files = paths.length > 0 ? await o.validate(paths, { plan: o.plan, planHash: o.planHash, year }) : [];
  const { receipts, diagnostics } = await readReceipts(yearDir);
  return { files, receipts, diagnostics };
}

/**
 * The real validator, loaded on demand so that `status --help` and the tests
 * of this module stay light. Given a spill, forms checked by workers wait
 * there until all are checked, and their task texts stay there; the spill
 * must stay open while the report that refers to them is written.
 */
export async function loadValidateFiles(spill?: SpillFile): Promise<ValidateFiles> {
  const mod = await import('./validate-files.js');
  if (!spill) return (paths, options) => mod.validateFiles(paths, { ...options, keep: 'facts' });
  const onChecked = (file: CheckedFile<SubmissionFacts>) => spillTaskTexts(file, spill);
  return (paths, options) => mod.validateFiles(paths, { ...options, keep: 'facts', spill, onChecked });
}
