/**
 * The report model: everything consolidation of one reporting year produces,
 * as plain data. The consolidated workbook (src/io/report), the JSON output
 * and the terminal summary are all views of this one value, so that they
 * never disagree. Dates are `YYYY-MM-DD` without time zone; lists are sorted
 * deterministically (agencies by id, tasks in plan order, files by name) so
 * that identical inputs give identical output.
 */
import type { ArgsOf, Diagnostic } from '../diagnostics/diagnostic.js';
import type { StatusCode } from '../form/form-layout.js';
import type { AgencyKind, Rhythm } from '../plan/plan-schema.js';
import type { ReportedTexts, TaskCounts } from '../submission/submission.js';
import type { SupersededBasis } from './counted-submissions.js';
import type { BasePartValue, TerritoryGap } from './territory-base.js';

/** Where the date used for timeliness came from, best first. */
export type DateSource = 'receipt' | 'cover' | 'file-mtime';

/** An agency's reporting state for the year. `missing` covers "not yet due" too: see `AgencyRow.notYetDue`. */
export type ReportingStatus = 'on-time' | 'late' | 'missing';

/** Plan, people and dates the report is about; the workbook heading and title are built from these. */
export interface ReportHeader {
  /** Plan id (written into every form). */
  readonly planId: string;
  /** Official title of the plan. */
  readonly planTitle: string;
  /** Number and date of the plan's document, when the plan gives it. */
  readonly planReference?: string;
  /** Body that issued the plan ("UBND tỉnh Bắc Giang"), left part of the administrative heading. */
  readonly issuer: string;
  /** Name of the territory on the year's agency deadline ("tỉnh Bắc Ninh" for 2025). */
  readonly jurisdictionName: string;
  /** The coordinating agency for year Y, after following successors (Sở Nội vụ from 2025). */
  readonly coordinator: AgencyRef;
  /** The agency the consolidated report goes to (UBND tỉnh). */
  readonly recipient: AgencyRef;
}

/** An agency id with its display names. `name` is the id itself when the plan does not know the agency. */
export interface AgencyRef {
  readonly id: string;
  readonly name: string;
  readonly shortName?: string;
}

export interface Completeness {
  /** Agencies that owe a report in year Y (a task or an indicator part). */
  readonly expected: number;
  /** Expected agencies with at least one submission for Y (with or without errors). A duplicate counts once. */
  readonly received: number;
  /** Received on or before the deadline. */
  readonly onTime: number;
  /** Received after the deadline. */
  readonly late: number;
  /** Expected agencies with no submission (`notYetDue` included). */
  readonly missing: number;
  /** Of `missing`, those whose deadline has not passed on `asOf`. */
  readonly notYetDue: number;
  /** Agencies that sent a report without owing one (invited "related bodies", or unknown to the plan's year). Not in the rates. */
  readonly unexpected: number;
  /** received / expected, between 0 and 1; null when nobody is expected. */
  readonly completenessRate: number | null;
  /** onTime / expected, between 0 and 1 (the DHIS2 convention); null when nobody is expected. */
  readonly timelinessRate: number | null;
}

/** One row of the reporting-status sheet: an expected agency, or an unexpected sender. */
/** An agency's names from the plan. */
export interface AgencyName {
  readonly id: string;
  readonly name: string;
  readonly shortName?: string;
}

export interface AgencyRow {
  readonly id: string;
  /** Full name from the plan (or the cover sheet's name for an agency the plan does not know). */
  readonly name: string;
  readonly shortName?: string;
  /** Kind from the plan; absent for an agency the plan does not know. */
  readonly kind?: AgencyKind;
  /** True when the agency owes a report in year Y. */
  readonly expected: boolean;
  readonly status: ReportingStatus;
  /** For `missing` only: the deadline has not passed on `asOf`, so it is not (yet) a failure. */
  readonly notYetDue: boolean;
  /** Date of the counted submission (see `dateSource`). */
  readonly receivedOn?: string;
  readonly dateSource?: DateSource;
  /** Days after the deadline; 0 when on time; absent when missing and not yet due. For a missing agency past the deadline: days overdue on `asOf`. */
  readonly daysLate?: number;
  /** The counted submission's file (as given by the user). */
  readonly file?: string;
  readonly sha256?: string;
  /** Error and warning counts of the counted submission's file. */
  readonly errors: number;
  readonly warnings: number;
  /** Contact: from the cover sheet when the agency reported (name, phone, e-mail), else from the plan. */
  readonly contact?: string;
  /** Earlier submissions of the same agency and year that the counted one replaces. */
  readonly superseded: readonly string[];
}

/** What the matrix shows in a task × agency cell. `not-reported`: submission received but the owed task row is missing or empty; `no-submission`: the agency sent nothing. */
export type TaskCellStatus = StatusCode | 'not-reported' | 'no-submission';

/** One cell of the task × agency matrix. */
export interface TaskCell {
  readonly agency: string;
  /** The agency's role for the task in year Y; absent when it reported a task it does not owe. */
  readonly role?: 'lead' | 'support';
  readonly status: TaskCellStatus;
  /**
   * Results and notes as reported (NFC), empty when none. The reported task
   * row itself, not a copy of its strings: the edge may keep a national
   * year's texts out of memory and read them only when they are written out.
   */
  readonly texts: ReportedTexts;
  readonly counts: TaskCounts;
  /** Where the row was read, for quoting ("Nhiệm vụ!E12"). */
  readonly sheet?: string;
  readonly cell?: string;
}

export interface TaskRow {
  readonly id: string;
  readonly title: string;
  readonly sectionTitle: string;
  readonly rhythm: Rhythm;
  /** Agencies that owe the task in year Y. */
  readonly owed: number;
  /** Owing agencies whose counted submission has a status for the task. */
  readonly reported: number;
  /** Owing agencies that reported it `done`. */
  readonly completed: number;
  /** One per owing agency, plus any agency that reported the task without owing it; sorted by agency id. */
  readonly cells: readonly TaskCell[];
}

export type IndicatorFlag =
  /** No value for year Y (a part is missing). */
  | 'MISSING_VALUE'
  /** No value for Y-1, so no yearly change. */
  | 'MISSING_PREVIOUS'
  /** Y-1 is zero: the change in percent is undefined. */
  | 'PREVIOUS_ZERO'
  /** The agencies behind a part differ between Y-1 and Y for a reason other than the reorganisation. */
  | 'AGENCIES_CHANGED'
  /** A part's definition (e.g. which workers the denominator counts) differs between Y-1 and Y. */
  | 'DEFINITION_CHANGED'
  /** Some agencies that owe a part in Y (or Y-1) did not report it: the value is partial and gets no verdict. */
  | 'PARTS_INCOMPLETE'
  /** A rate's denominator moved by more than the plan's limit (default 20 %) from Y-1. */
  | 'DENOMINATOR_CHANGED'
  /** The agencies behind a part differ from Y-1 only through the reorganisation (successions): same source. */
  | 'AGENCIES_REORGANISED'
  /** No value for the base year, so no cumulative change. */
  | 'MISSING_BASE'
  /** A territory making up the compared year's territory has no figure for it (old Bắc Ninh's 2024): change shown, no verdict. */
  | 'TERRITORY_PARTIAL_BASE';

/** The flags that carry details, each a code of the message catalog (consolidation-messages.ts). */
export type NotedFlag = Extract<IndicatorFlag, 'PARTS_INCOMPLETE' | 'DENOMINATOR_CHANGED' | 'AGENCIES_CHANGED' | 'AGENCIES_REORGANISED'>;

/**
 * What a flag is about, for its wording in the message catalog (the flag is
 * the catalog code): the missing agency and part, the denominator's change,
 * the agencies that came and went.
 */
export type IndicatorFlagNote = { readonly [F in NotedFlag]: { readonly flag: F; readonly args: ArgsOf<F> } }[NotedFlag];

/** A part's province value for one year, and where it came from. */
export interface PartYearValue {
  /** Sum over the agencies that reported it; null when nobody did and history has nothing. */
  readonly value: number | null;
  readonly source: 'submissions' | 'history';
  /** Agencies whose figures were summed, sorted (empty for history). */
  readonly agencies: readonly string[];
  /** Definition of the figure that year (plan for submissions, history file for earlier years). */
  readonly definition?: string;
  /** Note from the history file (its source, "số liệu mẫu"...). */
  readonly note?: string;
}

/** A part as shown in the indicators sheet. */
export interface PartInfo {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  /** Its role in the computation; `other` for parts kept only for consistency checks. */
  readonly role: 'numerator' | 'denominator' | 'count' | 'other';
}

export interface CumulativeChange {
  /** The target's base year. */
  readonly fromYear: number;
  /** Change from the base year to Y in percent; null when either value is missing or the base is zero. */
  readonly changePercent: number | null;
  /** Compounded target: ((1 ± p)^(Y − base) − 1) × 100, negative for a decrease. */
  readonly targetPercent: number;
  readonly met: boolean | null;
  /** Territories whose base-year figures make up Y's territory (territory-base.ts). */
  readonly baseTerritories?: readonly string[];
  /** The base-year value on Y's territory, the one the change is computed from. */
  readonly baseValue?: number | null;
}

export interface IndicatorRow {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  /** Province value per year (keys are years as strings), earliest known year through Y; null when not computable. */
  readonly values: Readonly<Record<string, number | null>>;
  /** Parts' values: part id → year → value. */
  readonly parts: Readonly<Record<string, Readonly<Record<string, PartYearValue>>>>;
  readonly partInfo: readonly PartInfo[];
  /** (Y − (Y-1)) / (Y-1) × 100; null with a flag when not computable. */
  readonly changePercent: number | null;
  readonly target: { readonly direction: 'decrease' | 'increase'; readonly percentPerYear: number; readonly baseYear: number };
  /** decrease: change ≤ −pct; increase: change ≥ +pct; null when the change is unknown or the value partial (PARTS_INCOMPLETE). */
  readonly met: boolean | null;
  /** Absent when Y is not after the base year. */
  readonly cumulative?: CumulativeChange;
  readonly flags: readonly IndicatorFlag[];
  /** Details of some flags (indicator-flags.ts), worded by the catalog; absent when none. */
  readonly flagNotes?: readonly IndicatorFlagNote[];
  /** Ids of the territories whose Y-1 figures make up Y's territory: `[bac-giang, bac-ninh-cu]` for 2025, one id when it did not change. */
  readonly previousTerritories: readonly string[];
  /** Y-1 on Y's territory (the sum over `previousTerritories`): the value `changePercent` compares with. */
  readonly previousValue: number | null;
  /** The Y-1 parts on Y's territory, each with its territories' figures. */
  readonly previousParts: Readonly<Record<string, BasePartValue>>;
  /** Territories of the Y-1 base (and of the base year's) without a figure: why the verdict is null (`TERRITORY_PARTIAL_BASE`). */
  readonly baseGaps: readonly TerritoryGap[];
}

/** A territory the report names (`previousTerritories`, gaps), with its plan name. */
export interface TerritoryName {
  readonly id: string;
  readonly name: string;
}

/** One file read for year Y that was a form (files that could not be read as a form are only diagnostics). */
export interface SubmissionRow {
  readonly file: string;
  /** Agency id; absent when it could not be resolved. */
  readonly agency?: string;
  readonly year?: number;
  readonly receivedOn?: string;
  readonly dateSource?: DateSource;
  /** Against the year's agency deadline; null when the date is unknown. */
  readonly onTime: boolean | null;
  readonly daysLate?: number;
  readonly sha256?: string;
  /** True when a later submission of the same agency and year counts instead. */
  readonly superseded: boolean;
  /** The file that replaces this one. */
  readonly supersededBy?: string;
  /** Why `supersededBy` counts as the later one (counted-submissions.ts, docs/indicators.md). */
  readonly supersededBasis?: SupersededBasis;
  readonly errors: number;
  readonly warnings: number;
}

export interface ConsolidatedReport {
  /** Reporting year Y. */
  readonly year: number;
  /** "Today" as given (`--as-of`); every lateness and days-left figure is computed against it. */
  readonly asOf: string;
  /** The agencies' deadline of year Y as the plan states it (inclusive), e.g. `2025-12-20`. */
  readonly deadline: string;
  /**
   * The last day a report is on time: `deadline`, or the next working day when
   * `deadline` is a rest day (Điều 148 BLDS 2015; `2025-12-22` for a Saturday
   * 20/12/2025). Every `daysLate` and `daysToDeadline` counts from this day.
   */
  readonly deadlineEnd: string;
  /** The rest days `deadlineEnd` skipped (empty when the deadline is a working day). */
  readonly deadlineRestDays: readonly string[];
  /** The coordinator's deadline to the recipient, e.g. `2025-12-31`. */
  readonly consolidationDeadline: string;
  /** Days from `asOf` to `deadlineEnd`: positive = days left, negative = days past. */
  readonly daysToDeadline: number;
  readonly header: ReportHeader;
  readonly completeness: Completeness;
  /** Expected agencies first (by id), then unexpected senders (by id). */
  readonly agencies: readonly AgencyRow[];
  /**
   * Agencies the report names that are not in `agencies`, by id: an earlier
   * year's indicator sources, such as a department merged away since. Their
   * plan names, so that every view shows a name rather than an id.
   */
  readonly otherAgencies: readonly AgencyName[];
  /** Y's territory first, then every other territory the indicators' bases name, by id. */
  readonly territories: readonly TerritoryName[];
  /** In plan order, placeholders left out. */
  readonly tasks: readonly TaskRow[];
  /**
   * The plan's words for a kind of agency, where one plan group names exactly
   * the agencies of that kind in the task matrix ("UBND các xã, phường"):
   * the titles of the matrix's groups (task-matrix.ts, buildAgencyMatrix).
   * Not part of the JSON output.
   */
  readonly agencyGroupNames?: Readonly<Partial<Record<AgencyKind, string>>>;
  /** Counts of task-cell statuses over owed cells (for the summary sheet). */
  readonly taskStatusCounts: Readonly<Record<TaskCellStatus, number>>;
  /** In plan order. */
  readonly indicators: readonly IndicatorRow[];
  /** Every form file of year Y, sorted by file name. */
  readonly submissions: readonly SubmissionRow[];
  /** All diagnostics: those of every file read plus consolidation's own (late, missing, superseded…), sorted. */
  readonly diagnostics: readonly Diagnostic[];
}
