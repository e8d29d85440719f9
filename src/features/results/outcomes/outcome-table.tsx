import { TableScroll } from '@/components/table-scroll';
import { Missing } from '@/components/missing';
import { VisuallyHidden } from '@/components/visually-hidden';
import { measureWords } from '@/trial/results/measure-param-words';
import { cellDenoms } from '@/trial/results/measurement-denoms';
import type { OutcomeMeasure } from '@/trial/results/outcome-measures-schema';
import type { Denom, MeasureClass, ResultGroup } from '@/trial/results/results-fields-schema';
import { MeasurementCell } from './measurement-cell';
import { groupLabel, rowTitle } from './outcome-text';

/** "Number analyzed (Participants)"; a class's own count says it is this row's. */
function denomHeader(units: string | null, ofRow: boolean): string {
  return `Number analyzed${ofRow ? ' in this row' : ''} (${units ?? 'units not stated'})`;
}

function DenomRow({
  label,
  groups,
  count,
}: {
  label: string;
  groups: readonly ResultGroup[];
  count: (groupId: string) => string | null;
}) {
  return (
    <tr className="outcome-table__denoms">
      <th scope="row">{label}</th>
      {groups.map((group) => {
        const value = count(group.id);
        return <td key={group.id}>{value ?? <Missing>Not given</Missing>}</td>;
      })}
    </tr>
  );
}

/** A class of rows: its title as a row-group header when it has titled categories, its own numbers analyzed (they override the measure's), its rows. */
function ClassRows({
  outcome,
  measureClass,
  fallbackTitle,
}: {
  outcome: OutcomeMeasure;
  measureClass: MeasureClass;
  fallbackTitle: string;
}) {
  const { groups } = outcome;
  const { categories } = measureClass;
  const titledCategories = categories.some((category) => category.title !== null);
  const header = measureClass.title !== null && (titledCategories || categories.length !== 1);
  const classUnits = [...new Set(measureClass.denoms.map((denom: Denom) => denom.units))];
  return (
    <tbody>
      {header ? (
        <tr className="outcome-table__class">
          <th scope="rowgroup" colSpan={groups.length + 1}>
            {measureClass.title}
          </th>
        </tr>
      ) : null}
      {classUnits.map((units) => (
        <DenomRow
          key={units ?? ''}
          label={denomHeader(units, true)}
          groups={groups}
          count={(groupId) =>
            cellDenoms(outcome.denoms, measureClass.denoms, groupId).find((d) => d.units === units)
              ?.value ?? null
          }
        />
      ))}
      {categories.length === 0 ? (
        <tr>
          <th scope="row">{measureClass.title ?? fallbackTitle}</th>
          {groups.map((group) => (
            <MeasurementCell key={group.id} measurement={undefined} />
          ))}
        </tr>
      ) : null}
      {categories.map((category, index) => {
        const byGroup = new Map(category.measurements.map((m) => [m.groupId, m]));
        const title = header ? category.title : rowTitle(measureClass.title, category.title);
        return (
          <tr key={index}>
            <th scope="row">{title ?? fallbackTitle}</th>
            {groups.map((group) => (
              <MeasurementCell key={group.id} measurement={byGroup.get(group.id)} />
            ))}
          </tr>
        );
      })}
    </tbody>
  );
}

/**
 * An outcome measure's table: its groups as columns, the numbers analyzed, then each class and
 * category as rows, every cell as published (value, spread or limits, comment).
 */
export function OutcomeTable({ id, outcome }: { id: string; outcome: OutcomeMeasure }) {
  const words = measureWords(outcome.paramType, outcome.dispersionType);
  const unit = outcome.unitOfMeasure === null ? '' : `, ${outcome.unitOfMeasure}`;
  const captionId = `${id}-caption`;
  return (
    <TableScroll
      captionId={captionId}
      className="outcome-table__scroll"
      csv={{ name: outcome.id, of: `outcome measure ${outcome.id.replace('outcome-', '')}` }}
    >
      <table id={id} className="outcome-table">
        <caption id={captionId}>
          {outcome.title ?? 'Untitled outcome measure'}: {words ?? 'values'}
          {unit}
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <VisuallyHidden>Row</VisuallyHidden>
            </th>
            {outcome.groups.map((group) => (
              <th key={group.id} scope="col">
                {groupLabel(group)}
              </th>
            ))}
          </tr>
        </thead>
        {outcome.denoms.length === 0 ? null : (
          <tbody>
            {outcome.denoms.map((denom, index) => (
              <DenomRow
                key={index}
                label={denomHeader(denom.units, false)}
                groups={outcome.groups}
                count={(groupId) => denom.counts.find((c) => c.groupId === groupId)?.value ?? null}
              />
            ))}
          </tbody>
        )}
        {outcome.classes.map((measureClass, index) => (
          <ClassRows
            key={index}
            outcome={outcome}
            measureClass={measureClass}
            fallbackTitle={outcome.classes.length === 1 ? (words ?? 'Value') : `Row ${index + 1}`}
          />
        ))}
      </table>
    </TableScroll>
  );
}
