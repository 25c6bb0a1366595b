/** Building SUBMISSION_MESSAGES diagnostics with their catalog severity. */
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import type { ArgsOf, DiagnosticCode } from '../diagnostics/catalog.js';
import { makeDiagnostic } from '../diagnostics/make-diagnostic.js';

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

export function submissionDiagnostic<C extends DiagnosticCode>(code: C, args: ArgsOf<C>, site: Site, about: About = {}, severity?: Severity): Diagnostic {
  return makeDiagnostic(code, args, {
    ...(severity !== undefined && { severity }),
    location: { file: site.file, ...(site.sheet !== undefined && { sheet: site.sheet }), ...(site.cell !== undefined && { cell: site.cell }) },
    ...(about.agency !== undefined && { agency: about.agency }),
    ...(about.task !== undefined && { task: about.task }),
  });
}
