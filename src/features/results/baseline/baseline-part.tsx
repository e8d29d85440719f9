import { InvalidValue } from '@/components/invalid-value';
import { DefinitionList } from '@/components/definition-list';
import { Missing } from '@/components/missing';
import { useProblemsAt } from '@/components/record-facts';
import { baselineColumns } from '@/trial/results/baseline-columns';
import { splitBaselineProblems } from '@/trial/results/baseline-problems';
import type { Baseline } from '@/trial/results/baseline-schema';
import { RESULTS_MODULE_PATHS } from '@/trial/results/results-paths';
import { ResultsPart } from '../results-part';
import { tableParts } from './baseline-cell-parts';
import { BaselineGroupList } from './baseline-group-list';
import { BaselineTable } from './baseline-table';
import { BaselineTableNote } from './baseline-table-note';
import './baseline-part.css';

const POPULATION_PATH = `${RESULTS_MODULE_PATHS.baseline}.populationDescription`;

/**
 * The record's baseline characteristics as published: who was analyzed, the groups, and one
 * table of every measure with groups as columns (the Total column last), with a note on how to
 * read its cells. Values the record had but that were invalid are shown where they belong.
 */
export function BaselinePart({ baseline }: { baseline: Baseline }) {
  const problems = splitBaselineProblems(useProblemsAt(RESULTS_MODULE_PATHS.baseline));
  const columns = baselineColumns(baseline.groups);
  const context = { baseline, columns };
  // Without a table, the measures' problems have no place of their own: they are listed here.
  const shownHere =
    columns.length === 0
      ? [...problems.module, ...[...problems.byMeasure.values()].flat()]
      : problems.module;
  const moduleProblems = shownHere.filter((problem) => !problem.path.startsWith(POPULATION_PATH));
  return (
    <ResultsPart
      id="results-baseline"
      title="Baseline characteristics"
      blurb="Who took part, group by group, at the start of the trial, as the record publishes it."
    >
      <DefinitionList
        items={[
          {
            term: 'Population analyzed',
            recordPath: POPULATION_PATH,
            value:
              baseline.populationDescription === null ? null : (
                <span className="baseline-part__prose">{baseline.populationDescription}</span>
              ),
          },
          ...(baseline.typeUnitsAnalyzed === null
            ? []
            : [{ term: 'Units analyzed', value: baseline.typeUnitsAnalyzed }]),
        ]}
      />
      {columns.length === 0 ? (
        <p>
          <Missing>The record lists no baseline groups, so there is no table to show.</Missing>
        </p>
      ) : (
        <>
          <BaselineGroupList columns={columns} />
          <BaselineTable context={context} problems={problems} />
          <BaselineTableNote
            parts={tableParts(baseline, columns)}
            hasTotal={columns.some((group) => group.isTotal)}
          />
          {baseline.measures.length === 0 && problems.byMeasure.size === 0 && (
            <p>
              <Missing>The record lists no baseline measures.</Missing>
            </p>
          )}
        </>
      )}
      {moduleProblems.length > 0 && (
        <p className="baseline-part__problems">
          Left out of the baseline characteristics as invalid:{' '}
          <InvalidValue problems={moduleProblems} />
        </p>
      )}
    </ResultsPart>
  );
}
