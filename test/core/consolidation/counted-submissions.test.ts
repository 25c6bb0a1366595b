import { describe, expect, it } from 'vitest';
import { computeConsolidation } from '../../../src/core/consolidation/compute-consolidation.js';
import { EMPTY_HISTORY } from '../../../src/core/consolidation/indicator-history.js';
import type { Receipt } from '../../../src/core/consolidation/receipt.js';
import { formatMessage } from '../../../src/core/diagnostics/format.js';
import { form, makePlan } from './fixtures.js';

const plan = makePlan();
const receipt = (sha256: string, receivedAt: string): Receipt => ({ originalName: 'o', storedName: 's', sha256, receivedAt, errors: 0, warnings: 0 });

interface Side {
  cover?: string;
  mtime?: string;
  receipt?: string;
}

function decide(first: Side, second: Side) {
  const report = computeConsolidation({
    plan,
    year: 2025,
    asOf: '2026-01-10',
    files: [
      form({ file: 'b-first.xlsx', agency: 'a', year: 2025, reportDate: first.cover, modifiedAt: first.mtime }),
      form({ file: 'a-second.xlsx', agency: 'a', year: 2025, reportDate: second.cover, modifiedAt: second.mtime }),
    ],
    receipts: [
      ...(first.receipt ? [receipt('sha-b-first.xlsx', first.receipt)] : []),
      ...(second.receipt ? [receipt('sha-a-second.xlsx', second.receipt)] : []),
    ],
    history: EMPTY_HISTORY,
  });
  const row = report.agencies.find((r) => r.id === 'a')!;
  const loser = report.submissions.find((s) => s.superseded)!;
  const diagnostic = report.diagnostics.find((d) => d.code === 'SUBMISSION_SUPERSEDED')!;
  return { counted: row.file, basis: loser.supersededBasis, loser: loser.file, diagnostic };
}

describe('which of two submissions counts: the one received last', () => {
  it.each([
    // Receipts decide, whatever the cover dates and file times say: a correction received on 18/12 beats the file received
    // on 10/12 even when both covers say 10/12 and `receive` was run for the correction first (its mtime is older).
    [{ cover: '2025-12-10', mtime: '2025-12-20T00:00:00Z', receipt: '2025-12-10T09:00:00+07:00' }, { cover: '2025-12-10', mtime: '2025-12-01T00:00:00Z', receipt: '2025-12-18T09:00:00+07:00' }, 'a-second.xlsx', 'receipt-time'],
    [{ cover: '2025-12-15', receipt: '2025-12-18T10:00:00+07:00' }, { cover: '2025-12-16', receipt: '2025-12-18T09:59:00+07:00' }, 'b-first.xlsx', 'receipt-time'],
    // Receipt times compare as instants: 09:00 UTC is 16:00 in Vietnam, after 15:00+07:00.
    [{ receipt: '2025-12-18T09:00:00Z' }, { receipt: '2025-12-18T15:00:00+07:00' }, 'b-first.xlsx', 'receipt-time'],
    // Without receipts, the later cover date.
    [{ cover: '2025-12-10', mtime: '2025-12-30T00:00:00Z' }, { cover: '2025-12-11', mtime: '2025-12-01T00:00:00Z' }, 'a-second.xlsx', 'received-date'],
    // One receipt: its date against the other's cover date.
    [{ cover: '2025-12-19' }, { cover: '2025-12-01', receipt: '2025-12-12T08:00:00+07:00' }, 'b-first.xlsx', 'received-date'],
    // A file with neither receipt nor cover date comes first, whatever its file time.
    [{ mtime: '2025-12-30T00:00:00Z' }, { cover: '2025-12-01' }, 'a-second.xlsx', 'received-date'],
    // Same day: the file modified later breaks the tie.
    [{ cover: '2025-12-10', mtime: '2025-12-12T00:00:00Z' }, { cover: '2025-12-10', mtime: '2025-12-11T00:00:00Z' }, 'b-first.xlsx', 'file-mtime'],
    // Same day, same (or no) file time: the name that sorts last by code unit ("b-first" > "a-second").
    [{ cover: '2025-12-10' }, { cover: '2025-12-10' }, 'b-first.xlsx', 'file-name'],
    [{ cover: '2025-12-10', mtime: '2025-12-11T00:00:00Z' }, { cover: '2025-12-10', mtime: '2025-12-11T00:00:00.000Z' }, 'b-first.xlsx', 'file-name'],
  ] as const)('%o vs %o → %s (%s)', (first, second, counted, basis) => {
    const result = decide(first, second);
    expect(result).toMatchObject({ counted, basis });
    expect(result.diagnostic.args).toMatchObject({ reason: `superseded-${basis}`, by: counted });
    expect(formatMessage(result.diagnostic, 'vi')).not.toMatch(/\{\w+\}/);
    expect(formatMessage(result.diagnostic, 'en')).not.toMatch(/\{\w+\}/);
  });

  it('says why in the message', () => {
    const { diagnostic } = decide({ cover: '2025-12-10' }, { cover: '2025-12-16' });
    expect(formatMessage(diagnostic, 'vi')).toBe(
      'Cơ quan a đã gửi lại báo cáo (tệp a-second.xlsx); chỉ tệp gửi sau được tổng hợp: tệp kia nhận ngày 16/12/2025, tệp này ngày 10/12/2025.',
    );
  });

  it('does not depend on the order the files are listed in', () => {
    const files = [
      form({ file: 'x.xlsx', agency: 'a', year: 2025, reportDate: '2025-12-10' }),
      form({ file: 'y.xlsx', agency: 'a', year: 2025, reportDate: '2025-12-10' }),
      form({ file: 'z.xlsx', agency: 'a', year: 2025, reportDate: '2025-12-09' }),
    ];
    const run = (list: typeof files) =>
      computeConsolidation({ plan, year: 2025, asOf: '2026-01-10', files: list, receipts: [], history: EMPTY_HISTORY }).agencies.find((r) => r.id === 'a');
    expect(run(files)).toMatchObject({ file: 'y.xlsx', superseded: ['x.xlsx', 'z.xlsx'] });
    expect(run([...files].reverse())).toMatchObject({ file: 'y.xlsx', superseded: ['x.xlsx', 'z.xlsx'] });
  });
});
