/**
 * The sample workspace's indicators worked out by hand, without atvsld's
 * code: each part's figure summed over the year's forms (the "Số liệu năm
 * báo cáo" column of every form's "Chỉ tiêu" sheet; a first sending
 * `-lan-1` is replaced by the later one), and the old Bắc Ninh's figures
 * read from history/indicators.yaml with the yaml library. Holds whichever
 * agencies report the parts, so it fits the forms as they are regenerated.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';

export interface HandIndicator {
  readonly id: string;
  /** Report year Y's value. */
  readonly current: number;
  /** Y-1 on Y's territory: old Bắc Giang's forms plus the old Bắc Ninh's history. */
  readonly base: number;
  /** Y-1 of old Bắc Giang alone (its forms). */
  readonly own: number;
  readonly change: number;
  readonly met: boolean;
}

const INDICATORS = [
  { id: 'ty-le-tnld-chet-nguoi', numerator: 'so-nguoi-chet', denominator: 'so-lao-dong', decrease: true },
  { id: 'so-nld-kham-bnn', part: 'so-nld-duoc-kham-bnn', decrease: false },
  { id: 'so-co-so-quan-trac', part: 'so-co-so-duoc-quan-trac', decrease: false },
] as const;

/** part id → the sum of every counted form's figure for it in `year`. */
export async function formParts(ws: string, year: number): Promise<Map<string, number>> {
  const dir = join(ws, 'submissions', String(year));
  const names = (await readdir(dir)).filter((n) => n.endsWith('.xlsx') && !n.includes('-lan-1'));
  const sums = new Map<string, number>();
  for (const name of names) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, name));
    const sheet = workbook.getWorksheet('Chỉ tiêu');
    if (!sheet) continue;
    let valueColumn = 0;
    sheet.eachRow((row) => {
      row.eachCell((c, col) => {
        if (c.value === 'Số liệu năm báo cáo') valueColumn = col;
      });
      const value = valueColumn ? row.getCell(valueColumn).value : null;
      if (typeof value === 'number') {
        const part = String(row.getCell(1).value);
        sums.set(part, (sums.get(part) ?? 0) + value);
      }
    });
  }
  return sums;
}

/** part id → figure of `territory` in `year`, as typed in history/indicators.yaml. */
export async function historyParts(ws: string, year: number, territory: string): Promise<Map<string, number>> {
  const file = parse(await readFile(join(ws, 'history', 'indicators.yaml'), 'utf8')) as {
    years?: Record<string, Record<string, { parts?: Record<string, number | { value: number }> }>>;
  };
  const parts = file.years?.[String(year)]?.[territory]?.parts ?? {};
  return new Map(Object.entries(parts).map(([k, v]) => [k, typeof v === 'number' ? v : v.value]));
}

export async function handIndicators(ws: string, year: number): Promise<HandIndicator[]> {
  const now = await formParts(ws, year);
  const own = await formParts(ws, year - 1);
  const other = await historyParts(ws, year - 1, 'bac-ninh-cu');
  const get = (m: Map<string, number>, p: string): number => {
    const v = m.get(p);
    if (v === undefined) throw new Error(`no figure for ${p}`);
    return v;
  };
  const both = (p: string): number => get(own, p) + get(other, p);
  return INDICATORS.map((i) => {
    const value = (f: (p: string) => number): number => ('part' in i ? f(i.part) : (f(i.numerator) / f(i.denominator)) * 100_000);
    const current = value((p) => get(now, p));
    const base = value(both);
    const change = ((current - base) / base) * 100;
    return { id: i.id, current, base, own: value((p) => get(own, p)), change, met: i.decrease ? change <= -4 : change >= 5 };
  });
}
