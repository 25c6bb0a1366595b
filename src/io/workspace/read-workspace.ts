import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
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

export type WorkspaceResult = { ok: true; workspace: Workspace } | { ok: false; problem: string };

/** Read and check `<root>/atvsld.yaml`. Problems come back as one readable sentence, in Vietnamese. */
export async function readWorkspace(root: string): Promise<WorkspaceResult> {
  const file = join(root, WORKSPACE_FILE);
  let raw: unknown;
  try {
    raw = parse(await readFile(file, 'utf8'), { maxAliasCount: 50, uniqueKeys: true });
  } catch (error) {
    return { ok: false, problem: `Không đọc được ${file}: ${(error as Error).message}` };
  }
  const parsed = WorkspaceConfigSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(gốc)'}: ${i.message}`);
    return { ok: false, problem: `Tệp cấu hình ${file} không hợp lệ — ${issues.join('; ')}` };
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
