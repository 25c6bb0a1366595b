/**
 * The receipts file `submissions/<Y>/receipts.jsonl`: one JSON object per
 * line, one line per file received, oldest first. JSON lines because a
 * person can read it, `git diff` shows one line per arrival, and a damaged
 * line spoils only itself.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Receipt } from '../../core/consolidation/receipt.js';
import type { Diagnostic } from '../../core/diagnostics/diagnostic.js';
import { writeFileAtomic } from '../atomic-write.js';

export const RECEIPTS_FILE = 'receipts.jsonl';

export const ReceiptSchema = z.strictObject({
  originalName: z.string().min(1),
  storedName: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** ISO 8601 with an offset (`Z` or `+07:00`), so the local date of arrival is known. */
  receivedAt: z.iso.datetime({ offset: true }),
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
});

export function receiptsPath(yearDir: string): string {
  return join(yearDir, RECEIPTS_FILE);
}

export interface ReceiptsResult {
  readonly receipts: Receipt[];
  readonly diagnostics: Diagnostic[];
}

/** Read the receipts of one year folder; a missing file means no receipts yet. */
export async function readReceipts(yearDir: string): Promise<ReceiptsResult> {
  const file = receiptsPath(yearDir);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { receipts: [], diagnostics: [] };
    throw error;
  }
  return parseReceipts(text, file);
}

export function parseReceipts(text: string, file: string): ReceiptsResult {
  const receipts: Receipt[] = [];
  const diagnostics: Diagnostic[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const parsed = ReceiptSchema.safeParse(safeJson(line));
    if (parsed.success) receipts.push(parsed.data);
    else diagnostics.push({ code: 'RECEIPT_LINE_INVALID', severity: 'warning', args: { line: index + 1 }, location: { file, line: index + 1, column: 1 } });
  });
  return { receipts, diagnostics };
}

/**
 * Append one receipt by rewriting the whole file atomically: a crash leaves
 * the old file or the new one. The caller holds the workspace lock, so no
 * other run appends in between.
 */
export async function appendReceipt(yearDir: string, receipt: Receipt): Promise<void> {
  const file = receiptsPath(yearDir);
  let existing = '';
  try {
    existing = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const prefix = existing === '' || existing.endsWith('\n') ? existing : `${existing}\n`;
  await writeFileAtomic(file, `${prefix}${formatReceipt(receipt)}\n`);
}

/** One line, keys in a fixed order. */
export function formatReceipt(r: Receipt): string {
  return JSON.stringify({
    originalName: r.originalName,
    storedName: r.storedName,
    sha256: r.sha256,
    receivedAt: r.receivedAt,
    errors: r.errors,
    warnings: r.warnings,
  });
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
