/**
 * The terminal summary of `atvsld consolidate`, in Vietnamese or English: completeness,
 * each indicator with its value, change and ✓/✗ against the target, task
 * statuses, and the problem counts as the last line.
 */
import type { ChalkInstance } from 'chalk';
import type { ConsolidatedReport, IndicatorFlag, IndicatorRow, TaskCellStatus } from '../core/consolidation/consolidated-report.js';
import { formatMessage, formatText, type Lang } from '../core/diagnostics/format.js';
import { decimalsBesideVerdict } from '../core/consolidation/printed-figures.js';
import { flagNoteDiagnostic } from '../core/consolidation/indicator-flags.js';
import { renderCounts } from './diagnostic-list-text.js';

export interface SummaryOptions {
  /** Where the workbook was written, to say so. */
  readonly outFile?: string;
  /** Where the written report (.docx) was written, to say so. */
  readonly reportDocxFile?: string;
  /** Colours for ✓/✗; plain text when absent. */
  readonly chalk?: ChalkInstance;
  readonly lang?: Lang;
}

export function renderConsolidationText(report: ConsolidatedReport, o: SummaryOptions = {}): string {
  const lang = o.lang ?? 'vi';
  const c = report.completeness;
  const rate = (r: number | null): string => formatRate(r, lang);
  const lines = [
    formatText(lang, 'consolidate.title', { year: report.year, jurisdiction: report.header.jurisdictionName }),
    formatText(lang, 'consolidate.asOf', { asOf: formatDate(report.asOf, lang), deadline: formatDeadline(report, lang), words: deadlineWords(report.daysToDeadline, lang) }),
    '',
    formatText(lang, 'consolidate.completeness', {
      received: c.received, expected: c.expected, rate: rate(c.completenessRate), onTime: c.onTime, timelyRate: rate(c.timelinessRate), late: c.late, missing: c.missing,
    }) +
      (c.notYetDue > 0 ? formatText(lang, 'consolidate.notYetDue', { count: c.notYetDue }) : '') +
      (c.unexpected > 0 ? formatText(lang, 'consolidate.unexpected', { count: c.unexpected }) : '') +
      '.',
    '',
    formatText(lang, 'consolidate.indicators'),
    ...report.indicators.map((row) => `  ${indicatorLine(row, report.year, o.chalk, lang, territoryNames(report))}`),
    '',
    formatText(lang, 'consolidate.tasks', {
      count: Object.values(report.taskStatusCounts).reduce((a, b) => a + b, 0),
      list: Object.entries(report.taskStatusCounts)
        .filter(([, n]) => n > 0)
        .map(([status, n]) => formatText(lang, `taskStatus.${status as TaskCellStatus}`, { count: n }))
        .join(', '),
    }),
  ];
  if (o.outFile !== undefined) lines.push(formatText(lang, 'consolidate.written', { file: o.outFile }));
  if (o.reportDocxFile !== undefined) lines.push(formatText(lang, 'consolidate.writtenDocx', { file: o.reportDocxFile }));
  lines.push(renderCounts(report.diagnostics, lang));
  return `${lines.join('\n')}\n`;
}

/** Territory id → name, for naming the territory a figure covers. */
export function territoryNames(report: ConsolidatedReport): ReadonlyMap<string, string> {
  return new Map(report.territories.map((t) => [t.id, t.name]));
}

function indicatorLine(row: IndicatorRow, year: number, chalk: ChalkInstance | undefined, lang: Lang, names: ReadonlyMap<string, string>): string {
  const mark = row.met === true ? (chalk?.green('✓') ?? '✓') : row.met === false ? (chalk?.red('✗') ?? '✗') : '?';
  const value = row.values[String(year)] ?? null;
  // The base the change compares with: Y-1 on Y's territory, summed over the old territories across a merger.
  const previous = row.previousValue;
  const composed = row.previousTerritories.length > 1;
  const sign = row.target.direction === 'decrease' ? '≤ −' : '≥ +';
  const decimals = decimalsFor(row);
  const shownPrevious = previous === null ? '—' : formatNumber(previous, decimals, lang);
  const parts = [
    `${mark} ${row.name}: ${value === null ? formatText(lang, 'consolidate.noValue') : `${formatNumber(value, decimals, lang)} ${row.unit}`}`,
    composed
      ? formatText(lang, 'consolidate.previousSameTerritory', { year: year - 1, territories: row.previousTerritories.map((t) => names.get(t) ?? t).join(' + '), value: shownPrevious })
      : formatText(lang, 'consolidate.previous', { year: year - 1, value: shownPrevious }),
    formatText(lang, 'consolidate.change', {
      change: row.changePercent === null ? '—' : formatChangeBesideVerdict(row.changePercent, yearlyThreshold(row), lang),
      target: `${sign}${formatNumber(row.target.percentPerYear, 0, lang)}`,
    }),
  ];
  // One year after the base the cumulative change is the yearly one: said once.
  if (row.cumulative?.changePercent != null && row.cumulative.fromYear < year - 1) {
    const threshold = { thresholdPercent: row.cumulative.targetPercent, direction: row.target.direction };
    parts.push(
      formatText(lang, 'consolidate.cumulative', {
        year: row.cumulative.fromYear,
        change: formatChangeBesideVerdict(row.cumulative.changePercent, threshold, lang),
        target: formatPercentChange(row.cumulative.targetPercent, 2, lang),
      }),
    );
  }
  // TERRITORY_PARTIAL_BASE's words already say that it is not judged.
  if (row.met === null && value !== null && !row.flags.includes('TERRITORY_PARTIAL_BASE')) parts.push(formatText(lang, 'consolidate.notJudged'));
  const words = (f: IndicatorFlag): string =>
    f === 'TERRITORY_PARTIAL_BASE' && row.baseGaps.length > 0
      ? row.baseGaps.map((g) => formatText(lang, 'consolidate.baseGap', { year: g.year, territory: names.get(g.territory) ?? g.territory })).join('; ')
      : flagWords(row, f, lang);
  const flags = row.flags.length > 0 ? ` [${row.flags.map(words).join('; ')}]` : '';
  return `${parts.join('; ')}${flags}`;
}

/** Counts print without decimals; an indicator with any fractional value (a rate) prints every year with two. */
function decimalsFor(row: IndicatorRow): number {
  return Object.values(row.values).some((v) => v !== null && !Number.isInteger(v)) ? 2 : 0;
}

/** The yearly target as a signed threshold: −4 for "giảm ít nhất 4 %/năm". */
export function yearlyThreshold(row: Pick<IndicatorRow, 'target'>): { thresholdPercent: number; direction: 'decrease' | 'increase' } {
  const { direction, percentPerYear } = row.target;
  return { thresholdPercent: direction === 'decrease' ? -percentPerYear : percentPerYear, direction };
}

/** The catalog's wording with the flag's details (who is missing, by how much) when the row has them. */
function flagWords(row: IndicatorRow, flag: IndicatorFlag, lang: Lang): string {
  const note = row.flagNotes?.find((n) => n.flag === flag);
  return note ? flagNoteWords(note, lang) : formatText(lang, `flag.${flag}`);
}

/** A flag's note worded from the catalog, without its full stop: it stands inside another sentence. */
export function flagNoteWords(note: NonNullable<IndicatorRow['flagNotes']>[number], lang: Lang): string {
  return formatMessage(flagNoteDiagnostic(note), lang).replace(/\.$/u, '');
}

/**
 * The deadline as the plan states it and, when it falls on a rest day, the
 * day it really ends: "20/12/2025 (ngày nghỉ, kéo dài đến hết 22/12/2025
 * theo Điều 148 Bộ luật Dân sự 2015)".
 */
export function formatDeadline(report: Pick<ConsolidatedReport, 'deadline' | 'deadlineEnd'>, lang: Lang): string {
  if (report.deadlineEnd === report.deadline) return formatDate(report.deadline, lang);
  return formatText(lang, 'deadline.restDay', { deadline: formatDate(report.deadline, lang), end: formatDate(report.deadlineEnd, lang) });
}

/** The Vietnamese deadline (workbook, docx). */
export function formatViDeadline(report: Pick<ConsolidatedReport, 'deadline' | 'deadlineEnd'>): string {
  return formatDeadline(report, 'vi');
}

/** A change beside its verdict, in either language (see formatViChangeBesideVerdict). */
export function formatChangeBesideVerdict(
  changePercent: number,
  target: { readonly thresholdPercent: number; readonly direction: 'decrease' | 'increase' },
  lang: Lang,
  minDecimals = 1,
): string {
  return formatPercentChange(changePercent, decimalsBesideVerdict(changePercent, target.thresholdPercent, target.direction, minDecimals), lang);
}

/**
 * A change printed beside its verdict: a signed percentage with the decimals
 * needed to see the side of the target (+4,96 % beside "Không đạt" against
 * +5 %, not +5,0 %). `target` is the signed threshold in percent: ±percentPerYear
 * for the yearly change, `cumulative.targetPercent` for the cumulative one.
 * The one function every printed view (summary, workbook, .docx) uses.
 */
export function formatViChangeBesideVerdict(
  changePercent: number,
  target: { readonly thresholdPercent: number; readonly direction: 'decrease' | 'increase' },
  minDecimals = 1,
): string {
  return formatChangeBesideVerdict(changePercent, target, 'vi', minDecimals);
}

export function deadlineWords(daysToDeadline: number, lang: Lang = 'vi'): string {
  if (daysToDeadline > 0) return formatText(lang, 'deadline.left', { days: daysToDeadline });
  if (daysToDeadline === 0) return formatText(lang, 'deadline.today');
  return formatText(lang, 'deadline.past', { days: -daysToDeadline });
}

/** A number as the language writes it: 1.234,5 in Vietnamese, 1,234.5 in English. */
export function formatNumber(value: number, decimals: number, lang: Lang): string {
  const vi = formatViNumber(value, decimals);
  return lang === 'en' ? vi.replace(/[.,]/g, (ch) => (ch === '.' ? ',' : '.')) : vi;
}

export function formatPercentChange(value: number, decimals: number, lang: Lang): string {
  return `${value > 0 ? '+' : ''}${formatNumber(value, decimals, lang)} %`;
}

export function formatRate(rate: number | null, lang: Lang, decimals = 1): string {
  return rate === null ? '—' : `${formatNumber(rate * 100, decimals, lang)} %`;
}

/** `20/12/2025` in Vietnamese; ISO `2025-12-20` in English, which no reader takes for 12 August. */
export function formatDate(iso: string | undefined, lang: Lang): string {
  return lang === 'en' ? (iso ?? '—') : formatViDate(iso);
}

/**
 * Vietnamese number writing, 1.234,5, by hand rather than with Intl so that
 * the output is the same whatever ICU data the Node build carries. The minus
 * is a true minus sign.
 */
export function formatViNumber(value: number, decimals = 0): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = value < 0 && Number(fixed) !== 0 ? '−' : '';
  return `${sign}${grouped}${fraction !== undefined ? `,${fraction}` : ''}`;
}

/** A signed percentage: `+6,7 %`, `−5,6 %`. */
export function formatViPercentChange(value: number, decimals = 1): string {
  return `${value > 0 ? '+' : ''}${formatViNumber(value, decimals)} %`;
}

/** A 0..1 rate as a percentage: `0.75` → `75,0 %`. */
export function formatViRate(rate: number | null, decimals = 1): string {
  return rate === null ? '—' : `${formatViNumber(rate * 100, decimals)} %`;
}

/** `2025-12-20` → `20/12/2025`. */
export function formatViDate(iso: string | undefined): string {
  if (iso === undefined) return '—';
  const [y, m, d] = iso.split('-');
  return d !== undefined ? `${d}/${m}/${y}` : iso;
}
