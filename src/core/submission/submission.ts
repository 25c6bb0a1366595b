/**
 * A returned report form as plain data: what the submission parser extracts
 * from a WorkbookGrid, and what validation and consolidation work on.
 * Every value keeps the row (and so the cell) it came from, so that
 * diagnostics can point at it.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { StatusCode } from '../form/form-layout.js';

/** Where a value was read: sheet name and A1 cell. */
export interface CellOrigin {
  readonly sheet: string;
  readonly cell: string;
}

/** Metadata from the hidden `_atvsld` sheet, when present. */
export interface FormMeta {
  readonly planId?: string;
  readonly planHash?: string;
  readonly agency?: string;
  readonly year?: number;
  readonly formVersion?: number;
  /** `YYYY-MM-DD`: when the form was generated; absent on forms written before the key existed. */
  readonly generatedOn?: string;
  /** Where each value was read, keyed by FormMeta field. */
  readonly origins?: Readonly<Record<string, CellOrigin>>;
}

/** The cover sheet ("Thông tin chung"). Dates are `YYYY-MM-DD`. */
export interface Cover {
  readonly agencyName?: string;
  readonly year?: number;
  readonly reportDate?: string;
  readonly contactName?: string;
  readonly phone?: string;
  readonly email?: string;
  readonly signer?: string;
  readonly signerTitle?: string;
  /** Where each field was found, keyed by field key. */
  readonly origins: Readonly<Record<string, CellOrigin>>;
  /** The report date as written, when it could not be read as a date (for COVER_DATE_INVALID). */
  readonly reportDateText?: string;
  /** True when the report date was typed as text (read as day/month/year by atvsld, so no spreadsheet swapped it). */
  readonly reportDateFromText?: boolean;
  /** The year as written, when it is not a 4-digit year (for COVER_VALUE_INVALID). */
  readonly yearText?: string;
}

export interface TaskCounts {
  readonly documents?: number;
  readonly events?: number;
  readonly people?: number;
  /** Million đồng; may be fractional. */
  readonly cost?: number;
}

/** One row of the tasks sheet. */
export interface TaskReport {
  readonly taskId: string;
  /** 1-based row in the tasks sheet. */
  readonly row: number;
  readonly sheet: string;
  readonly role?: 'lead' | 'support';
  readonly status?: StatusCode;
  readonly results: string;
  readonly counts: TaskCounts;
  readonly notes: string;
  /**
   * Column letters of the table, keyed by TASK_COLUMNS key: one object shared
   * by every row of the table, a row's cell being letters + `row` (validate-tasks.ts, cellOf).
   * Nine A1 strings held per row took 50 MB for a form of 150,000 rows.
   */
  readonly columns?: Readonly<Record<string, string>>;
  /** The status cell as written, when it held something (absent `status` with text here = not in the list). */
  readonly statusText?: string;
}

/** One row of the indicators sheet. */
export interface IndicatorReport {
  readonly partId: string;
  readonly row: number;
  readonly sheet: string;
  readonly value?: number;
  readonly notes: string;
  /** A1 cell of each column of this row, keyed by INDICATOR_COLUMNS key. */
  readonly cells?: Readonly<Record<string, string>>;
  /** True when the value cell held something that was refused (not a number, negative…), so it is not also "missing". */
  readonly valueRefused?: boolean;
}

export interface Submission {
  /** Path as given by the user (for messages). */
  readonly file: string;
  readonly sha256: string;
  /** File modification time, ISO 8601 UTC, used for timeliness when nothing better exists. */
  readonly modifiedAt?: string;
  readonly meta: FormMeta;
  /** Agency id resolved from metadata, cover sheet or file name; undefined when unknown. */
  readonly agency?: string;
  /** Reporting year resolved from metadata or cover sheet. */
  readonly year?: number;
  readonly cover: Cover;
  readonly tasks: readonly TaskReport[];
  readonly indicators: readonly IndicatorReport[];
  /** Names of the form's sheets as found in the workbook; a missing key means the sheet was not found. */
  readonly sheets?: Readonly<{ cover?: string; tasks?: string; indicators?: string; meta?: string }>;
  /** Row right after the last task row (where a missing task would be appended), for locations. */
  readonly tasksEndRow?: number;
  /** Column letter of the task id column in the tasks sheet, for locations. */
  readonly taskIdColumn?: string;
}

/**
 * What every view of `validate` shows of a form besides its diagnostics:
 * whose it is, for which year, and the names of its sheets (diagnostics are
 * listed in the form's sheet order).
 */
export interface SubmissionSummary {
  readonly sha256: string;
  readonly agency?: string;
  readonly year?: number;
  readonly sheets?: Submission['sheets'];
}

/** A task row as consolidation shows it in the task matrix. */
export type ReportedTask = Pick<TaskReport, 'taskId' | 'row' | 'sheet' | 'status' | 'results' | 'counts' | 'notes'>;

/** What an agency wrote for a task. */
export type ReportedTexts = Pick<ReportedTask, 'results' | 'notes'>;

/** An indicator figure as consolidation adds it up, with where it was read (sheet and A1 cell of the value). */
export type ReportedFigure = Pick<IndicatorReport, 'partId' | 'value'> & { readonly sheet?: string; readonly cell?: string };

/**
 * What consolidation reads of a form: the summary, the dates that decide
 * which of an agency's forms counts, the contact on the cover, the task rows
 * and the figures. A national year keeps thousands of these at once, so
 * nothing else of the Submission (cell addresses, origins, metadata) is kept.
 */
export interface SubmissionFacts extends SubmissionSummary {
  readonly modifiedAt?: string;
  readonly cover: Pick<Cover, 'agencyName' | 'reportDate' | 'contactName' | 'phone' | 'email'>;
  readonly tasks: readonly ReportedTask[];
  readonly indicators: readonly ReportedFigure[];
}

/**
 * A file after reading and validation. `submission` is absent when the file
 * could not be read as a form; otherwise it holds what the caller asked to
 * keep of it (a Submission is all of these).
 */
export interface CheckedFile<S extends SubmissionSummary = SubmissionSummary> {
  readonly file: string;
  readonly sha256?: string;
  readonly submission?: S;
  readonly diagnostics: readonly Diagnostic[];
}
