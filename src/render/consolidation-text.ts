/**
 * The terminal summary of `atvsld consolidate`, in Vietnamese: completeness,
 * each indicator with its value, change and ✓/✗ against the target, task
 * statuses, and the problem counts as the last line.
 */
import type { ChalkInstance } from 'chalk';
import type { ConsolidatedReport, IndicatorFlag, IndicatorRow } from '../core/consolidation/consolidated-report.js';
import { formatMessage } from '../core/diagnostics/format.js';
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
}

const FLAG_WORDS: Record<IndicatorFlag, string> = {
  MISSING_VALUE: 'thiếu số liệu năm báo cáo',
  MISSING_PREVIOUS: 'thiếu số liệu năm trước',
  PREVIOUS_ZERO: 'năm trước bằng 0',
  AGENCIES_CHANGED: 'cơ quan cung cấp số liệu thay đổi, không phải do sắp xếp bộ máy',
  AGENCIES_REORGANISED: 'cơ quan cung cấp số liệu thay đổi do sắp xếp bộ máy',
  DENOMINATOR_CHANGED: 'mẫu số thay đổi nhiều so với năm trước',
  DEFINITION_CHANGED: 'định nghĩa số liệu thay đổi',
  PARTS_INCOMPLETE: 'chưa đủ cơ quan báo cáo',
  MISSING_BASE: 'thiếu số liệu năm gốc',
};

const STATUS_WORDS = {
  done: 'đã hoàn thành',
  'in-progress': 'đang thực hiện',
  'not-started': 'chưa thực hiện',
  'not-applicable': 'không phát sinh',
  'not-reported': 'không báo cáo',
  'no-submission': 'cơ quan chưa gửi',
} as const;

export function renderConsolidationText(report: ConsolidatedReport, o: SummaryOptions = {}): string {
  const c = report.completeness;
  const lines = [
    `Tổng hợp kết quả thực hiện năm ${report.year} — ${report.header.jurisdictionName}`,
    `Tính đến ngày ${formatViDate(report.asOf)}; hạn các cơ quan gửi báo cáo: ${formatViDeadline(report)} (${deadlineWords(report.daysToDeadline)}).`,
    '',
    `Tình hình báo cáo: đã nhận ${c.received}/${c.expected} cơ quan (${formatViRate(c.completenessRate)}); ` +
      `đúng hạn ${c.onTime} (${formatViRate(c.timelinessRate)}), trễ hạn ${c.late}, chưa gửi ${c.missing}` +
      (c.notYetDue > 0 ? ` (trong đó ${c.notYetDue} chưa đến hạn)` : '') +
      (c.unexpected > 0 ? `; ngoài danh sách ${c.unexpected}` : '') +
      '.',
    '',
    'Chỉ tiêu:',
    ...report.indicators.map((row) => `  ${indicatorLine(row, report.year, o.chalk)}`),
    '',
    `Nhiệm vụ (${Object.values(report.taskStatusCounts).reduce((a, b) => a + b, 0)} lượt cơ quan phải báo cáo): ` +
      Object.entries(report.taskStatusCounts)
        .filter(([, n]) => n > 0)
        .map(([status, n]) => `${n} ${STATUS_WORDS[status as keyof typeof STATUS_WORDS]}`)
        .join(', ') +
      '.',
  ];
  if (o.outFile !== undefined) lines.push(`Đã ghi báo cáo tổng hợp: ${o.outFile}`);
  if (o.reportDocxFile !== undefined) lines.push(`Đã ghi dự thảo văn bản báo cáo: ${o.reportDocxFile}`);
  lines.push(renderCounts(report.diagnostics, 'vi'));
  return `${lines.join('\n')}\n`;
}

function indicatorLine(row: IndicatorRow, year: number, chalk: ChalkInstance | undefined): string {
  const mark = row.met === true ? (chalk?.green('✓') ?? '✓') : row.met === false ? (chalk?.red('✗') ?? '✗') : '?';
  const value = row.values[String(year)] ?? null;
  const previous = row.values[String(year - 1)] ?? null;
  const sign = row.target.direction === 'decrease' ? '≤ −' : '≥ +';
  const decimals = decimalsFor(row);
  const parts = [
    `${mark} ${row.name}: ${value === null ? 'chưa có số liệu' : `${formatViNumber(value, decimals)} ${row.unit}`}`,
    `năm ${year - 1}: ${previous === null ? '—' : formatViNumber(previous, decimals)}`,
    `thay đổi ${row.changePercent === null ? '—' : formatViChangeBesideVerdict(row.changePercent, yearlyThreshold(row))} (mục tiêu ${sign}${formatViNumber(row.target.percentPerYear, 0)} %/năm)`,
  ];
  if (row.cumulative?.changePercent != null) {
    const threshold = { thresholdPercent: row.cumulative.targetPercent, direction: row.target.direction };
    parts.push(`từ ${row.cumulative.fromYear}: ${formatViChangeBesideVerdict(row.cumulative.changePercent, threshold)} (mục tiêu ${formatViPercentChange(row.cumulative.targetPercent, 2)})`);
  }
  if (row.met === null && value !== null) parts.push('chưa đánh giá được');
  const flags = row.flags.length > 0 ? ` [${row.flags.map((f) => flagWords(row, f)).join('; ')}]` : '';
  return `${parts.join('; ')}${flags}`;
}

/** The yearly target as a signed threshold: −4 for "giảm ít nhất 4 %/năm". */
export function yearlyThreshold(row: Pick<IndicatorRow, 'target'>): { thresholdPercent: number; direction: 'decrease' | 'increase' } {
  const { direction, percentPerYear } = row.target;
  return { thresholdPercent: direction === 'decrease' ? -percentPerYear : percentPerYear, direction };
}

/** The catalog's wording with the flag's details (who is missing, by how much) when the row has them. */
function flagWords(row: IndicatorRow, flag: IndicatorFlag): string {
  const note = row.flagNotes?.find((n) => n.flag === flag);
  return note ? formatMessage(flagNoteDiagnostic(note), 'vi').replace(/\.$/, '') : FLAG_WORDS[flag];
}

/** Counts print without decimals; an indicator with any fractional value (a rate) prints every year with two. */
function decimalsFor(row: IndicatorRow): number {
  return Object.values(row.values).some((v) => v !== null && !Number.isInteger(v)) ? 2 : 0;
}

/**
 * The deadline as the plan states it and, when it falls on a rest day, the
 * day it really ends: "20/12/2025 (ngày nghỉ, kéo dài đến hết 22/12/2025
 * theo Điều 148 Bộ luật Dân sự 2015)".
 */
export function formatViDeadline(report: Pick<ConsolidatedReport, 'deadline' | 'deadlineEnd'>): string {
  if (report.deadlineEnd === report.deadline) return formatViDate(report.deadline);
  return `${formatViDate(report.deadline)} (ngày nghỉ, kéo dài đến hết ${formatViDate(report.deadlineEnd)} theo Điều 148 Bộ luật Dân sự 2015)`;
}

export function deadlineWords(daysToDeadline: number): string {
  if (daysToDeadline > 0) return `còn ${daysToDeadline} ngày`;
  if (daysToDeadline === 0) return 'hôm nay là hạn cuối';
  return `đã quá ${-daysToDeadline} ngày`;
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
  return formatViPercentChange(changePercent, decimalsBesideVerdict(changePercent, target.thresholdPercent, target.direction, minDecimals));
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
