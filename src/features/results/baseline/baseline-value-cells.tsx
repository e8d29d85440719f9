import { baselineCountPercent } from '@/trial/results/baseline-count-percent';
import { dispersionKind } from '@/trial/results/baseline-measure-labels';
import type { BaselineMeasure } from '@/trial/results/baseline-schema';
import type { MeasureCategory, MeasureClass } from '@/trial/results/results-fields-schema';
import { BASELINE_IDS } from './baseline-ids';
import { headersOf, type BaselineTableContext } from './baseline-table-context';
import { BaselineValueCell } from './baseline-value-cell';

/** The cells of one category row, a column each; a group's first measurement if the record repeats one. */
export function BaselineValueCells({
  context,
  measure,
  measureClass,
  category,
  rowHeaderIds,
}: {
  context: BaselineTableContext;
  measure: BaselineMeasure;
  measureClass: MeasureClass;
  category: MeasureCategory;
  /** The measure's header id, then the class's and the row's where they have their own. */
  rowHeaderIds: readonly string[];
}) {
  const kind = dispersionKind(measure.dispersionType);
  return context.columns.map((group) => {
    const measurement = category.measurements.find((cell) => cell.groupId === group.id);
    const percent = baselineCountPercent(
      context.baseline,
      measure,
      measureClass,
      group.id,
      measurement?.value ?? null,
    );
    return (
      <BaselineValueCell
        key={group.id}
        measurement={measurement}
        kind={kind}
        percent={percent}
        headers={headersOf(BASELINE_IDS.column(group.id), rowHeaderIds)}
      />
    );
  });
}
