import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { UserError } from '../../core/diagnostics/user-error.js';
import { WORKSPACE_FILE, WorkspaceConfigSchema, type WorkspaceConfig } from './workspace-config.js';

export interface Workspace {
  readonly root: string;
  readonly config: WorkspaceConfig;
  /** Absolute paths derived from the config. */
  readonly planFile: string;
  readonly submissionsDir: string;
  readonly historyFile: string;
  readonly outDir: string;
}

export type WorkspaceResult = { ok: true; workspace: Workspace } | { ok: false; problem: UserError };

/** Read and check `<root>/atvsld.yaml`. Problems come back as a UserError for the caller to throw. */
export async function readWorkspace(root: string): Promise<WorkspaceResult> {
  const file = join(root, WORKSPACE_FILE);
  let raw: unknown;
  try {
    raw = parse(await readFile(file, 'utf8'), { maxAliasCount: 50, uniqueKeys: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      const dirExists = await stat(root).then((s) => s.isDirectory(), () => false);
      return { ok: false, problem: dirExists ? new UserError('WORKSPACE_FILE_MISSING', { dir: root }) : new UserError('WORKSPACE_DIR_NOT_FOUND', { dir: root }) };
    }
    return { ok: false, problem: new UserError('WORKSPACE_UNREADABLE', { file, detail: (error as Error).message }) };
  }
  const parsed = WorkspaceConfigSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    return { ok: false, problem: new UserError('WORKSPACE_INVALID', { file, detail: issues.join('; ') }) };
  }
  const config = parsed.data;
  const at = (p: string): string => resolve(root, p);
  return {
    ok: true,
    workspace: {
      root,
      config,
      planFile: at(config.plan),
      submissionsDir: at(config.submissions),
      historyFile: at(config.history),
      outDir: at(config.out),
    },
  };
}
