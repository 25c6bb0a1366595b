import { copyFile, mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_PLAN_FILE } from '../io/package-paths.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { WORKSPACE_FILE } from '../io/workspace/workspace-config.js';
import { UserError } from '../core/diagnostics/user-error.js';

/**
 * Create a workspace in `dir`: settings, the default plan, empty folders.
 * Refuses when `dir` already holds a workspace, so nothing is overwritten.
 */
export async function initWorkspace(dir: string, o: { province: string }): Promise<string[]> {
  if (await exists(join(dir, WORKSPACE_FILE))) {
    throw new UserError('WORKSPACE_EXISTS', { path: join(dir, WORKSPACE_FILE) });
  }
  if (await exists(join(dir, 'plan', 'ke-hoach.yaml'))) {
    throw new UserError('PLAN_FILE_EXISTS', { path: join(dir, 'plan', 'ke-hoach.yaml') });
  }
  await mkdir(join(dir, 'plan'), { recursive: true });
  await mkdir(join(dir, 'submissions'), { recursive: true });
  await mkdir(join(dir, 'history'), { recursive: true });
  await mkdir(join(dir, 'out'), { recursive: true });
  await copyFile(DEFAULT_PLAN_FILE, join(dir, 'plan', 'ke-hoach.yaml'));
  await writeFileAtomic(join(dir, WORKSPACE_FILE), workspaceYaml(o.province));
  return [WORKSPACE_FILE, 'plan/ke-hoach.yaml', 'submissions/', 'history/', 'out/'];
}

function workspaceYaml(province: string): string {
  const quoted = JSON.stringify(province);
  return `# Thư mục làm việc atvsld. Đường dẫn tính từ thư mục chứa tệp này.
# Tỉnh hiển thị trên báo cáo. Cơ quan tổng hợp (Sở Nội vụ từ 01/3/2025) do kế hoạch
# quy định: calendar.coordinator và các cơ quan kế thừa của nó.
province: ${quoted}
# Kế hoạch (xem docs/plan-format.md)
plan: plan/ke-hoach.yaml
# Tệp các cơ quan gửi về, theo năm: submissions/2025/...
submissions: submissions
# Số liệu các năm trước khi dùng atvsld (không bắt buộc)
history: history/indicators.yaml
# Nơi atvsld ghi biểu mẫu và báo cáo
out: out
`;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

