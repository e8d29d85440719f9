import { Fragment, type ReactNode } from 'react';
import { Missing } from '@/components/missing';
import { cellDenoms } from '@/trial/results/measurement-denoms';
import type { BaselineMeasure } from '@/trial/results/baseline-schema';
import type { MeasureClass } from '@/trial/results/results-fields-schema';
import { BaselineCountRow, countLabel } from './baseline-count-row';
import { BASELINE_IDS } from './baseline-ids';
import type { BaselineTableContext } from './baseline-table-context';
import { BaselineValueCells } from './baseline-value-cells';

interface ClassRowsProps {
  context: BaselineTableContext;
  measure: BaselineMeasure;
  measureClass: MeasureClass;
  classIndex: number;
  /** Whether the measure has other classes (an untitled one then says it has no title). */
  oneOfMany: boolean;
}

/**
 * One class of a measure: its title row (with the values on it when it has a single untitled
 * category), its own numbers analyzed (which override the measure's: cellDenoms), then its
 * categories, indented below it.
 */
export function BaselineClassRows({
  context,
  measure,
  measureClass,
  classIndex,
  oneOfMany,
}: ClassRowsProps) {
  const measureId = BASELINE_IDS.measure(measure.id);
  const classId = BASELINE_IDS.row(measure.id, 'class', classIndex + 1);
  const { title, categories } = measureClass;
  const [only] = categories;
  const single = categories.length === 1 && only?.title === null;
  const titled = title !== null || oneOfMany;
  const above = titled ? [measureId, classId] : [measureId];
  const level = titled ? 2 : 1;
  const classTitle = title ?? <Missing>No class title</Missing>;

  const heading =
    titled && single ? (
      <tr>
        <RowHeader id={classId} level={1}>
          {classTitle}
        </RowHeader>
        <BaselineValueCells
          context={context}
          measure={measure}
          measureClass={measureClass}
          category={only}
          rowHeaderIds={above}
        />
      </tr>
    ) : titled ? (
      <tr>
        <th
          scope="row"
          id={classId}
          colSpan={context.columns.length + 1}
          className="baseline-table__row-header baseline-table__level-1"
        >
          <span className="baseline-table__pin">{classTitle}</span>
        </th>
      </tr>
    ) : null;

  return (
    <>
      {heading}
      <ClassCountRows
        {...{ context, measure, measureClass }}
        rowHeaderIds={above}
        idPrefix={`${classId}-analyzed`}
        level={level}
      />
      {categories.length === 0 && (
        <tr>
          <td colSpan={context.columns.length + 1} headers={above.join(' ')}>
            <Missing>No values given</Missing>
          </td>
        </tr>
      )}
      {!(titled && single) &&
        categories.map((category, categoryIndex) => {
          const rowId = `${classId}-category-${categoryIndex + 1}`;
          return (
            <tr key={rowId}>
              <RowHeader id={rowId} level={level}>
                {category.title ?? <Missing>No category title</Missing>}
              </RowHeader>
              <BaselineValueCells
                context={context}
                measure={measure}
                measureClass={measureClass}
                category={category}
                rowHeaderIds={[...above, rowId]}
              />
            </tr>
          );
        })}
    </>
  );
}

/** The class's own numbers analyzed, one row per units; a group the class does not count falls back to the measure's count. */
function ClassCountRows({
  context,
  measure,
  measureClass,
  rowHeaderIds,
  idPrefix,
  level,
}: Omit<ClassRowsProps, 'classIndex' | 'oneOfMany'> & {
  rowHeaderIds: readonly string[];
  idPrefix: string;
  level: 1 | 2;
}) {
  if (measureClass.denoms.length === 0) return null;
  const units = [...new Set(measureClass.denoms.map((denom) => denom.units))];
  return units.map((unit, index) => (
    <Fragment key={unit ?? `units-${index}`}>
      <BaselineCountRow
        context={context}
        id={`${idPrefix}-${index + 1}`}
        label={countLabel(unit)}
        rowHeaderIds={rowHeaderIds}
        level={level}
        count={(groupId) =>
          cellDenoms(measure.denoms, measureClass.denoms, groupId).find(
            (denom) => denom.units === unit,
          )?.value ?? null
        }
      />
    </Fragment>
  ));
}

function RowHeader({ id, level, children }: { id: string; level: 0 | 1 | 2; children: ReactNode }) {
  return (
    <th scope="row" id={id} className={`baseline-table__row-header baseline-table__level-${level}`}>
      {children}
    </th>
  );
}
