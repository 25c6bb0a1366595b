import { jurisdictionId } from '../territories.js';
import { checkNamespace } from './duplicate-ids.js';
import type { PlanRule } from './rule-context.js';

/**
 * Territory ids key the history file, so each names one territory. A
 * territory formed from others needs a `from` (the day the comparison
 * switches to the sum), and each part is an earlier entry or has a name
 * (a territory the plan never covered, such as the old Bắc Ninh).
 */
export const checkTerritories: PlanRule = (ctx) => {
  const { jurisdiction } = ctx.plan;
  const ids = jurisdiction.map((j) => jurisdictionId(j));
  const outside = jurisdiction.flatMap((j, i) =>
    j.formedFrom.filter((p) => !ids.includes(p.id)).map((p) => ({ id: p.id, path: ['jurisdiction', i, 'formedFrom', j.formedFrom.indexOf(p), 'id'] })),
  );
  const firstOutside = outside.filter((e, k) => outside.findIndex((o) => o.id === e.id) === k);
  checkNamespace(ctx, [...jurisdiction.map((j, i) => ({ id: ids[i]!, path: ['jurisdiction', i, 'id'] })), ...firstOutside], ['địa bàn', 'territory']);
  jurisdiction.forEach((entry, i) => {
    if (entry.formedFrom.length > 0 && entry.from === undefined) {
      ctx.report('PLAN_TERRITORY_PART_INVALID', { territory: ids[i]!, part: entry.formedFrom[0]!.id, reason: 'thiếu ngày bắt đầu (from) của địa bàn mới', reasonEn: 'the new territory has no start date (from)' }, ['jurisdiction', i, 'formedFrom']);
    }
    entry.formedFrom.forEach((part, j) => {
      const at = ids.indexOf(part.id);
      const problem =
        part.id === ids[i]
          ? ['là chính địa bàn này', 'it is this very territory']
          : at > i
            ? ['là một địa bàn ghi sau trong danh sách jurisdiction', 'it is a later entry of jurisdiction']
            : at < 0 && part.name === undefined
              ? ['không phải địa bàn ghi trước trong jurisdiction và không có tên (name)', 'it is no earlier jurisdiction entry and has no name']
              : undefined;
      if (problem) {
        ctx.report('PLAN_TERRITORY_PART_INVALID', { territory: ids[i]!, part: part.id, reason: problem[0]!, reasonEn: problem[1]! }, ['jurisdiction', i, 'formedFrom', j, 'id']);
      }
    });
  });
};
