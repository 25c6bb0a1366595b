/** A path into the plan document, as zod and the YAML walker use it. */
export type PlanPath = readonly (string | number)[];

/** `tasks[3].rhythm`, the way plan authors read a location; the root is `(gốc)`. */
export function formatPlanPath(path: PlanPath): string {
  let out = '';
  for (const segment of path) {
    out += typeof segment === 'number' ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  }
  return out === '' ? '(gốc)' : out;
}
