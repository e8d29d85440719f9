import { TableScroll } from '@/components/table-scroll';
import { InvalidValue } from '@/components/invalid-value';
import { Missing } from '@/components/missing';
import type { BaselineProblems } from '@/trial/results/baseline-problems';
import type { BaselineMeasure } from '@/trial/results/baseline-schema';
import { recordIndexOf } from '@/trial/results/results-paths';
import { BaselineCountRow, overallCountLabel } from './baseline-count-row';
import { BASELINE_IDS } from './baseline-ids';
import { BaselineMeasureRows } from './baseline-measure-rows';
import type { BaselineTableContext } from './baseline-table-context';

type Block =
  { recordIndex: number; measure: BaselineMeasure } | { recordIndex: number; measure: null };

/** The measures in record order, with one in its place for each the record had but was invalid as a whole. */
function measureBlocks(measures: readonly BaselineMeasure[], problems: BaselineProblems): Block[] {
  const blocks: Block[] = measures.map((measure, position) => ({
    recordIndex: recordIndexOf(measure.id) ?? position,
    measure,
  }));
  const present = new Set(blocks.map((block) => block.recordIndex));
  for (const recordIndex of problems.byMeasure.keys())
    if (!present.has(recordIndex)) blocks.push({ recordIndex, measure: null });
  return blocks.sort((a, b) => a.recordIndex - b.recordIndex);
}

/**
 * The one baseline table: groups as columns (Total last), the overall numbers analyzed, then each
 * measure's row group. In a labelled, focusable box that scrolls sideways on a narrow screen
 * (keyboard users scroll it with the arrow keys once it has focus); the page never widens.
 */
export function BaselineTable({
  context,
  problems,
}: {
  context: BaselineTableContext;
  problems: BaselineProblems;
}) {
  const { baseline, columns } = context;
  const span = columns.length + 1;
  const overall =
    baseline.denoms.length > 0 ? baseline.denoms : [{ units: 'Participants', counts: [] }];
  return (
    <TableScroll
      captionId={BASELINE_IDS.caption}
      className="baseline-table-scroll"
      csv={{ name: 'baseline', of: 'the baseline characteristics' }}
    >
      <table className="baseline-table" aria-describedby={BASELINE_IDS.note}>
        <caption id={BASELINE_IDS.caption}>
          <span className="baseline-table__pin">Baseline characteristics by group</span>
        </caption>
        <thead>
          <tr>
            <th scope="col" id={BASELINE_IDS.characteristic}>
              Characteristic
            </th>
            {columns.map((group) => (
              <th key={group.id} scope="col" id={BASELINE_IDS.column(group.id)}>
                {group.title ?? <Missing>{`Untitled group ${group.id}`}</Missing>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="baseline-table__overall">
          {overall.map((denom, index) => (
            <BaselineCountRow
              key={`${denom.units ?? ''}-${index}`}
              context={context}
              id={BASELINE_IDS.overall(index + 1)}
              label={overallCountLabel(denom.units)}
              count={(groupId) =>
                denom.counts.find((count) => count.groupId === groupId)?.value ?? null
              }
            />
          ))}
        </tbody>
        {measureBlocks(baseline.measures, problems).map(({ recordIndex, measure }) =>
          measure === null ? (
            <tbody key={`invalid-${recordIndex}`} className="baseline-table__measure-group">
              <tr>
                <th
                  scope="rowgroup"
                  colSpan={span}
                  id={BASELINE_IDS.invalidMeasure(recordIndex)}
                  className="baseline-table__measure"
                >
                  <span className="baseline-table__pin">
                    <span className="baseline-table__measure-title">
                      Measure {recordIndex + 1} of the record
                    </span>{' '}
                    <InvalidValue problems={problems.byMeasure.get(recordIndex) ?? []} />
                  </span>
                </th>
              </tr>
            </tbody>
          ) : (
            <BaselineMeasureRows
              key={measure.id}
              context={context}
              measure={measure}
              problems={problems.byMeasure.get(recordIndex) ?? []}
            />
          ),
        )}
      </table>
    </TableScroll>
  );
}
