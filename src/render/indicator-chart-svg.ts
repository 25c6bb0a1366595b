/**
 * An indicator's values over the years held, with the target path from the
 * base year (base value × (1 ± p)^(t − base)), drawn as SVG by hand: a few
 * lines, dots and labels need no charting library, and the same inputs give
 * the same text (and so, rasterised with the same font, the same PNG).
 * Labels use Vietnamese number writing. The font is named "DejaVu Sans",
 * which the rasteriser is given explicitly (io/report-docx/chart-png.ts).
 */
import type { IndicatorRow } from '../core/consolidation/consolidated-report.js';
import { formatViNumber } from './consolidation-text.js';

export const CHART_FONT = 'DejaVu Sans';
export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 340;

export interface ChartPoint {
  readonly year: number;
  readonly value: number;
}

/** Years from the earliest held (and not before `firstYear`) to Y, with their values; null years are skipped. */
export function actualPoints(row: IndicatorRow, year: number, firstYear = 2022): ChartPoint[] {
  const points: ChartPoint[] = [];
  for (const [key, value] of Object.entries(row.values)) {
    const y = Number(key);
    if (value !== null && y >= firstYear && y <= year) points.push({ year: y, value });
  }
  return points.sort((a, b) => a.year - b.year);
}

/**
 * The target path: the base year's value compounded by the yearly percentage,
 * base year through Y. Empty without a base value. The base is the one the
 * cumulative verdict compares with, on the report year's territory
 * (`cumulative.baseValue`): across the 2025 merger, old Bắc Giang's and old
 * Bắc Ninh's 2024 figures summed (1.447 establishments, not old Bắc Giang's
 * 702), so that the path reads as the verdict does: 1.510 in 2025 is under
 * the path's 1.519, "Không đạt", not far above a path from 702.
 */
export function targetPoints(row: IndicatorRow, year: number): ChartPoint[] {
  const { baseYear, direction, percentPerYear } = row.target;
  const base = pathBase(row);
  if (base === null || baseYear >= year) return [];
  const factor = 1 + (direction === 'decrease' ? -percentPerYear : percentPerYear) / 100;
  const points: ChartPoint[] = [];
  for (let y = baseYear; y <= year; y++) points.push({ year: y, value: base * factor ** (y - baseYear) });
  return points;
}

function pathBase(row: IndicatorRow): number | null {
  const c = row.cumulative;
  if (c && c.baseValue !== undefined) return c.baseValue;
  return row.values[String(row.target.baseYear)] ?? null;
}

/** True when the path starts from a base summed over former territories (a merger), which the chart then says. */
export function pathOnMergedBase(row: IndicatorRow): boolean {
  return (row.cumulative?.baseTerritories?.length ?? 0) > 1;
}

export function renderIndicatorChartSvg(row: IndicatorRow, year: number, decimals: number): string {
  const actual = actualPoints(row, year);
  const target = targetPoints(row, year);
  const years: number[] = [];
  for (const p of [...actual, ...target]) if (!years.includes(p.year)) years.push(p.year);
  years.sort((a, b) => a - b);
  let max = 0;
  for (const p of actual) max = Math.max(max, p.value);
  for (const p of target) max = Math.max(max, p.value);
  const step = niceStep(max === 0 ? 1 : max / 4);
  const top = Math.max(step, Math.ceil((max * 1.12) / step) * step);
  const left = 70;
  const right = CHART_WIDTH - 20;
  const plotTop = 58;
  const bottom = CHART_HEIGHT - 56;
  const x = (y: number): number => (years.length <= 1 ? (left + right) / 2 : left + 30 + ((y - years[0]!) / (years[years.length - 1]! - years[0]!)) * (right - left - 60));
  const yPos = (v: number): number => bottom - (v / top) * (bottom - plotTop);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" font-family="${CHART_FONT}">`,
    `<rect width="${CHART_WIDTH}" height="${CHART_HEIGHT}" fill="#ffffff"/>`,
    text(CHART_WIDTH / 2, 22, `${row.name}`, { size: 14, weight: 'bold' }),
    text(CHART_WIDTH / 2, 40, pathOnMergedBase(row) ? `(${row.unit}; lộ trình từ năm ${row.target.baseYear} trên địa bàn năm ${year})` : `(${row.unit})`, { size: 12 }),
  ];
  for (let v = 0; v <= top + step / 2; v += step) {
    const yy = fixed(yPos(v));
    parts.push(`<line x1="${left}" y1="${yy}" x2="${right}" y2="${yy}" stroke="#d9d9d9" stroke-width="1"/>`);
    parts.push(text(left - 6, yPos(v) + 4, formatViNumber(v, step < 1 ? 1 : 0), { size: 11, anchor: 'end' }));
  }
  parts.push(`<line x1="${left}" y1="${bottom}" x2="${right}" y2="${bottom}" stroke="#404040" stroke-width="1"/>`);
  for (const y of years) parts.push(text(x(y), bottom + 18, String(y), { size: 12 }));
  if (target.length > 1) {
    parts.push(polyline(target.map((p) => [x(p.year), yPos(p.value)]), '#c00000', '6 4'));
  }
  if (actual.length > 1) parts.push(polyline(actual.map((p) => [x(p.year), yPos(p.value)]), '#1f4e79'));
  for (const p of actual) {
    // A label goes below its dot when the target path runs just above it, so the dashed line never crosses it.
    const path = target.find((t) => t.year === p.year);
    const below = path !== undefined && path.value >= p.value;
    parts.push(`<circle cx="${fixed(x(p.year))}" cy="${fixed(yPos(p.value))}" r="4" fill="#1f4e79"/>`);
    parts.push(text(x(p.year), yPos(p.value) + (below ? 19 : -9), formatViNumber(p.value, decimals), { size: 11, color: '#1f4e79' }));
  }
  // A path that starts off the plotted base-year value (a base on the merged territory) shows where it starts.
  const start = target[0];
  const startActual = start && actual.find((p) => p.year === start.year);
  if (start && target.length > 1 && startActual && startActual.value !== start.value) {
    const above = start.value >= startActual.value;
    parts.push(text(x(start.year) - 8, yPos(start.value) + (above ? -8 : 16), formatViNumber(start.value, decimals), { size: 11, anchor: 'end', color: '#c00000' }));
  }
  const sign = row.target.direction === 'decrease' ? 'giảm' : 'tăng';
  const legendY = CHART_HEIGHT - 10;
  parts.push(`<line x1="80" y1="${legendY - 4}" x2="110" y2="${legendY - 4}" stroke="#1f4e79" stroke-width="2.5"/>`);
  parts.push(text(116, legendY, 'Thực hiện', { size: 11, anchor: 'start' }));
  if (target.length > 1) {
    parts.push(`<line x1="220" y1="${legendY - 4}" x2="250" y2="${legendY - 4}" stroke="#c00000" stroke-width="2" stroke-dasharray="6 4"/>`);
    parts.push(text(256, legendY, `Lộ trình mục tiêu (${sign} ${formatViNumber(row.target.percentPerYear, 0)} %/năm từ ${row.target.baseYear})`, { size: 11, anchor: 'start' }));
  }
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

/** 1, 2 or 5 times a power of ten, at least `rough`. */
export function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  for (const m of [1, 2, 5, 10]) if (m * power >= rough) return m * power;
  return 10 * power;
}

function polyline(points: readonly [number, number][], color: string, dash?: string): string {
  const d = points.map(([px, py]) => `${fixed(px)},${fixed(py)}`).join(' ');
  return `<polyline points="${d}" fill="none" stroke="${color}" stroke-width="${dash ? 2 : 2.5}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
}

function text(px: number, py: number, content: string, o: { size: number; weight?: string; anchor?: string; color?: string }): string {
  return `<text x="${fixed(px)}" y="${fixed(py)}" font-size="${o.size}" text-anchor="${o.anchor ?? 'middle'}"${o.weight ? ` font-weight="${o.weight}"` : ''} fill="${o.color ?? '#000000'}">${escapeXml(content)}</text>`;
}

function fixed(n: number): string {
  return n.toFixed(1);
}

function escapeXml(s: string): string {
  return s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}
