/**
 * Plain code-unit order for ids and codes (`so-y-te`, `TASK_MISSING_LEAD`).
 * `localeCompare` follows the machine's locale: under da_DK "aa…" sorts
 * after "z", so the same plan listed its obligations in another order on
 * another machine. For the ASCII ids the plan schema allows and for the
 * diagnostic codes, this is the order the en and vi locales give.
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
