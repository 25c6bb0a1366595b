/**
 * `atvsld validate` and intake: files and folders in, one CheckedFile per
 * workbook out, in input order. Every file is checked whatever happens to
 * the others; a bug met in one file becomes its INTERNAL_ERROR diagnostic.
 */
import { deserialize } from 'node:v8';
import { SHEETS } from '../core/form/form-layout.js';
import { sheetCellLimit } from '../core/form/sheet-cell-limits.js';
import type { Plan } from '../core/plan/plan-schema.js';
import { checkParsedWorkbook, parseWorkbook, type CheckContext, type ParsedWorkbook } from '../core/submission/check-workbook.js';
import { keepOfCheckedFile, type Keep, type KeptSubmission } from '../core/submission/kept-submission.js';
import { submissionDiagnostic } from '../core/submission/submission-diagnostic.js';
import type { CheckedFile, Submission } from '../core/submission/submission.js';
import { foldKey } from '../core/text/fold-key.js';
import type { Spilled, SpillFile } from '../io/spill/spill-file.js';
import type { SheetState } from '../core/workbook/cell-grid.js';
import { DEFAULT_LIMITS, Deadline, readWorkbookFile, type ReadOptions, type WorkbookReadResult } from '../io/xlsx/read-workbook.js';
import { expandWorkbookPaths, type WorkbookInput } from './expand-workbook-paths.js';
import { makeDiagnostic } from '../core/diagnostics/make-diagnostic.js';
import type { Diagnostic } from '../core/diagnostics/diagnostic.js';
import { collectGarbage } from '../io/collect-garbage.js';
import { openValidatePool, type PooledResult } from './validate-pool.js';

export interface ValidateFilesOptions<K extends Keep = Keep> {
  readonly plan: Plan;
  readonly planHash: string;
  /** Expected reporting year (`--year`); absent: the form's own year is not questioned. */
  readonly year?: number;
  /** Files read at once; reading is mostly CPU, so a few is enough. */
  readonly concurrency?: number;
  /** Called after each file (done of total), for a progress line on a terminal. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Worker threads for many files (validate-pool.ts); default one per core, 0 or 1 for none. */
  readonly workers?: number;
  /**
   * What is kept of each form (kept-submission.ts); default `summary`, what
   * `validate` prints. Results of thousands of files are held at once.
   */
  readonly keep?: K;
  /**
   * Applied to each file as soon as it is checked, so that what it returns is
   * all that stays in memory of the file (consolidation moves task texts to
   * a temporary file here: spill-task-texts.ts).
   */
  readonly onChecked?: (file: CheckedFile<KeptSubmission[K]>) => CheckedFile<KeptSubmission[K]>;
  /**
   * Where files checked by the workers wait, serialized, until every file is
   * checked and the workers are gone: this thread then holds nothing per
   * file while the others are read (consolidation of a national year).
   */
  readonly spill?: SpillFile;
}

/** What checking one file needs of the options. */
type CheckOptions = Pick<ValidateFilesOptions, 'plan' | 'planHash' | 'year'>;

const FORM_SHEETS = new Set([SHEETS.cover, SHEETS.tasks, SHEETS.indicators, SHEETS.meta].map(foldKey));
const INSTRUCTIONS = foldKey(SHEETS.instructions);
const META = foldKey(SHEETS.meta);
/**
 * Past this many cells read, a full garbage collection is asked for after
 * reading and again after parsing (collect-garbage.ts): what each stage
 * leaves is garbage by then, and V8 would let the next stage pile its own on
 * top. A form as issued has a few hundred cells and its sheets are capped at
 * 50,000 each for the Bắc Giang plan (sheet-cell-limits.ts); only a plan of
 * hundreds of tasks allows forms this large. At 750,000 cells (150,000 task
 * rows, read whole before the cap) the two cost ≈ 0.2 s and saved ≈ 60 MB.
 */
const COLLECT_AFTER_CELLS = 100_000;

/** Only the sheets a clerk can see are the form's, and the metadata sheet, which is very hidden by design. */
const readable = (key: string, state: SheetState): boolean => state === 'visible' || key === META;

export async function validateFiles<K extends Keep = 'summary'>(
  paths: readonly WorkbookInput[],
  o: ValidateFilesOptions<K>,
): Promise<CheckedFile<KeptSubmission[K]>[]> {
  type Checked = CheckedFile<KeptSubmission[K]>;
  const targets = await expandWorkbookPaths(paths);
  const settled: (Checked | Spilled)[] = new Array(targets.length);
  const pool = openValidatePool(targets.length, o, (path, raw) => checkFileSafely(path, o, raw));
  const checkOne = pool ? (path: string, raw?: Uint8Array) => pool.check(path, raw) : (path: string, raw?: Uint8Array) => checkFileSafely(path, o, raw);
  const kept = (file: Checked): Checked => (o.onChecked ? o.onChecked(file) : file);
  const settle = (result: PooledResult<KeptSubmission[K]>): Checked | Spilled => ('file' in result ? kept(result) : result);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < targets.length) {
      const index = next;
      next += 1;
      const target = targets[index]!;
      settled[index] = target.kind === 'empty-folder'
        ? kept({ file: target.path, diagnostics: [submissionDiagnostic('VALIDATE_NO_FILES', {}, { file: target.path })] })
        : settle(await checkOne(target.path, target.raw));
      done += 1;
      o.onProgress?.(done, targets.length);
    }
  };
  const workers = Math.max(1, Math.min(pool?.capacity ?? o.concurrency ?? 4, targets.length));
  try {
    await Promise.all(Array.from({ length: workers }, worker));
  } finally {
    await pool?.close();
  }
  // The workers are gone: what waited in the spill becomes objects again, one file at a time.
  return settled.map((s) => ('file' in s ? s : kept(deserialize(o.spill!.read(s)) as Checked)));
}

/**
 * One file, never throwing: also what each worker of the pool runs. `raw`:
 * the bytes of the path, when the name is not valid UTF-8 (RawNamedFile);
 * the file is then checked as any other, with a warning about its name.
 */
export async function checkFileSafely<K extends Keep = 'summary'>(
  path: string,
  o: ValidateFilesOptions<K>,
  raw?: Uint8Array,
): Promise<CheckedFile<KeptSubmission[K]>> {
  try {
    const checked = await checkFile(path, o, raw);
    const named = raw === undefined ? checked : { ...checked, diagnostics: [badNameWarning(path), ...checked.diagnostics] };
    return keepOfCheckedFile(named, o.keep ?? ('summary' as K));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { file: path, diagnostics: [submissionDiagnostic('INTERNAL_ERROR', { message }, { file: path })] };
  }
}

/**
 * Only the form's sheets are read at first (an unrelated huge sheet costs
 * nothing); when they are not all found by name, the file is read again
 * whole so that a renamed sheet is found by its headings.
 */
async function checkFile(path: string, o: CheckOptions, raw: Uint8Array | undefined): Promise<CheckedFile<Submission>> {
  // One time budget for the file, whether it is read once or twice.
  const shared: ReadOptions = {
    ...(raw !== undefined && { rawPath: raw }),
    deadline: new Deadline(DEFAULT_LIMITS.timeBudgetMs, path),
    // Each sheet capped by what a form for this plan can hold (sheet-cell-limits.ts): a pasted dump of 150,000 rows
    // stops at the cap with one WORKBOOK_TOO_MANY_CELLS instead of costing 5 s and 150,000 diagnostics.
    sheetCellLimit: sheetCellLimit(o.plan),
  };
  const first = await readWorkbookFile(path, {
    ...shared,
    sheetFilter: (name, state) => FORM_SHEETS.has(foldKey(name)) && readable(foldKey(name), state),
  });
  // The inflated parts are garbage once read; V8 would let parsing pile on top of them (225 MB → 265 MB, 150,000 rows).
  if (cellsIn(first) > COLLECT_AFTER_CELLS) collectGarbage();
  const skipped = skippedVisibleSheet(first);
  let checked = check(first, o);
  if (skipped && !checked.submission?.sheets?.tasks) {
    const whole = await readWorkbookFile(path, {
      ...shared,
      sheetFilter: (name, state) => foldKey(name) !== INSTRUCTIONS && readable(foldKey(name), state),
    });
    checked = check(whole, o);
  }
  return checked;
}

/**
 * Whether a visible sheet other than the form's was left unread. Asked here,
 * not inline in checkFile: a frame keeps what it loaded (the grid's list of
 * sheets) for as long as it runs, and checkFile runs on while the checks do.
 */
function skippedVisibleSheet(read: WorkbookReadResult): boolean {
  return read.grid?.sheets.some((s) => !FORM_SHEETS.has(foldKey(s.name)) && foldKey(s.name) !== INSTRUCTIONS && s.state === 'visible') ?? false;
}

function cellsIn(read: WorkbookReadResult): number {
  let cells = 0;
  for (const sheet of read.grid?.sheets ?? []) cells += sheet.cells.size;
  return cells;
}

function badNameWarning(path: string): Diagnostic {
  return makeDiagnostic('WORKBOOK_NAME_NOT_UTF8', {}, { location: { file: path } });
}

function check(read: WorkbookReadResult, o: CheckOptions): CheckedFile<Submission> {
  if (!read.grid) return { file: read.file, ...(read.sha256 !== undefined && { sha256: read.sha256 }), diagnostics: read.diagnostics };
  const ctx: CheckContext = {
    file: read.file,
    sha256: read.sha256 ?? '',
    ...(read.modifiedAt !== undefined && { modifiedAt: read.modifiedAt }),
    plan: o.plan,
    planHash: o.planHash,
    ...(o.year !== undefined && { year: o.year }),
  };
  const large = cellsIn(read) > COLLECT_AFTER_CELLS;
  const parsed = parseTakingGrid(read, ctx);
  // The grid is garbage now (what the form kept of it is in `parsed`); V8 would let the checks pile on top of it.
  if (large) collectGarbage();
  const checked = checkParsedWorkbook(parsed, ctx);
  return { ...checked, diagnostics: [...read.diagnostics, ...checked.diagnostics] };
}

/**
 * Parses the grid and takes it out of `read`, so that no frame holds it
 * while the checks run: for a form of 150,000 task rows the grid is 80 MB
 * of cells that parsing has turned into task rows.
 */
function parseTakingGrid(read: WorkbookReadResult, ctx: CheckContext): ParsedWorkbook {
  const grid = read.grid!;
  read.grid = undefined;
  return parseWorkbook(grid, ctx);
}

