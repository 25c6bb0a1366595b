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
 * `validate`'s exit code. A path that was named and does not exist is a
 * mistake in the command (2), like a mistyped option, even though every
 * other file is still checked and reported; a folder without any form is a
 * finding (1): forms were expected there. Only findings in the inputs give 1.
 */
export function exitCodeForValidation(diagnostics: readonly Diagnostic[], strict = false): ExitCode {
  if (diagnostics.some((d) => d.code === 'INTERNAL_ERROR')) return ExitCode.internal;
  if (diagnostics.some((d) => d.code === 'WORKBOOK_NOT_FOUND')) return ExitCode.usage;
  return exitCodeForFindings(diagnostics, strict);
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
  1  có lỗi trong dữ liệu đầu vào, kể cả thư mục không có biểu mẫu nào; với --strict, cả cảnh báo
     (problems found in the inputs, a folder without any form included; warnings too with --strict)
  2  lệnh hoặc cấu hình sai: tùy chọn lạ, thiếu kế hoạch, YAML sai, đường dẫn không tồn tại, không ghi được tệp
     (usage, configuration, a path that does not exist, file-system error)
  3  lỗi nội bộ của atvsld, hoặc atvsld chưa được build (internal failure, or no build: run npm run build)`;
