import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../../src/core/diagnostics/format.js';
import { flowTooDeepAt } from '../../../src/io/plan/flow-nesting.js';
import { parsePlanText } from '../../../src/io/plan/parse-plan-text.js';

describe('flowTooDeepAt', () => {
  it('finds the first bracket past the limit, not brackets in quotes or comments', () => {
    expect(flowTooDeepAt('a: [[[x]]]\n', 3)).toBe(-1);
    expect(flowTooDeepAt('a: [[[[x]]]]\n', 3)).toBe(6);
    expect(flowTooDeepAt(`a: "[[[[" # [[[[\nb: '{{{{'\n`, 3)).toBe(-1);
    expect(flowTooDeepAt('a: "\\"[[[[["\n', 3)).toBe(-1);
  });
});

describe('a plan nested 1,000,000 deep', () => {
  it('is refused at once as PLAN_YAML_TOO_DEEP, worded without unfilled placeholders', () => {
    const started = Date.now();
    const result = parsePlanText(`id: x\nagencies: ${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}\n`, 'p.yaml');
    expect(result.diagnostics.map((d) => [d.code, d.location?.line, d.location?.column])).toEqual([['PLAN_YAML_TOO_DEEP', 2, 211]]);
    for (const lang of ['vi', 'en'] as const) expect(formatMessage(result.diagnostics[0]!, lang)).not.toMatch(/\{\w+\}/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
