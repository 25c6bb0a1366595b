import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHistory, readHistory } from '../../../src/io/history/read-history.js';
import { makePlan } from '../../core/consolidation/fixtures.js';

const plan = makePlan();

describe('parseHistory', () => {
  it('reads bare numbers and objects, keyed by year and part', () => {
    const text = [
      'note: Số liệu mẫu',
      'years:',
      '  2023:',
      '    chet: 20',
      '    lao-dong: { value: 200000, definition: Lao động của các cơ sở có báo cáo, source: Báo cáo 12/BC }',
      '',
    ].join('\n');
    const { history, diagnostics } = parseHistory(text, 'h.yaml', plan);
    expect(diagnostics).toEqual([]);
    expect(history.years['2023']).toEqual({
      chet: { value: 20 },
      'lao-dong': { value: 200000, definition: 'Lao động của các cơ sở có báo cáo', source: 'Báo cáo 12/BC' },
    });
  });

  it.each([
    // [name, text, code, line, column]
    ['misspelt key', 'years:\n  2023:\n    chet: { valeu: 3 }\n', 'HISTORY_SCHEMA', 3, 5],
    ['negative value', 'years:\n  2023:\n    chet: -1\n', 'HISTORY_SCHEMA', 3, 5],
    // Numbers that are not numbers: YAML's .inf, and counts past the largest exact integer.
    ['infinite value', 'years:\n  2023:\n    chet: .inf\n', 'HISTORY_SCHEMA', 3, 5],
    ['value past 2^53', 'years:\n  2023:\n    chet: 9007199254740993\n', 'HISTORY_SCHEMA', 3, 5],
    ['1e308', 'years:\n  2023:\n    lao-dong: { value: 1e308 }\n', 'HISTORY_SCHEMA', 3, 17],
    ['bad year', 'years:\n  23:\n    chet: 1\n', 'HISTORY_SCHEMA', 2, 3],
    ['unknown top-level key', 'year:\n  2023: {}\n', 'HISTORY_SCHEMA', 1, 1],
    ['syntax', 'years:\n  2023: [1, 2\n', 'HISTORY_YAML_SYNTAX', undefined, undefined],
    ['unknown part', 'years:\n  2023:\n    chet: 1\n    so-la: 4\n', 'HISTORY_UNKNOWN_PART', 4, 5],
  ] as const)('%s → %s', (_name, text, code, line, column) => {
    const { diagnostics } = parseHistory(text, 'h.yaml', plan);
    expect(diagnostics[0]?.code).toBe(code);
    expect(diagnostics[0]?.location?.file).toBe('h.yaml');
    if (line !== undefined) expect(diagnostics[0]?.location).toMatchObject({ line, column });
  });

  it('gives an empty history for an empty file', () => {
    expect(parseHistory('', 'h.yaml').history).toEqual({ years: {} });
  });
});

describe('readHistory', () => {
  it('treats a missing file as no history', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'atvsld-history-'));
    expect(await readHistory(join(dir, 'none.yaml'), plan)).toEqual({ history: { years: {} }, diagnostics: [] });
  });

  it('reads a file from disk', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'atvsld-history-'));
    const file = join(dir, 'indicators.yaml');
    await writeFile(file, 'years:\n  2022:\n    kham-bnn: 120\n');
    expect((await readHistory(file, plan)).history.years['2022']).toEqual({ 'kham-bnn': { value: 120 } });
  });
});
