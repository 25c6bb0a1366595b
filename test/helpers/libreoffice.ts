/**
 * Driving LibreOffice headless from tests: opening our forms (PDF export)
 * and re-saving them as .xlsx the way an agency's LibreOffice would.
 * CI installs libreoffice-calc-nogui; locally the tests skip when it is absent.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

const FILTERS = { pdf: 'pdf', xlsx: 'xlsx:Calc MS Excel 2007 XML' } as const;

/** Path of the soffice binary on PATH (or SOFFICE), undefined when LibreOffice is not installed. */
export function findSoffice(): string | undefined {
  const explicit = process.env.SOFFICE;
  if (explicit && existsSync(explicit)) return explicit;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['soffice', 'libreoffice']) {
      const candidate = join(dir, name);
      if (dir && existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

/**
 * Convert `files` in one LibreOffice run (start-up dominates the cost) into
 * `outDir`, which must differ from the files' folder when re-saving as .xlsx.
 * A fresh user profile per call keeps parallel runs from locking each other.
 * Returns the paths LibreOffice should have written, in the order of `files`.
 */
export async function convertWithLibreOffice(files: string[], format: 'pdf' | 'xlsx', outDir: string, timeoutMs = 180_000): Promise<string[]> {
  const soffice = findSoffice();
  if (!soffice) throw new Error('LibreOffice (soffice) is not installed');
  const profile = await mkdtemp(join(tmpdir(), 'lo-profile-'));
  try {
    await run(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        '--convert-to',
        FILTERS[format],
        '--outdir',
        outDir,
        ...files,
      ],
      { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  return files.map((file) => join(outDir, `${basename(file, extname(file))}.${format}`));
}
