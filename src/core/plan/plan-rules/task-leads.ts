import type { PlanRule } from './rule-context.js';

/** A task someone must carry out needs a lead; placeholders (content not in the plan text) are owed by nobody. */
export const checkTaskLeads: PlanRule = (ctx) => {
  ctx.plan.tasks.forEach((task, i) => {
    if (!task.placeholder && task.lead.length === 0) {
      ctx.report('PLAN_TASK_WITHOUT_LEAD', { task: task.id }, ['tasks', i, 'lead'], { task: task.id });
    }
  });
};
