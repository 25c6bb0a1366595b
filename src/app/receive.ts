/**
 * `atvsld receive`: the intake step for each arriving file. Validate it,
 * store a copy under `submissions/<Y>/<agency>-<Y>-<seq>.xlsx` (never
 * overwriting anything), and append a receipt. The file received is only
 * read, never moved or changed.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Receipt } from '../core/consolidation/receipt.js';
import { countBySeverity, type Diagnostic } from '../core/diagnostics/diagnostic.js';
import type { Plan } from '../core/plan/plan-schema.js';
import { appendReceipt, readReceipts } from '../io/receipts/receipts-file.js';
import { storeWithoutOverwrite } from '../io/receipts/store-file.js';
import { withWorkspaceLock, type LockOptions } from '../io/workspace-lock.js';
import type { ValidateFiles } from './consolidation-inputs.js';

export interface ReceiveOptions {
  readonly workspace: { readonly submissionsDir: string; readonly outDir: string };
  readonly plan: Plan;
  readonly planHash: string;
  /** Paths of the arriving files. */
  readonly files: readonly string[];
  /** Reporting year; default: the form's own year, else the year of `at`. */
  readonly year?: number;
  /** Time of arrival, ISO 8601 with offset (`--at`, default now at the CLI edge). */
  readonly at: string;
  readonly validate: ValidateFiles;
  readonly lock?: LockOptions;
}

export interface ReceivedFile {
  readonly originalName: string;
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
    for (const path of o.files) {
      const one = await receiveOne(o, path);
      received.push(one.file);
      diagnostics.push(...one.diagnostics);
    }
    return { received, diagnostics };
  }, o.lock);
}

async function receiveOne(o: ReceiveOptions, path: string): Promise<{ file: ReceivedFile; diagnostics: Diagnostic[] }> {
  const bytes = await readFile(path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const fallbackYear = o.year ?? Number(o.at.slice(0, 4));
  // Without --year the form's own year is trusted: a 2025 form arriving in January 2026 is not "another year".
  const [checked] = await o.validate([path], { plan: o.plan, planHash: o.planHash, ...(o.year !== undefined ? { year: o.year } : {}) });
  const diagnostics = [...(checked?.diagnostics ?? [])];
  const counts = countBySeverity(diagnostics);
  const originalName = basename(path);
  const submission = checked?.submission;
  const year = o.year ?? submission?.year ?? fallbackYear;
  const base = { originalName, year, errors: counts.error, warnings: counts.warning };
  if (!submission) {
    diagnostics.push({ code: 'RECEIVE_NOT_A_FORM', severity: 'error', args: {}, location: { file: path } });
    // The file's line counts what is said about it, refusal included, so that the lines add up to the total.
    return { file: { ...base, errors: counts.error + 1, alreadyReceived: false }, diagnostics };
  }
  const agency = submission.agency ?? UNKNOWN_AGENCY;
  const yearDir = join(o.workspace.submissionsDir, String(year));
  const earlier = (await readReceipts(yearDir)).receipts.find((r) => r.sha256 === sha256);
  if (earlier) {
    diagnostics.push({ code: 'RECEIVE_ALREADY_RECEIVED', severity: 'info', args: { stored: earlier.storedName }, location: { file: path } });
    return { file: { ...base, agency, storedPath: join(yearDir, earlier.storedName), alreadyReceived: true }, diagnostics };
  }
  // The bytes hashed are the bytes stored: the receipt's fingerprint is the stored file's.
  const storedPath = await storeWithoutOverwrite(yearDir, `${agency}-${year}`, extname(path).toLowerCase() || '.xlsx', bytes);
  const receipt: Receipt = { originalName, storedName: basename(storedPath), sha256, receivedAt: o.at, errors: counts.error, warnings: counts.warning };
  await appendReceipt(yearDir, receipt);
  return { file: { ...base, agency, storedPath, alreadyReceived: false }, diagnostics };
}
