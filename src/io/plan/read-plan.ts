/**
 * Reading a plan file: bytes → text → checked plan. Never throws for bad
 * input; every problem, including a missing or unreadable file, is a diagnostic.
 *
 * Checking a plan (YAML, then the zod schema) costs more than everything else
 * a one-form `validate` does, so the verdict can be kept in a cache keyed by
 * the file's path and bytes. The parser is imported only on a miss: a hit
 * loads neither yaml nor zod.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { Diagnostic } from '../../core/diagnostics/diagnostic.js';
import type { ArgsOf, DiagnosticCode } from '../../core/diagnostics/catalog.js';
import type { Plan } from '../../core/plan/plan-schema.js';
import type { JsonCache } from '../cache/json-cache.js';
import { planDiagnostic } from './plan-diagnostic.js';

export interface PlanLoadResult {
  file: string;
  /** Present only when the plan has no errors (warnings and notes allowed). */
  plan?: Plan;
  /** sha256 hex of the file bytes; written into forms */
  hash?: string;
  diagnostics: Diagnostic[];
}

/** A real plan is tens of kilobytes; anything this large is the wrong file or an attack. */
export const MAX_PLAN_BYTES = 5 * 1024 * 1024;

/**
 * Plans up to this size are kept in the cache. A larger one is no real plan
 * (those are tens of kilobytes), and its verdict can be huge: 140,000
 * findings were a 38 MB entry whose writing took the run from 236 to 454 MB.
 */
const CACHE_UP_TO_BYTES = 1 << 20;

export interface ReadPlanOptions {
  /** Where checked plans are kept between runs; none by default. */
  readonly cache?: JsonCache;
}

/** What checking the text gives; the same with or without the cache. */
interface CheckedPlan {
  plan?: Plan;
  diagnostics: Diagnostic[];
}

export async function readPlanFile(path: string, options: ReadPlanOptions = {}): Promise<PlanLoadResult> {
  const bytes = await readBytes(path);
  if (!(bytes instanceof Uint8Array)) return { file: path, diagnostics: [bytes] };
  const hash = createHash('sha256').update(bytes).digest('hex');
  const cacheName = `plan\0${path}`;
  const cache = bytes.length <= CACHE_UP_TO_BYTES ? options.cache : undefined;
  const cached = cache ? asCheckedPlan(cache.get(cacheName, hash)) : undefined;
  if (cached) return result(path, hash, cached);
  const text = decodeUtf8(bytes);
  if (text === undefined) {
    return { file: path, hash, diagnostics: [planDiagnostic('PLAN_FILE_ENCODING', { file: path }, { file: path })] };
  }
  const { parsePlanText } = await import('./parse-plan-text.js');
  const checked = parsePlanText(text.normalize('NFC'), path);
  // Diagnostics name the file, so the entry is for this path and these bytes only.
  cache?.set(cacheName, hash, checked);
  return result(path, hash, checked);
}

function result(path: string, hash: string, { plan, diagnostics }: CheckedPlan): PlanLoadResult {
  return { file: path, hash, diagnostics, ...(plan ? { plan } : {}) };
}

/** A cache entry passed its checksum, so this only guards against an entry from a program that stored something else. */
function asCheckedPlan(value: unknown): CheckedPlan | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { plan, diagnostics } = value as Partial<CheckedPlan>;
  if (!Array.isArray(diagnostics)) return undefined;
  if (plan !== undefined && (typeof plan !== 'object' || plan === null)) return undefined;
  return value as CheckedPlan;
}

async function readBytes(path: string): Promise<Uint8Array | Diagnostic> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fileProblem('PLAN_FILE_IS_DIRECTORY', path);
    if (info.size > MAX_PLAN_BYTES) return fileProblem('PLAN_FILE_TOO_LARGE', path, { size: info.size, limit: MAX_PLAN_BYTES });
    const bytes = await readFile(path);
    // The file may have grown between stat and read.
    if (bytes.length > MAX_PLAN_BYTES) return fileProblem('PLAN_FILE_TOO_LARGE', path, { size: bytes.length, limit: MAX_PLAN_BYTES });
    return bytes;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'UNKNOWN';
    if (code === 'ENOENT' || code === 'ENOTDIR') return fileProblem('PLAN_FILE_NOT_FOUND', path);
    if (code === 'EISDIR') return fileProblem('PLAN_FILE_IS_DIRECTORY', path);
    return fileProblem('PLAN_FILE_UNREADABLE', path, { reason: code });
  }
}

/** UTF-8 without its optional byte-order mark; undefined when the bytes are not UTF-8 (e.g. saved as UTF-16 or Windows-1258). */
function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

function fileProblem<C extends DiagnosticCode>(code: C, file: string, args: Omit<ArgsOf<C>, 'file'> = {} as ArgsOf<C>): Diagnostic {
  return planDiagnostic(code, { file, ...args } as ArgsOf<C>, { file });
}
