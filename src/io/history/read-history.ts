/**
 * Read `history/indicators.yaml`: province figures for years before the
 * tool. The file is optional (a workspace without it has no earlier years);
 * a file that exists but is wrong gives located diagnostics, never an
 * exception, and an empty history.
 */
import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument } from 'yaml';
import type { Diagnostic } from '../../core/diagnostics/diagnostic.js';
import { EMPTY_HISTORY, IndicatorHistorySchema, type IndicatorHistory } from '../../core/consolidation/indicator-history.js';
import type { Plan } from '../../core/plan/plan-schema.js';
import { territoriesById } from '../../core/plan/territories.js';
import { locateYamlPath } from './yaml-location.js';

export interface HistoryResult {
  readonly history: IndicatorHistory;
  readonly diagnostics: readonly Diagnostic[];
}

export async function readHistory(file: string, plan?: Plan): Promise<HistoryResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { history: EMPTY_HISTORY, diagnostics: [] };
    throw error;
  }
  return parseHistory(text, file, plan);
}

/** Parse the file's text; `file` is only for locations. */
export function parseHistory(text: string, file: string, plan?: Plan): HistoryResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.normalize('NFC'), { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    const diagnostics = doc.errors.map((e): Diagnostic => {
      const pos = e.linePos?.[0];
      return {
        code: 'HISTORY_YAML_SYNTAX',
        severity: 'error',
        args: { message: e.message.split('\n')[0] ?? e.message },
        location: { file, ...(pos ? { line: pos.line, column: pos.col } : {}) },
      };
    });
    return { history: EMPTY_HISTORY, diagnostics };
  }
  const parsed = IndicatorHistorySchema.safeParse(doc.toJS({ maxAliasCount: 50 }) ?? {});
  if (!parsed.success) {
    const diagnostics = parsed.error.issues.map((issue): Diagnostic => {
      const pos = locateYamlPath(doc, lineCounter, issue.path);
      return {
        code: 'HISTORY_SCHEMA',
        severity: 'error',
        args: { path: issue.path.map(String).join('.') || '(gốc)', message: issue.message },
        location: { file, ...(pos ?? {}) },
      };
    });
    return { history: EMPTY_HISTORY, diagnostics };
  }
  return { history: parsed.data, diagnostics: plan ? unknownParts(parsed.data, plan, doc, lineCounter, file) : [] };
}

function unknownParts(history: IndicatorHistory, plan: Plan, doc: ReturnType<typeof parseDocument>, lc: LineCounter, file: string): Diagnostic[] {
  const known = new Set(plan.indicators.flatMap((i) => i.parts.map((p) => p.id)));
  const territories = territoriesById(plan);
  const out: Diagnostic[] = [];
  const unknownPart = (year: string, part: string, path: string[]): void => {
    if (known.has(part)) return;
    const pos = locateYamlPath(doc, lc, path);
    out.push({ code: 'HISTORY_UNKNOWN_PART', severity: 'warning', args: { part, year }, location: { file, ...(pos ?? {}) } });
  };
  for (const [year, parts] of Object.entries(history.years)) {
    for (const part of Object.keys(parts)) unknownPart(year, part, ['years', year, part]);
  }
  for (const [year, byTerritory] of Object.entries(history.territories)) {
    for (const [territory, figures] of Object.entries(byTerritory)) {
      if (!territories.has(territory)) {
        const pos = locateYamlPath(doc, lc, ['years', year, territory]);
        const args = { territory, year, known: [...territories.keys()].join(', ') };
        out.push({ code: 'HISTORY_UNKNOWN_TERRITORY', severity: 'warning', args, location: { file, ...(pos ?? {}) } });
      }
      for (const part of Object.keys(figures.parts)) unknownPart(year, part, ['years', year, territory, 'parts', part]);
    }
  }
  return out;
}
