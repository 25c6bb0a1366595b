/**
 * The files one `validate` run writes besides stdout (`--report FORMAT=FILE`):
 * each rendered once, then written atomically, in the order given; and the
 * Markdown summary appended to GitHub's job summary file when there is one.
 */
import { appendText } from '../io/append-text.js';
import { writeFileAtomic } from '../io/atomic-write.js';

export interface ReportFile {
  readonly path: string;
  readonly text: string;
}

export async function writeReports(reports: readonly ReportFile[]): Promise<void> {
  for (const report of reports) await writeFileAtomic(report.path, report.text);
}

export async function appendJobSummary(path: string, markdown: string): Promise<void> {
  await appendText(path, markdown);
}
