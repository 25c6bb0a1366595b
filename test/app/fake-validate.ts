/**
 * A stand-in for validateFiles in app tests: the "workbooks" are JSON files
 * describing a form (see form() in the consolidation fixtures), so the app's
 * reading, locking, storing and writing can be tested apart from the reader.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { ValidateFiles } from '../../src/app/consolidation-inputs.js';
import { form, unreadable, type FormSpec } from '../core/consolidation/fixtures.js';

export const fakeValidate: ValidateFiles = async (paths) =>
  Promise.all(
    paths.map(async (input) => {
      // A name that is not UTF-8 is opened by its bytes, as validateFiles does.
      const path = typeof input === 'string' ? input : input.path;
      const bytes = await readFile(typeof input === 'string' ? input : Buffer.from(input.raw));
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      try {
        const spec = JSON.parse(bytes.toString('utf8')) as Omit<FormSpec, 'file'>;
        return form({ ...spec, file: path, sha256 });
      } catch {
        return { ...unreadable(path), sha256 };
      }
    }),
  );

export function fakeForm(spec: Omit<FormSpec, 'file'>): string {
  return JSON.stringify(spec);
}
