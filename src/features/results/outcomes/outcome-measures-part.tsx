import { useMemo, useRef, type ReactNode } from 'react';
import { useChartWidth } from '@/components/charts/use-chart-width';
import { InvalidValue } from '@/components/invalid-value';
import { Missing } from '@/components/missing';
import { useProblemsAt } from '@/components/record-facts';
import type { OutcomeMeasure, OutcomeMeasures } from '@/trial/results/outcome-measures-schema';
import { outcomeMeasurePath, RESULTS_MODULE_PATHS } from '@/trial/results/results-paths';
import { ResultsPart } from '../results-part';
import { OUTCOME_ID_PREFIX, OutcomeItem } from './outcome-item';
import { groupOutcomesByType, leftOutOutcomeIndexes } from './outcome-type-groups';
import './outcome-measures.css';

const LIST_PATH = `${RESULTS_MODULE_PATHS.outcomeMeasures}.outcomeMeasures`;

function LeftOutOutcome({ index }: { index: number }) {
  const problems = useProblemsAt(outcomeMeasurePath(index));
  return (
    <li>
      The record&apos;s outcome measure {index + 1}: <InvalidValue problems={problems} />
    </li>
  );
}

/**
 * The Results section's outcome measures: every one, grouped by type (an h4 a type, with its
 * count; an h5 an outcome), each with its facts, chart, table and `renderAnalyses(outcome)`.
 * Outcome measures the record has but that were invalid as a whole are listed last, with their
 * problems. One width is measured for all the charts (they share the part's width).
 */
export function OutcomeMeasuresPart({
  outcomes,
  overview,
  renderAnalyses,
}: {
  outcomes: OutcomeMeasures;
  /** Shown after the count, before the outcomes (the primary outcomes' analyses at a glance). */
  overview?: ReactNode;
  renderAnalyses: (outcome: OutcomeMeasure) => ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chartWidth = useChartWidth(box);
  const list = outcomes.outcomeMeasures;
  const groups = useMemo(() => groupOutcomesByType(list), [list]);
  const listProblems = useProblemsAt(LIST_PATH);
  const leftOut = useMemo(
    () => leftOutOutcomeIndexes(listProblems, LIST_PATH, list),
    [listProblems, list],
  );
  const counts = groups.map((group) => `${group.outcomes.length} ${group.countWord}`);
  if (leftOut.length > 0) counts.push(`${leftOut.length} left out as invalid`);
  const total = list.length + leftOut.length;
  return (
    <ResultsPart id={OUTCOME_ID_PREFIX} title="Outcome measures">
      <div ref={box} className="outcome-measures">
        {total === 0 ? (
          <p>
            <Missing path={LIST_PATH}>The record lists no outcome measures.</Missing>
          </p>
        ) : (
          <p className="outcome-measures__count">
            {total} outcome {total === 1 ? 'measure' : 'measures'}: {counts.join(', ')}.
          </p>
        )}
        {overview}
        {groups.map((group) => (
          <div key={group.key} className="outcome-measures__type">
            <h4 id={`${OUTCOME_ID_PREFIX}-${group.key.toLowerCase()}`}>
              {group.heading} ({group.outcomes.length})
            </h4>
            {group.outcomes.map((outcome) => (
              <OutcomeItem
                key={outcome.id}
                outcome={outcome}
                chartWidth={chartWidth}
                renderAnalyses={renderAnalyses}
              />
            ))}
          </div>
        ))}
        {leftOut.length > 0 ? (
          <div className="outcome-measures__type">
            <h4>Outcome measures left out as invalid ({leftOut.length})</h4>
            <ul>
              {leftOut.map((index) => (
                <LeftOutOutcome key={index} index={index} />
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </ResultsPart>
  );
}
