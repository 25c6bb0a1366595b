import type { Diagnostic } from '../core/diagnostics/diagnostic.js';
import type { UserErrorKind } from '../core/diagnostics/user-error.js';

/** Documented exit codes (README, --help). */
export const ExitCode = {
  ok: 0,
  /** Problems found in the inputs (errors; warnings too with --strict). */
  findings: 1,
  /** The command or its settings are wrong: unknown option, missing plan, bad YAML. */
  usage: 2,
  /** atvsld itself failed. */
  internal: 3,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export function exitCodeForFindings(diagnostics: readonly Diagnostic[], strict = false): ExitCode {
  const failing = diagnostics.some((d) => d.severity === 'error' || (strict && d.severity === 'warning'));
  return failing ? ExitCode.findings : ExitCode.ok;
}

/**
 * The exit code of a command stopped by a UserError. Every kind is the
 * user's to fix — a flag, the workspace, the plan, a busy lock, the disk —
 * so all are 2 today; the kind is kept so a script can be told apart later
 * without touching the code that throws.
 */
export function exitCodeForUserError(kind: UserErrorKind): ExitCode {
  switch (kind) {
    case 'usage':
    case 'workspace':
    case 'plan':
    case 'not-found':
    case 'conflict':
    case 'busy':
    case 'file-system':
      return ExitCode.usage;
  }
}

export const EXIT_CODE_HELP = `Mã thoát (exit codes):
  0  không có vấn đề gì (ok)
  1  có lỗi trong dữ liệu đầu vào; với --strict, cả cảnh báo (problems found in inputs)
  2  lệnh hoặc cấu hình sai: tùy chọn lạ, thiếu kế hoạch, YAML sai, không ghi được thư mục (usage, configuration or file-system error)
  3  lỗi nội bộ của atvsld (internal failure)`;
