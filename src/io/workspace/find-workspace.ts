import { stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { WORKSPACE_FILE } from './workspace-file.js';

/** The nearest folder, from `start` upwards, that holds atvsld.yaml; undefined when none does. */
export async function findWorkspaceRoot(start: string): Promise<string | undefined> {
  let dir = resolve(start);
  for (;;) {
    if (await isFile(join(dir, WORKSPACE_FILE))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
