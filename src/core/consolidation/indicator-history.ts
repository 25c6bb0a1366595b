/**
 * Province figures for years before the tool was used
 * (`history/indicators.yaml`), so that year-over-year changes work from the
 * first year. Keyed by indicator part id, like the forms' indicator sheet.
 *
 * ```yaml
 * note: Số liệu mẫu, không phải số liệu thật.
 * years:
 *   2023:
 *     so-nguoi-chet: 14
 *     so-lao-dong: { value: 231500, definition: "Lao động của các cơ sở có báo cáo" }
 * ```
 */
import { z } from 'zod';
import { IdSchema } from '../plan/plan-schema.js';

export const HistoryValueSchema = z.strictObject({
  /** The province figure for that year. */
  value: z.number().nonnegative().max(Number.MAX_SAFE_INTEGER),
  /** Where the figure comes from (report number, statistics yearbook). */
  source: z.string().optional(),
  /** Anything the reader should know (e.g. "số liệu mẫu"). */
  note: z.string().optional(),
  /** How the figure was defined that year, when it differs from the plan's definition; a difference is flagged. */
  definition: z.string().optional(),
});
export type HistoryValue = z.infer<typeof HistoryValueSchema>;

/** A figure is either a bare number or an object with its value and notes. */
const HistoryEntrySchema = z.union([
  z.number().nonnegative().max(Number.MAX_SAFE_INTEGER).transform((value): HistoryValue => ({ value })),
  HistoryValueSchema,
]);

export const IndicatorHistorySchema = z.strictObject({
  /** About the whole file (its sources, whether the figures are sample data). */
  note: z.string().optional(),
  /** Year (`2023`) → part id → figure. */
  years: z.record(z.string().regex(/^\d{4}$/, 'năm có dạng YYYY'), z.record(IdSchema, HistoryEntrySchema)).default({}),
});

export type IndicatorHistory = z.output<typeof IndicatorHistorySchema>;

export const EMPTY_HISTORY: IndicatorHistory = { years: {} };
