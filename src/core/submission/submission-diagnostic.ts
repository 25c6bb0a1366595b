/** Building SUBMISSION_MESSAGES diagnostics with their catalog severity. */
import type { Diagnostic, DiagnosticArgs, Severity } from '../diagnostics/diagnostic.js';
import { SUBMISSION_MESSAGES } from '../diagnostics/submission-messages.js';

/** Where in a workbook: the file always, sheet and A1 cell when known. */
export interface Site {
  readonly file: string;
  readonly sheet?: string;
  readonly cell?: string;
}

export interface About {
  readonly agency?: string;
  readonly task?: string;
}

export function submissionDiagnostic(code: string, args: DiagnosticArgs, site: Site, about: About = {}, severity?: Severity): Diagnostic {
  const entry = SUBMISSION_MESSAGES[code];
  if (!entry) throw new Error(`submissionDiagnostic: code ${code} is not in SUBMISSION_MESSAGES`);
  return {
    code,
    severity: severity ?? entry.severity,
    args,
    location: { file: site.file, ...(site.sheet !== undefined && { sheet: site.sheet }), ...(site.cell !== undefined && { cell: site.cell }) },
    ...(about.agency !== undefined && { agency: about.agency }),
    ...(about.task !== undefined && { task: about.task }),
  };
}
