/**
 * Paths given on the command line → the workbooks to check. Folders are
 * searched recursively for .xlsx/.xlsm/.xls, in a fixed order; anything
 * named explicitly (even a missing file, or a folder called `x.xlsx`) is
 * passed on as is, so that the reader says what is wrong with it.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pushAll } from '../core/collections/push-all.js';

export type WorkbookTarget = { readonly kind: 'file'; readonly path: string } | { readonly kind: 'empty-folder'; readonly path: string };

const WORKBOOK = /\.(xlsx|xlsm|xls)$/i;

export async function expandWorkbookPaths(paths: readonly string[]): Promise<WorkbookTarget[]> {
  const out: WorkbookTarget[] = [];
  const seen = new Set<string>();
  const add = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    out.push({ kind: 'file', path });
  };
  for (const path of paths) {
    if (WORKBOOK.test(path) || !(await isDirectory(path))) {
      add(path);
      continue;
    }
    const found = await findWorkbooks(path);
    if (found.length === 0) out.push({ kind: 'empty-folder', path });
    found.forEach(add);
  }
  return out;
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Depth-first, names in code-point order; Excel's `~$` owner files and hidden entries are skipped; symlinked folders are not followed. */
async function findWorkbooks(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    // An unreadable folder goes to the reader, which reports it.
    return [dir];
  }
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
    const path = join(dir, entry.name);
    if (WORKBOOK.test(entry.name)) out.push(path);
    else if (entry.isDirectory()) pushAll(out, await findWorkbooks(path));
  }
  return out;
}
