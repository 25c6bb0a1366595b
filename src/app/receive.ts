/**
 * `atvsld receive`: the intake step for each arriving file. Validate it,
 * store a copy under `submissions/<Y>/<agency>-<Y>-<seq>.xlsx` (never
 * overwriting anything), and append a receipt. The file received is only
 * read, never moved or changed.
 *
 * Files are opened as `validate` opens them, before any byte is read: only
 * regular files (a symlink only to one), within the reader's size limit, a
 * FIFO never waited on. A missing, unreadable or special file, or a folder
 * without workbooks, is that file's diagnostic and the others are still
 * received. A form is filed only into the year being received (`--year`,
 * else the year of arrival): a form for another year is refused, not filed
 * silently where nobody expects it.
 */
import { createHash } from 'node:crypto';
import { basename, extname, join } from 'node:path';
import type { Receipt } from '../core/consolidation/receipt.js';
import { countBySeverity, type Diagnostic } from '../core/diagnostics/diagnostic.js';
import type { Plan } from '../core/plan/plan-schema.js';
import { appendReceipt, readReceipts } from '../io/receipts/receipts-file.js';
import { storeWithoutOverwrite } from '../io/receipts/store-file.js';
import { withWorkspaceLock, type LockOptions } from '../io/workspace-lock.js';
import { DEFAULT_LIMITS, loadFile } from '../io/xlsx/read-workbook.js';
import { workbookDiagnostic } from '../io/xlsx/read-failure.js';
import { submissionDiagnostic } from '../core/submission/submission-diagnostic.js';
import type { ValidateFiles } from './consolidation-inputs.js';
import { expandWorkbookPaths } from './expand-workbook-paths.js';
import { makeDiagnostic } from '../core/diagnostics/make-diagnostic.js';
import { UserError } from '../core/diagnostics/user-error.js';
import type { ArgsOf } from '../core/diagnostics/catalog.js';

export interface ReceiveOptions {
  readonly workspace: { readonly submissionsDir: string; readonly outDir: string };
  readonly plan: Plan;
  readonly planHash: string;
  /** Paths of the arriving files, or folders holding them (searched as `validate` does). */
  readonly files: readonly string[];
  /** The year being received (`--year`); default: the year of `at`. A form for another year is not stored. */
  readonly year?: number;
  /** Time of arrival, ISO 8601 with offset (`--at`, default now at the CLI edge). */
  readonly at: string;
  readonly validate: ValidateFiles;
  readonly lock?: LockOptions;
}

export interface ReceivedFile {
  readonly originalName: string;
  /** The path as given or found in a folder given. */
  readonly path: string;
  /** Path of the stored copy; absent when the file was not stored. */
  readonly storedPath?: string;
  readonly agency?: string;
  readonly year: number;
  readonly errors: number;
  readonly warnings: number;
  /** Same bytes already received: nothing stored, no second receipt. */
  readonly alreadyReceived: boolean;
}

export interface ReceiveResult {
  readonly received: ReceivedFile[];
  readonly diagnostics: Diagnostic[];
}

/** Stands in for an agency the file does not name, so that the file is still kept. */
const UNKNOWN_AGENCY = 'khong-ro';

export async function runReceive(o: ReceiveOptions): Promise<ReceiveResult> {
  return withWorkspaceLock(o.workspace.outDir, async () => {
    const received: ReceivedFile[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const target of await expandWorkbookPaths(o.files)) {
      if (target.kind === 'empty-folder') {
        diagnostics.push(submissionDiagnostic('VALIDATE_NO_FILES', {}, { file: target.path }));
        continue;
      }
      const one = await receiveOne(o, target.path, target.raw);
      received.push(one.file);
      for (const d of one.diagnostics) diagnostics.push(d);
    }
    return { received, diagnostics };
  }, o.lock);
}

/** The year being received: `--year`, else the year of arrival as written in `at` (its own offset). */
export function yearBeingReceived(o: Pick<ReceiveOptions, 'year' | 'at'>): number {
  return o.year ?? Number(o.at.slice(0, 4));
}

/**
 * `raw`: the bytes of the path when the name is not valid UTF-8; the file is
 * opened by them, and `path` (those bytes shown, the invalid ones as `\xFF`)
 * is the name printed and kept in the receipt. The stored copy is named by
 * its agency and year, never after the file received.
 */
async function receiveOne(o: ReceiveOptions, path: string, raw: Uint8Array | undefined): Promise<{ file: ReceivedFile; diagnostics: Diagnostic[] }> {
  const year = yearBeingReceived(o);
  const originalName = basename(path);
  const notStored = (diagnostics: Diagnostic[]): { file: ReceivedFile; diagnostics: Diagnostic[] } => {
    const counts = countBySeverity(diagnostics);
    return { file: { originalName, path, year, errors: counts.error, warnings: counts.warning, alreadyReceived: false }, diagnostics };
  };
  // Looked at before read: a FIFO, /dev/zero or a 3 GB file is refused here, as validate refuses it.
  const loaded = loadFile(raw ?? path, DEFAULT_LIMITS.maxFileBytes);
  if (!('bytes' in loaded)) {
    const refused = workbookDiagnostic(loaded.code, { file: path }, (loaded.args ?? {}) as ArgsOf<typeof loaded.code>);
    return notStored(raw === undefined ? [refused] : [makeDiagnostic('WORKBOOK_NAME_NOT_UTF8', {}, { location: { file: path } }), refused]);
  }
  const bytes = loaded.bytes;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  // Checked against its own year: a form for another year gets one clear diagnostic below, not a page of misfits.
  const [checked] = await o.validate([raw === undefined ? path : { path, raw }], { plan: o.plan, planHash: o.planHash });
  const diagnostics = [...(checked?.diagnostics ?? [])];
  const submission = checked?.submission;
  if (!submission) {
    diagnostics.push({ code: 'RECEIVE_NOT_A_FORM', severity: 'error', args: {}, location: { file: path } });
    return notStored(diagnostics);
  }
  if (submission.year !== undefined && submission.year !== year) {
    diagnostics.push({ code: 'RECEIVE_OTHER_YEAR', severity: 'error', args: { fileYear: submission.year, year }, location: { file: path } });
    return notStored(diagnostics);
  }
  if (checked.sha256 !== undefined && checked.sha256 !== sha256) {
    diagnostics.push({ code: 'RECEIVE_FILE_CHANGED', severity: 'error', args: {}, location: { file: path } });
    return notStored(diagnostics);
  }
  const counts = countBySeverity(diagnostics);
  const agency = submission.agency ?? UNKNOWN_AGENCY;
  const base = { originalName, path, year, errors: counts.error, warnings: counts.warning, agency };
  const yearDir = join(o.workspace.submissionsDir, String(year));
  const earlier = (await readReceipts(yearDir)).receipts.find((r) => r.sha256 === sha256);
  if (earlier) {
    diagnostics.push({ code: 'RECEIVE_ALREADY_RECEIVED', severity: 'info', args: { stored: earlier.storedName }, location: { file: path } });
    return { file: { ...base, storedPath: join(yearDir, earlier.storedName), alreadyReceived: true }, diagnostics };
  }
  // The bytes hashed are the bytes stored: the receipt's fingerprint is the stored file's.
  const storedPath = await storeWithoutOverwrite(yearDir, `${agency}-${year}`, extname(path).toLowerCase() || '.xlsx', bytes);
  const receipt: Receipt = { originalName, storedName: basename(storedPath), sha256, receivedAt: o.at, errors: counts.error, warnings: counts.warning };
  await appendReceipt(yearDir, receipt);
  return { file: { ...base, storedPath, alreadyReceived: false }, diagnostics };
}

/**
 * Why an arrival time cannot be right, or undefined: more than a day after
 * `now` (a typo such as 2062, or a wrong clock; a day allows for time zones),
 * or in a year before the plan's first. The CLI stops the command with it.
 */
export function arrivalTimeProblem(at: string, now: Date, firstYear: number): UserError | undefined {
  const ms = Date.parse(at);
  if (Number.isFinite(ms) && ms > now.getTime() + DAY_MS) {
    return new UserError('RECEIVE_AT_IN_FUTURE', { at, now: `${now.toISOString().slice(0, 16).replace('T', ' ')} UTC` });
  }
  if (Number(at.slice(0, 4)) < firstYear) return new UserError('RECEIVE_AT_BEFORE_PLAN', { at, firstYear });
  return undefined;
}

const DAY_MS = 24 * 60 * 60 * 1000;
