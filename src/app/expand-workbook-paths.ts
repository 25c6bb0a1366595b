/**
 * Paths given on the command line → the workbooks to check. Folders are
 * searched recursively for .xlsx/.xlsm/.xls, in a fixed order; anything
 * named explicitly (even a missing file, or a folder called `x.xlsx`) is
 * passed on as is, so that the reader says what is wrong with it.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pushAll } from '../core/collections/push-all.js';

export type WorkbookTarget =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'empty-folder'; readonly path: string }
  /** A file found in a folder whose name is not valid UTF-8: `path` shows it with U+FFFD, which does not open it. */
  | { readonly kind: 'bad-name'; readonly path: string };

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
    for (const f of found) {
      if (typeof f === 'string') add(f);
      else out.push(f);
    }
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

/**
 * Depth-first, names in code-point order; Excel's `~$` owner files and hidden
 * entries are skipped; symlinked folders are not followed. Names are read as
 * bytes: one that is not valid UTF-8 (an archive unpacked with another code
 * page) cannot be opened by the name Node would give it, so it is returned
 * as a `bad-name` target, to be reported as such rather than as missing.
 */
async function findWorkbooks(dir: string): Promise<(string | WorkbookTarget)[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, encoding: 'buffer' });
  } catch {
    // An unreadable folder goes to the reader, which reports it.
    return [dir];
  }
  const named = entries.map((entry) => ({ entry, name: entry.name.toString('utf8') }));
  const out: (string | WorkbookTarget)[] = [];
  for (const { entry, name } of named.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (name.startsWith('.') || name.startsWith('~$')) continue;
    const path = join(dir, name);
    const valid = Buffer.from(name, 'utf8').equals(entry.name);
    if (WORKBOOK.test(name)) out.push(valid ? path : { kind: 'bad-name', path });
    else if (valid && entry.isDirectory()) pushAll(out, await findWorkbooks(path));
  }
  return out;
}
