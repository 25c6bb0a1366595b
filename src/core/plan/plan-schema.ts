/**
 * The plan as data: the zod schema of a plan YAML file.
 *
 * The JSDoc on every field is also the reference for plan authors
 * (docs/plan-format.md repeats it with an example). Objects are strict:
 * a misspelt key is an error, not silently ignored.
 */
import { z } from 'zod';

/** A calendar date without time zone, `YYYY-MM-DD`. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày phải có dạng YYYY-MM-DD')
  .refine((s) => isRealDate(s), 'ngày không tồn tại');

/** A day of the year without the year, `MM-DD` (e.g. `12-20` for 20 December). */
export const MonthDaySchema = z
  .string()
  .regex(/^\d{2}-\d{2}$/, 'ngày trong năm phải có dạng MM-DD')
  .refine((s) => isRealDate(`2024-${s}`), 'ngày không tồn tại');

/** Stable ASCII identifier: lower-case letters, digits and dashes. Never changes once used in a form. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang');

/** Task ids follow the plan's numbering: `1.1`, `3.4`, sub-tasks `2.2.1`. */
export const TaskIdSchema = z.string().regex(/^\d+(?:\.\d+)+$/, 'mã nhiệm vụ có dạng 1.1, 3.4 hoặc 2.2.1');

function isRealDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** What sort of body an agency is; decides grouping and wording, not obligations. */
export const AgencyKindSchema = z.enum([
  'provincial-committee',
  'department',
  'district-committee',
  'commune-committee',
  'mass-organisation',
  'press',
  'other',
]);
export type AgencyKind = z.infer<typeof AgencyKindSchema>;

/** A dated hand-over of some of an agency's functions to another agency. */
export const SuccessorSchema = z.strictObject({
  /** Id of the agency that takes the functions over. */
  agency: IdSchema,
  /** First day the successor holds the functions (usually the day after the old agency's `until`). */
  from: IsoDateSchema,
  /** Functions handed over, e.g. `atvsld` (occupational safety and health). Tasks name the function they belong to. */
  functions: z.array(IdSchema).min(1),
  /** Legal basis or explanation, e.g. "Nghị định 45/2025/NĐ-CP". */
  note: z.string().optional(),
});
export type Successor = z.infer<typeof SuccessorSchema>;

/** A body that may owe reports: a department, a People's Committee, a mass organisation, a newspaper. */
export const AgencySchema = z.strictObject({
  /** Stable ASCII id, used in file names and form metadata. */
  id: IdSchema,
  /** Full Vietnamese name as written in official documents. */
  name: z.string().min(1),
  /** Short name for narrow tables (e.g. "Sở Y tế", "LĐLĐ tỉnh"). */
  shortName: z.string().min(1).optional(),
  /** Other spellings and abbreviations found in submissions (LĐTBXH, LĐ-TB&XH…). Matched without regard to case, tone-mark placement or dashes. */
  aliases: z.array(z.string().min(1)).default([]),
  kind: AgencyKindSchema,
  /** Official code of the body, kept as data: for a commune the statistics office's 5-digit administrative unit code (mã ĐVHC, e.g. `'07627'`; quote it so YAML keeps the leading zero). Not used to match forms. */
  code: z.string().regex(/^[0-9A-Za-z.-]+$/, 'mã chỉ gồm chữ, chữ số, dấu chấm và gạch ngang').optional(),
  /** First day the agency exists; omitted when it existed before the plan. */
  from: IsoDateSchema.optional(),
  /** Last day the agency exists; omitted while it still exists. */
  until: IsoDateSchema.optional(),
  /** Who takes over its functions when it ends or is reorganised. */
  successors: z.array(SuccessorSchema).default([]),
  /** Contact for reminders (department name, phone, e-mail), shown by `status`. */
  contact: z.string().optional(),
  /** Why this entry is as it is; say here what is not verified. */
  note: z.string().optional(),
});
export type Agency = z.infer<typeof AgencySchema>;

/** A named set of agencies the plan refers to as one ("các sở, ban, ngành tỉnh"). */
export const GroupSchema = z.strictObject({
  id: IdSchema,
  /** The words the plan uses for the group. */
  name: z.string().min(1),
  /** Agency ids or other group ids. Cycles are refused. Members that do not exist on a year's reference date owe nothing that year. */
  members: z.array(IdSchema).min(1),
  /**
   * From `from` on, the plan's words for this group mean another group: "UBND các huyện, thị xã,
   * thành phố" became "UBND các xã, phường" when the district level ended on 01/7/2025. Obligations of
   * a year whose reference date is on or after `from` go to the other group's members (and not through
   * this group's members, whose own `successors` still say who took over their territory).
   */
  successor: z
    .strictObject({
      /** Id of the group the words mean from `from` on. */
      group: IdSchema,
      /** First day the other group stands in for this one. */
      from: IsoDateSchema,
      /** Legal basis or explanation. */
      note: z.string().optional(),
    })
    .optional(),
  note: z.string().optional(),
});
export type Group = z.infer<typeof GroupSchema>;

/** `ongoing` = "Thường xuyên"; `yearly` = "Định kỳ hằng năm". Both are reported every year. */
export const RhythmSchema = z.enum(['ongoing', 'yearly']);
export type Rhythm = z.infer<typeof RhythmSchema>;

export const TaskSchema = z.strictObject({
  /** Numbering of the plan: `1.1`, `3.4`, `2.2.1`. */
  id: TaskIdSchema,
  /** Number of the section of part III the task belongs to (1–4). */
  section: z.number().int().positive(),
  /** Heading of that section, as in the plan. */
  sectionTitle: z.string().min(1),
  /** Short title shown in forms and tables. */
  title: z.string().min(1),
  /** Full text of the task as in the plan. */
  text: z.string().min(1),
  rhythm: RhythmSchema,
  /** Agencies or groups that carry the task out ("Cơ quan thực hiện", "Cơ quan chủ trì"). At least one. */
  lead: z.array(IdSchema),
  /** Agencies or groups that help ("Cơ quan phối hợp"). */
  support: z.array(IdSchema).default([]),
  /** True when the plan adds "các cơ quan, đơn vị có liên quan": they may report but never owe a report. */
  relatedInvited: z.boolean().default(false),
  /** The function the task belongs to; decides which successor takes it over. */
  function: IdSchema.default('atvsld'),
  /** Set on a placeholder whose content is not in the plan text (task 2.2's appendix). Placeholders are owed by nobody. */
  placeholder: z.boolean().default(false),
  note: z.string().optional(),
});
export type Task = z.infer<typeof TaskSchema>;

/** One reported number that indicators are computed from (e.g. deaths, workers). */
export const IndicatorPartSchema = z.strictObject({
  id: IdSchema,
  /** Vietnamese name as shown in the indicators sheet. */
  name: z.string().min(1),
  /** Unit, e.g. "người", "cơ sở", "vụ". */
  unit: z.string().min(1),
  /** Agencies or groups that report this part; the province value is their sum. */
  reportedBy: z.array(IdSchema).min(1),
  /** How the figure is defined (e.g. which workers the denominator counts). A change of definition is flagged in comparisons. */
  definition: z.string().optional(),
  /** Parts this figure can never exceed, as reported by the same agency (deaths ≤ victims; examined ≤ exposed). Checked on every submission. */
  atMost: z.array(IdSchema).default([]),
  /**
   * The largest figure one agency can plausibly report (e.g. 1000 deaths in a province that sees 10–25 a year).
   * A larger figure is kept but warned about (INDICATOR_IMPLAUSIBLE): most often a digit typed twice.
   */
  plausibleMax: z.number().positive().max(Number.MAX_SAFE_INTEGER).optional(),
});
export type IndicatorPart = z.infer<typeof IndicatorPartSchema>;

/** How an indicator is computed from its parts. */
export const IndicatorComputeSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    /** The indicator is one part's province total. */
    kind: z.literal('count'),
    part: IdSchema,
  }),
  z.strictObject({
    /** numerator / denominator × scale, e.g. deaths per 100,000 workers. */
    kind: z.literal('rate'),
    numerator: IdSchema,
    denominator: IdSchema,
    scale: z.number().positive(),
    /**
     * How far (percent, either way) the denominator may move from last year before the comparison is flagged
     * (DENOMINATOR_CHANGED): a rate can fall only because more workers were counted. Default 20.
     */
    denominatorChangeLimit: z.number().positive().optional(),
  }),
]);
export type IndicatorCompute = z.infer<typeof IndicatorComputeSchema>;

export const TargetSchema = z.strictObject({
  /** `decrease`: met when the yearly change is ≤ −percentPerYear; `increase`: met when ≥ +percentPerYear. */
  direction: z.enum(['decrease', 'increase']),
  /** The yearly change the plan asks for, in percent (4 for "ít nhất 4%/năm"). */
  percentPerYear: z.number().positive(),
  /** Year the cumulative change is measured from. */
  baseYear: z.number().int().min(2000).max(2100),
});
export type Target = z.infer<typeof TargetSchema>;

export const IndicatorSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  /** Unit of the computed value, e.g. "người chết/100.000 lao động". */
  unit: z.string().min(1),
  parts: z.array(IndicatorPartSchema).min(1),
  compute: IndicatorComputeSchema,
  target: TargetSchema,
  /** The plan's own words for the target. */
  source: z.string().optional(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const CalendarSchema = z.strictObject({
  /** Last day (inclusive) for agencies to send their report, `MM-DD` ("trước ngày 20/12" → `12-20`). */
  agencyDeadline: MonthDaySchema,
  /** Last day (inclusive) for the coordinator to report to the People's Committee, `MM-DD`. */
  consolidationDeadline: MonthDaySchema,
  /** Agency that collects the reports and consolidates them. Follows its successors across years. */
  coordinator: IdSchema,
  /** Agency the consolidated report goes to. */
  recipient: IdSchema,
  /** First reporting year of the plan. `template`, `status`, `receive` and `consolidate` refuse an earlier year. */
  firstYear: z.number().int().min(2000).max(2100),
  /** Last reporting year, if the plan has one (a plan "giai đoạn 2024–2030"); omitted, the plan runs on. Later years are refused like earlier ones. */
  lastYear: z.number().int().min(2000).max(2100).optional(),
  /**
   * Bộ luật Dân sự 2015, Điều 148, khoản 5: a deadline that falls on a Saturday,
   * Sunday or public holiday ends at the end of the next working day (20/12/2025,
   * a Saturday, ends on Monday 22/12/2025). On unless set to `false`.
   */
  extendOverRestDays: z.boolean().default(true),
  /**
   * Days off besides Saturdays, Sundays and the fixed holidays (1/1, 30/4, 1/5, 2/9),
   * `YYYY-MM-DD`: Tết Nguyên đán, Giỗ Tổ Hùng Vương, the second Quốc khánh day, days off in lieu.
   */
  daysOff: z.array(IsoDateSchema).default([]),
});
export type Calendar = z.infer<typeof CalendarSchema>;

/** A dated name of the territory the plan covers (provinces merge). */
export const JurisdictionSchema = z.strictObject({
  name: z.string().min(1),
  from: IsoDateSchema.optional(),
  until: IsoDateSchema.optional(),
  note: z.string().optional(),
});

export const PlanSchema = z.strictObject({
  /** Stable ASCII id written into every form, so that a form for another plan is recognised. */
  id: IdSchema,
  /** Official title of the plan. */
  title: z.string().min(1),
  /** Number and date of the issuing document, if known. */
  reference: z.string().optional(),
  /** Body that issued the plan (shown in report headings). */
  issuer: z.string().min(1),
  /** Names of the territory over time, newest last. */
  jurisdiction: z.array(JurisdictionSchema).min(1),
  calendar: CalendarSchema,
  agencies: z.array(AgencySchema).min(1),
  groups: z.array(GroupSchema).default([]),
  tasks: z.array(TaskSchema).min(1),
  indicators: z.array(IndicatorSchema).default([]),
});
export type Plan = z.infer<typeof PlanSchema>;
