import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CheckedFile, SubmissionFacts } from '../../../src/core/submission/submission.js';
import { SpillFile } from '../../../src/io/spill/spill-file.js';
import { spillTaskTexts } from '../../../src/io/spill/spill-task-texts.js';

const facts = (tasks: SubmissionFacts['tasks']): CheckedFile<SubmissionFacts> => ({
  file: 'a.xlsx',
  diagnostics: [],
  submission: { sha256: 'x', agency: 'so-y-te', year: 2025, cover: {}, tasks, indicators: [] },
});

describe('spillTaskTexts', () => {
  let dir = '';
  let spill: SpillFile;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'atvsld-spill-test-'));
    spill = SpillFile.open(dir);
  });
  afterEach(async () => {
    spill.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps every field of every task, the texts read back from the file', () => {
    const tasks = [
      { taskId: '1.1', row: 5, sheet: 'Nhiệm vụ', status: 'done' as const, results: 'Đã ban hành 3 văn bản', counts: { documents: 3 }, notes: '' },
      { taskId: '3.5', row: 6, sheet: 'Nhiệm vụ', results: '', counts: {}, notes: 'Chưa có số liệu\nsẽ bổ sung' },
    ];
    const spilled = spillTaskTexts(facts(tasks), spill);
    expect(spilled.submission!.tasks.map((t) => ({ ...t, results: t.results, notes: t.notes }))).toMatchObject(tasks);
    expect(JSON.parse(JSON.stringify(spilled))).toEqual(JSON.parse(JSON.stringify(facts(tasks))));
    expect(spill.size).toBeGreaterThan(0);
  });

  it('leaves a form without texts as it is', () => {
    const file = facts([{ taskId: '1.1', row: 5, sheet: 'Nhiệm vụ', results: '', counts: {}, notes: '' }]);
    expect(spillTaskTexts(file, spill)).toBe(file);
    expect(spillTaskTexts({ file: 'b.xlsx', diagnostics: [] }, spill)).toEqual({ file: 'b.xlsx', diagnostics: [] });
    expect(spill.size).toBe(0);
  });
});
