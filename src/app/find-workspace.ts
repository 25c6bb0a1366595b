/**
 * Finding the workspace a command works in and reading its atvsld.yaml,
 * through the cache of checked files when there is one: checking the
 * settings needs yaml and zod, which a command that finds its answer in the
 * cache would otherwise load for five lines of settings. Only good settings
 * are kept; a broken file is read afresh every time, so its message stays exact.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { JsonCache } from '../io/cache/json-cache.js';
import { findWorkspaceRoot } from '../io/workspace/find-workspace.js';
import type { Workspace, WorkspaceResult } from '../io/workspace/read-workspace.js';
import { WORKSPACE_FILE } from '../io/workspace/workspace-file.js';

export type { Workspace };

export interface FindWorkspaceOptions {
  /** The folder the command runs in. */
  readonly cwd: string;
  /** `--workspace`, relative to `cwd`; without it, the nearest folder upwards that holds atvsld.yaml. */
  readonly workspace?: string | undefined;
  readonly cache?: JsonCache | undefined;
}

/** The workspace, or undefined when none is named or found; a broken atvsld.yaml throws its UserError. */
export async function findWorkspace(o: FindWorkspaceOptions): Promise<Workspace | undefined> {
  const root = o.workspace ? resolve(o.cwd, o.workspace) : await findWorkspaceRoot(o.cwd);
  if (root === undefined) return undefined;
  const result = await readWorkspaceCached(root, o.cache);
  if (!result.ok) throw result.problem;
  return result.workspace;
}

async function readWorkspaceCached(root: string, cache: JsonCache | undefined): Promise<WorkspaceResult> {
  const file = join(root, WORKSPACE_FILE);
  const before = cache ? fileHash(file) : undefined;
  const name = `workspace\0${root}`;
  if (cache && before !== undefined) {
    const hit = asWorkspaceResult(cache.get(name, before));
    if (hit) return hit;
  }
  const { readWorkspace } = await import('../io/workspace/read-workspace.js');
  const result = await readWorkspace(root);
  // Stored only when the file did not change while it was being read.
  if (cache && before !== undefined && result.ok && fileHash(file) === before) cache.set(name, before, result);
  return result;
}

function fileHash(file: string): string | undefined {
  try {
    return createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    return undefined;
  }
}

function asWorkspaceResult(value: unknown): WorkspaceResult | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { ok, workspace } = value as { ok?: unknown; workspace?: unknown };
  return ok === true && typeof workspace === 'object' && workspace !== null ? (value as WorkspaceResult) : undefined;
}
