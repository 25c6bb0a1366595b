/**
 * Words of the CI outputs of `atvsld validate` that are not diagnostics:
 * the folding of GitHub annotations, the Markdown job summary and the JUnit
 * failure message. Same `{name}` placeholders as the diagnostic catalogs.
 */
export interface CiPhrase {
  readonly vi: string;
  readonly en: string;
}

export const CI_REPORT_MESSAGES = {
  /** Appended to the last annotation of one severity shown for a file. */
  moreInFile: { vi: '(và {count:n} {severity} khác trong tệp này)', en: '(and {count:n} more {severity} in this file)' },
  severityErrors: { vi: 'lỗi', en: 'error(s)' },
  severityWarnings: { vi: 'cảnh báo', en: 'warning(s)' },
  severityNotes: { vi: 'ghi chú', en: 'note(s)' },
  /** The last notice of `--format github` when annotations were folded. */
  folded: {
    vi: '{shown:n} chú thích cho {total:n} vấn đề ở {files:n} tệp: {folded:n} vấn đề được gộp (mỗi tệp tối đa {cap:n} chú thích mỗi mức). Danh sách đầy đủ: báo cáo JUnit/JSON hoặc tóm tắt của bước.',
    en: '{shown:n} annotation(s) for {total:n} problem(s) in {files:n} file(s): {folded:n} problem(s) folded (at most {cap:n} annotation(s) per file and severity). Full list: the JUnit/JSON report or the step summary.',
  },
  /** JUnit failure message: the first failing problem, then how many others. */
  failureFirst: { vi: '{code} tại {place}: {message}', en: '{code} at {place}: {message}' },
  failureOthers: { vi: '(và {count:n} vấn đề khác)', en: '(and {count:n} more problem(s))' },
  // The Markdown summary (`--report markdown=FILE`, $GITHUB_STEP_SUMMARY).
  summaryTitle: { vi: 'atvsld validate: kết quả kiểm tra biểu mẫu', en: 'atvsld validate: form check results' },
  summaryFiles: { vi: 'Tệp', en: 'Files' },
  summaryFilesWithErrors: { vi: 'Tệp có lỗi', en: 'Files with errors' },
  summaryErrors: { vi: 'Lỗi', en: 'Errors' },
  summaryWarnings: { vi: 'Cảnh báo', en: 'Warnings' },
  summaryNotes: { vi: 'Ghi chú', en: 'Notes' },
  summaryByCode: { vi: 'Theo mã', en: 'By code' },
  summaryCode: { vi: 'Mã', en: 'Code' },
  summarySeverity: { vi: 'Mức', en: 'Severity' },
  summaryCount: { vi: 'Số lượng', en: 'Count' },
  summaryWorst: { vi: 'Các tệp nhiều vấn đề nhất ({shown:n} trong {count:n} tệp có vấn đề)', en: 'Files with most problems ({shown:n} of {count:n} file(s) with problems)' },
  summaryFile: { vi: 'Tệp', en: 'File' },
  summaryFirstProblems: { vi: 'Những vấn đề đầu tiên', en: 'First problems' },
  summaryClean: { vi: 'Không có vấn đề nào.', en: 'No problems.' },
  summaryDocs: { vi: 'Ý nghĩa từng mã và cách sửa: docs/diagnostics.md.', en: 'What each code means and how to fix it: docs/diagnostics.md.' },
} as const satisfies Record<string, CiPhrase>;
