import type { BaselineGroup } from './baseline-schema';

/**
 * The baseline table's columns: the groups in record order, the Total column(s) last, wherever
 * the record lists them. Which group is the total is the model's `isTotal` (normalize-baseline.ts):
 * never a column of our own, never a sum.
 */
export function baselineColumns(groups: readonly BaselineGroup[]): BaselineGroup[] {
  return [...groups.filter((group) => !group.isTotal), ...groups.filter((group) => group.isTotal)];
}
