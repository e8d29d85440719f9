import { InvalidValue } from '@/components/invalid-value';
import { Missing } from '@/components/missing';
import { measureStatisticLabel } from '@/trial/results/baseline-measure-labels';
import { baselineMeasurePath } from '@/trial/results/baseline-problems';
import type { BaselineMeasure } from '@/trial/results/baseline-schema';
import { recordIndexOf } from '@/trial/results/results-paths';
import type { RecordProblem } from '@/trial/trial-schema';
import { BaselineClassRows } from './baseline-class-rows';
import { BaselineCountRow, countLabel } from './baseline-count-row';
import { BASELINE_IDS } from './baseline-ids';
import type { BaselineTableContext } from './baseline-table-context';
import { BaselineValueCells } from './baseline-value-cells';

/**
 * One measure as a row group: its header (title, statistic in words, unit), with the values on
 * that row when the measure is one untitled value per group (like "Age, Continuous"); its
 * description, population and problems across the table; its own numbers analyzed; its classes.
 */
export function BaselineMeasureRows({
  context,
  measure,
  problems,
}: {
  context: BaselineTableContext;
  measure: BaselineMeasure;
  /** The record's problems under this measure (invalid values left out of it). */
  problems: readonly RecordProblem[];
}) {
  const id = BASELINE_IDS.measure(measure.id);
  const recordIndex = recordIndexOf(measure.id);
  const titlePath = recordIndex === null ? undefined : `${baselineMeasurePath(recordIndex)}.title`;
  const otherProblems = problems.filter((problem) => problem.path !== titlePath);
  const [onlyClass] = measure.classes;
  const onlyCategory = onlyClass?.categories.length === 1 ? onlyClass.categories[0] : undefined;
  const singleValue =
    measure.classes.length === 1 &&
    onlyClass?.title === null &&
    onlyClass.denoms.length === 0 &&
    onlyCategory?.title === null;
  const span = context.columns.length + 1;
  const statistic = measureStatisticLabel(measure.paramType, measure.dispersionType);

  const header = (
    <th
      scope={singleValue ? 'row' : 'rowgroup'}
      colSpan={singleValue ? undefined : span}
      id={id}
      className="baseline-table__measure"
    >
      <span className="baseline-table__pin">
        <span className="baseline-table__measure-title">
          {measure.title ?? <Missing path={titlePath}>No title given</Missing>}
        </span>{' '}
        <span className="baseline-table__measure-meta">
          {statistic ?? <Missing>Statistic not given</Missing>}; unit:{' '}
          {measure.unitOfMeasure ?? <Missing>not given</Missing>}
        </span>
      </span>
    </th>
  );
  const details = [
    { term: 'Description', text: measure.description },
    { term: 'Population analyzed', text: measure.populationDescription },
    { term: 'Analyzed in units', text: measure.denomUnitsSelected },
  ].filter((detail) => detail.text !== null);

  return (
    <tbody className="baseline-table__measure-group">
      <tr>
        {header}
        {singleValue && (
          <BaselineValueCells
            context={context}
            measure={measure}
            measureClass={onlyClass}
            category={onlyCategory}
            rowHeaderIds={[id]}
          />
        )}
      </tr>
      {(details.length > 0 || otherProblems.length > 0) && (
        <tr>
          <td colSpan={span} headers={id} className="baseline-table__details">
            <div className="baseline-table__pin">
              {details.map(({ term, text }) => (
                <p key={term} className="baseline-table__detail">
                  <span className="baseline-table__detail-term">{term}:</span> {text}
                </p>
              ))}
              {otherProblems.length > 0 && (
                <p className="baseline-table__detail">
                  <span className="baseline-table__detail-term">Left out as invalid:</span>{' '}
                  <InvalidValue problems={otherProblems} />
                </p>
              )}
            </div>
          </td>
        </tr>
      )}
      {measure.denoms.map((denom, index) => (
        <BaselineCountRow
          key={`${denom.units ?? ''}-${index}`}
          context={context}
          id={BASELINE_IDS.row(measure.id, 'analyzed', index + 1)}
          label={countLabel(denom.units)}
          rowHeaderIds={[id]}
          level={1}
          count={(groupId) =>
            denom.counts.find((count) => count.groupId === groupId)?.value ?? null
          }
        />
      ))}
      {measure.classes.length === 0 && (
        <tr>
          <td colSpan={span} headers={id}>
            <Missing>No values given</Missing>
          </td>
        </tr>
      )}
      {!singleValue &&
        measure.classes.map((measureClass, classIndex) => (
          <BaselineClassRows
            key={classIndex}
            context={context}
            measure={measure}
            measureClass={measureClass}
            classIndex={classIndex}
            oneOfMany={measure.classes.length > 1}
          />
        ))}
    </tbody>
  );
}
