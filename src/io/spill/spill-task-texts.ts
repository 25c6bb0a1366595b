/**
 * A checked form whose task texts (results, notes) live in a SpillFile. To
 * the core it is the same SubmissionFacts: a task's `results` and `notes`
 * are read from the file when something asks for them, which for a report
 * is once, when its task-details sheet or JSON is written.
 */
import type { StatusCode } from '../../core/form/form-layout.js';
import type { CheckedFile, ReportedTask, SubmissionFacts, TaskCounts } from '../../core/submission/submission.js';
import type { SpillFile } from './spill-file.js';

export function spillTaskTexts(file: CheckedFile<SubmissionFacts>, spill: SpillFile): CheckedFile<SubmissionFacts> {
  const s = file.submission;
  if (s === undefined || s.tasks.every((t) => t.results === '' && t.notes === '')) return file;
  const placed = spill.putTexts(s.tasks.flatMap((t) => [t.results, t.notes]));
  const tasks = s.tasks.map((t, i) => new SpilledTask(t, spill, placed[2 * i]!.at, placed[2 * i]!.bytes, placed[2 * i + 1]!.bytes));
  return { ...file, submission: { ...s, tasks } };
}

class SpilledTask implements ReportedTask {
  readonly taskId: string;
  readonly row: number;
  readonly sheet: string;
  readonly status?: StatusCode;
  readonly counts: TaskCounts;

  constructor(
    task: ReportedTask,
    private readonly spill: SpillFile,
    private readonly at: number,
    private readonly resultsBytes: number,
    private readonly notesBytes: number,
  ) {
    this.taskId = task.taskId;
    this.row = task.row;
    this.sheet = task.sheet;
    if (task.status !== undefined) this.status = task.status;
    this.counts = task.counts;
  }

  get results(): string {
    return this.spill.readText({ at: this.at, bytes: this.resultsBytes });
  }

  get notes(): string {
    return this.spill.readText({ at: this.at + this.resultsBytes, bytes: this.notesBytes });
  }

  /** The same JSON as the in-memory ReportedTask (kept-submission.ts), not the spill's bookkeeping. */
  toJSON(): ReportedTask {
    return {
      taskId: this.taskId,
      row: this.row,
      sheet: this.sheet,
      ...(this.status !== undefined && { status: this.status }),
      results: this.results,
      counts: this.counts,
      notes: this.notes,
    };
  }
}
