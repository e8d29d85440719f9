import type { Baseline, BaselineGroup } from '@/trial/results/baseline-schema';

/** What every row of the baseline table needs: the module (for its overall numbers analyzed) and the columns in order. */
export interface BaselineTableContext {
  baseline: Baseline;
  columns: readonly BaselineGroup[];
}

/** Cells' `headers`: the column's header, then the row headers from the measure down. */
export function headersOf(columnId: string, rowHeaderIds: readonly string[]): string {
  return [columnId, ...rowHeaderIds].join(' ');
}
