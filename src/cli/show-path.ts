import { isAbsolute, relative } from 'node:path';

/**
 * How a file is named in messages and logs: relative to the workspace (or,
 * without one, to the current folder) when it lies inside, so that a log
 * reads `submissions/2025/so-y-te.xlsx`; as given otherwise.
 */
export function pathShower(base: string): (file: string) => string {
  return (file) => {
    if (!isAbsolute(file)) return file;
    const below = relative(base, file);
    return below === '' || below.startsWith('..') || isAbsolute(below) ? file : below;
  };
}
