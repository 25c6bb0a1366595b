/**
 * Paths given on the command line → the workbooks to check. Folders are
 * searched recursively for .xlsx/.xlsm/.xls, in a fixed order; anything
 * named explicitly (even a missing file, or a folder called `x.xlsx`) is
 * passed on as is, so that the reader says what is wrong with it.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { pushAll } from '../core/collections/push-all.js';
import { nameFromBytes } from '../core/text/name-from-bytes.js';

/**
 * A file found in a folder whose name is not valid UTF-8 (an archive unpacked
 * with another code page): no JavaScript string opens it, so it is opened by
 * `raw`, the bytes of its path, and named by `path`, those bytes shown with
 * the invalid ones as `\xFF` (nameFromBytes). A Buffer posted to a worker
 * arrives as a plain Uint8Array, hence the type.
 */
export interface RawNamedFile {
  readonly path: string;
  readonly raw: Uint8Array;
}

/** What may be checked: a path as given, or a file found by its bytes. */
export type WorkbookInput = string | RawNamedFile;

export type WorkbookTarget =
  /** `raw` only when the name is not valid UTF-8 (RawNamedFile). */
  | { readonly kind: 'file'; readonly path: string; readonly raw?: Uint8Array }
  | { readonly kind: 'empty-folder'; readonly path: string };

const WORKBOOK = /\.(xlsx|xlsm|xls)$/i;

export async function expandWorkbookPaths(paths: readonly WorkbookInput[]): Promise<WorkbookTarget[]> {
  const out: WorkbookTarget[] = [];
  const seen = new Set<string>();
  const add = (file: WorkbookInput): void => {
    const path = typeof file === 'string' ? file : file.path;
    if (seen.has(path)) return;
    seen.add(path);
    out.push(typeof file === 'string' ? { kind: 'file', path } : { kind: 'file', path, raw: file.raw });
  };
  for (const path of paths) {
    if (typeof path !== 'string' || WORKBOOK.test(path) || !(await isDirectory(path))) {
      add(path);
      continue;
    }
    const found = await findWorkbooks(path);
    if (found.length === 0) out.push({ kind: 'empty-folder', path });
    for (const f of found) add(f);
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
 * bytes: a workbook whose name is not valid UTF-8 cannot be opened by the
 * name Node would give it, so it is returned with its bytes (RawNamedFile).
 * A folder with such a name is not searched.
 */
async function findWorkbooks(dir: string): Promise<WorkbookInput[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, encoding: 'buffer' });
  } catch {
    // An unreadable folder goes to the reader, which reports it.
    return [dir];
  }
  const named = entries.map((entry) => ({ entry, name: entry.name.toString('utf8') }));
  const out: WorkbookInput[] = [];
  for (const { entry, name } of named.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (name.startsWith('.') || name.startsWith('~$')) continue;
    const path = join(dir, name);
    const valid = Buffer.from(name, 'utf8').equals(entry.name);
    if (WORKBOOK.test(name)) out.push(valid ? path : rawNamed(dir, entry.name));
    else if (valid && entry.isDirectory()) pushAll(out, await findWorkbooks(path));
  }
  return out;
}

function rawNamed(dir: string, name: Buffer): RawNamedFile {
  const folder = dir.endsWith(sep) ? dir : `${dir}${sep}`;
  return { path: join(dir, nameFromBytes(name)), raw: Buffer.concat([Buffer.from(folder, 'utf8'), name]) };
}
