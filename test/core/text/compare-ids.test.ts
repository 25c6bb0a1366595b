import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../src/core/diagnostics/catalog.js';
import { compareIds } from '../../../src/core/text/compare-ids.js';
import { readPlanFile } from '../../../src/io/plan/read-plan.js';

describe('compareIds', () => {
  it('orders by code unit, whatever the machine locale ("aa" is not a Danish å)', () => {
    expect(['ab', 'z', 'aa-test', 'a-b', 'a0', 'a'].sort(compareIds)).toEqual(['a', 'a-b', 'a0', 'aa-test', 'ab', 'z']);
    expect(compareIds('so-y-te', 'so-y-te')).toBe(0);
  });

  it('gives the order the en locale gave for every id of the default plan, and for every diagnostic code', async () => {
    const { plan } = await readPlanFile('templates/plans/ke-hoach-ct31-bac-giang.yaml');
    const ids = [
      ...plan!.agencies.map((a) => a.id),
      ...plan!.groups.map((g) => g.id),
      ...plan!.indicators.flatMap((i) => i.parts.map((p) => p.id)),
    ];
    const codes = Object.keys(CATALOG);
    const en = new Intl.Collator('en');
    expect([...ids].sort(compareIds)).toEqual([...ids].sort(en.compare));
    expect([...codes].sort(compareIds)).toEqual([...codes].sort(en.compare));
  });
});
