/**
 * Province figures of earlier years (`history/indicators.yaml`, documented
 * in docs/history.md): typed in for the years before the tool was used, and
 * recorded by `atvsld history record` once a year's report is final. Keyed
 * by year, then by territory (the plan's `jurisdiction` ids), then by
 * indicator part id, like the forms' indicator sheet.
 *
 * ```yaml
 * note: Số liệu mẫu, không phải số liệu thật.
 * years:
 *   2023:                       # the first shape: part ids straight under the year,
 *     so-nguoi-chet: 14         # figures of the plan's territory of that year
 *   2024:
 *     bac-ninh-cu:              # a territory id, its figures under `parts`
 *       source: Cục Thống kê tỉnh Bắc Ninh
 *       parts:
 *         so-nguoi-chet: 14
 *         so-lao-dong: { value: 468600, definition: "Lao động của các cơ sở có báo cáo" }
 * ```
 */
import { z } from 'zod';
import { IdSchema, IsoDateSchema } from '../plan/plan-schema.js';

export const HistoryValueSchema = z.strictObject({
  /** The province figure for that year. */
  value: z.number().nonnegative(),
  /** Where the figure comes from (report number, statistics yearbook). */
  source: z.string().optional(),
  /** Anything the reader should know (e.g. "số liệu mẫu"). */
  note: z.string().optional(),
  /** How the figure was defined that year, when it differs from the plan's definition; a difference is flagged. */
  definition: z.string().optional(),
  /** Agencies whose reports were summed (written by `history record`). */
  agencies: z.array(IdSchema).optional(),
});
export type HistoryValue = z.infer<typeof HistoryValueSchema>;

/** A figure is either a bare number or an object with its value and notes. */
const HistoryEntrySchema = z.union([
  z.number().nonnegative().transform((value): HistoryValue => ({ value })),
  HistoryValueSchema,
]);

/** The consolidated report a recorded year was taken from. */
export const RecordedReportSchema = z.strictObject({
  /** File name of the consolidated workbook. */
  file: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'sha256 gồm 64 chữ số hệ 16'),
});

/** One territory's figures of one year. */
export const TerritoryFiguresSchema = z.strictObject({
  /** The territory's name, for readers of the file (the plan's name is used in reports). */
  name: z.string().optional(),
  /** Where these figures come from; applies to every part without a source of its own. */
  source: z.string().optional(),
  note: z.string().optional(),
  /** "Today" of the consolidation the figures were recorded from (`--as-of`). */
  asOf: IsoDateSchema.optional(),
  /** The day `history record` wrote the entry. */
  recordedOn: IsoDateSchema.optional(),
  report: RecordedReportSchema.optional(),
  /** Indicator values as the recorded report computed them (indicator id → value); figures of record, not read back. */
  values: z.record(IdSchema, z.number().nullable()).optional(),
  /** Part id → figure. */
  parts: z.record(IdSchema, HistoryEntrySchema),
});
export type TerritoryFigures = z.output<typeof TerritoryFiguresSchema>;

const YearKeySchema = z.string().regex(/^\d{4}$/, 'năm có dạng YYYY');

/**
 * A year's entries: a key whose value has `parts` is a territory; any other
 * key is a part of the first shape. Dispatched by shape so that a mistake
 * inside either is reported at its own path, not as "no union member matched".
 */
const YearSchema = z.record(IdSchema, z.unknown()).transform((entries, ctx) => {
  const parts: Record<string, HistoryValue> = {};
  const territories: Record<string, TerritoryFigures> = {};
  for (const [key, raw] of Object.entries(entries)) {
    const isTerritory = typeof raw === 'object' && raw !== null && !Array.isArray(raw) && 'parts' in raw;
    const parsed = (isTerritory ? TerritoryFiguresSchema : HistoryEntrySchema).safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: [key, ...issue.path] });
    } else if (isTerritory) {
      territories[key] = parsed.data as TerritoryFigures;
    } else {
      parts[key] = parsed.data as HistoryValue;
    }
  }
  return { parts, territories };
});

/** A record replaced by `history record --amend`, kept with the day it was replaced. */
export const AmendedRecordSchema = z.strictObject({
  year: z.number().int(),
  territory: IdSchema,
  amendedOn: IsoDateSchema,
  figures: TerritoryFiguresSchema,
});
export type AmendedRecord = z.output<typeof AmendedRecordSchema>;

export const IndicatorHistorySchema = z
  .strictObject({
    /** About the whole file (its sources, whether the figures are sample data). */
    note: z.string().optional(),
    /** Year (`2023`) → territory id → figures, or (first shape) part id → figure. */
    years: z.record(YearKeySchema, YearSchema).default({}),
    /** Records replaced by `history record --amend`, oldest first. */
    amended: z.array(AmendedRecordSchema).default([]),
  })
  .transform((file): IndicatorHistory => {
    const years: Record<string, Record<string, HistoryValue>> = {};
    const territories: Record<string, Record<string, TerritoryFigures>> = {};
    for (const [year, entry] of Object.entries(file.years)) {
      if (Object.keys(entry.parts).length > 0) years[year] = entry.parts;
      if (Object.keys(entry.territories).length > 0) territories[year] = entry.territories;
    }
    return { ...(file.note !== undefined ? { note: file.note } : {}), years, territories, amended: file.amended };
  });

export interface IndicatorHistory {
  readonly note?: string;
  /**
   * Year → part id → figure of the plan's territory of that year: the first
   * shape of the file, and, once resolved against the plan
   * (`resolveOwnTerritory`), the territory entries of that territory too.
   */
  readonly years: Readonly<Record<string, Readonly<Record<string, HistoryValue>>>>;
  /** Year → territory id → figures. */
  readonly territories: Readonly<Record<string, Readonly<Record<string, TerritoryFigures>>>>;
  readonly amended: readonly AmendedRecord[];
}

export const EMPTY_HISTORY: IndicatorHistory = { years: {}, territories: {}, amended: [] };

/** A territory entry's part as a figure of its own: the entry's source and note apply to parts without theirs. */
export function territoryPart(figures: TerritoryFigures, partId: string): HistoryValue | undefined {
  const value = figures.parts[partId];
  if (value === undefined) return undefined;
  const source = value.source ?? figures.source ?? (figures.report ? `báo cáo tổng hợp ${figures.report.file}` : undefined);
  const note = value.note ?? figures.note;
  return { ...value, ...(source !== undefined ? { source } : {}), ...(note !== undefined ? { note } : {}) };
}

/** The figure of `territory`'s part in `year`; for the year's own territory, the first shape counts too (a territory entry wins). */
export function historyFigure(history: IndicatorHistory, year: number, territory: string, own: boolean, partId: string): HistoryValue | undefined {
  const entry = history.territories[String(year)]?.[territory];
  const fromEntry = entry ? territoryPart(entry, partId) : undefined;
  if (fromEntry !== undefined || !own) return fromEntry;
  return history.years[String(year)]?.[partId];
}
