import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendReceipt, parseReceipts, readReceipts, RECEIPTS_FILE } from '../../../src/io/receipts/receipts-file.js';

const receipt = {
  originalName: 'Báo cáo.xlsx',
  storedName: 'a-2025-1.xlsx',
  sha256: 'a'.repeat(64),
  receivedAt: '2025-12-19T09:30:00+07:00',
  errors: 0,
  warnings: 2,
};

describe('receipts file', () => {
  it('appends one line per receipt with keys in a fixed order', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'atvsld-receipts-'));
    await appendReceipt(dir, receipt);
    await appendReceipt(dir, { ...receipt, storedName: 'a-2025-2.xlsx' });
    const lines = (await readFile(join(dir, RECEIPTS_FILE), 'utf8')).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      '{"originalName":"Báo cáo.xlsx","storedName":"a-2025-1.xlsx","sha256":"' + 'a'.repeat(64) + '","receivedAt":"2025-12-19T09:30:00+07:00","errors":0,"warnings":2}',
    );
    expect((await readReceipts(dir)).receipts.map((r) => r.storedName)).toEqual(['a-2025-1.xlsx', 'a-2025-2.xlsx']);
  });

  it('reads a missing file as no receipts', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'atvsld-receipts-'));
    expect(await readReceipts(dir)).toEqual({ receipts: [], diagnostics: [] });
  });

  it('skips a damaged line with a located warning', () => {
    const text = [JSON.stringify(receipt), '{"originalName": trunc', JSON.stringify({ ...receipt, receivedAt: '2025-12-19 09:30' }), ''].join('\n');
    const { receipts, diagnostics } = parseReceipts(text, 'r.jsonl');
    expect(receipts).toHaveLength(1);
    expect(diagnostics.map((d) => [d.code, d.location?.line])).toEqual([
      ['RECEIPT_LINE_INVALID', 2],
      ['RECEIPT_LINE_INVALID', 3],
    ]);
  });

  it('appends after a file whose last line lacks a newline', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'atvsld-receipts-'));
    await writeFile(join(dir, RECEIPTS_FILE), JSON.stringify(receipt));
    await appendReceipt(dir, { ...receipt, storedName: 'b.xlsx' });
    expect((await readReceipts(dir)).receipts).toHaveLength(2);
  });
});
