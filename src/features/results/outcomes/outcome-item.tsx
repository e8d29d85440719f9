import { memo, useMemo, type ReactNode } from 'react';
import { InvalidValue } from '@/components/invalid-value';
import { useProblemsAt } from '@/components/record-facts';
import type { OutcomeMeasure } from '@/trial/results/outcome-measures-schema';
import { outcomeMeasurePath, recordIndexOf } from '@/trial/results/results-paths';
import { OutcomeChart } from './outcome-chart';
import { OmissionList } from './outcome-chart-notes';
import { outcomeChartPlan } from './outcome-chart-plan';
import { OutcomeFacts } from './outcome-facts';
import { inPlacePaths, problemsElsewhere } from './outcome-problem-paths';
import { OutcomeStatusNote } from './outcome-status-note';
import { OutcomeTable } from './outcome-table';
import { analysesCount } from './outcome-text';

export const OUTCOME_ID_PREFIX = 'results-outcome-measures';

/**
 * One outcome measure (an h5 under its type's h4): facts, groups, a chart where its numbers
 * allow one (else a note why not), its table, then its statistical analyses (`renderAnalyses`).
 * Values of it that were invalid in the record are shown as such first.
 */
export const OutcomeItem = memo(function OutcomeItem({
  outcome,
  chartWidth,
  renderAnalyses,
}: {
  outcome: OutcomeMeasure;
  chartWidth: number;
  renderAnalyses: (outcome: OutcomeMeasure) => ReactNode;
}) {
  const index = recordIndexOf(outcome.id);
  const path = outcomeMeasurePath(index ?? 0);
  const allProblems = useProblemsAt(index === null ? undefined : path);
  const problems = problemsElsewhere(allProblems, inPlacePaths(outcome, path));
  const plan = useMemo(() => outcomeChartPlan(outcome), [outcome]);
  const id = `${OUTCOME_ID_PREFIX}-${outcome.id}`;
  const tableId = `${id}-table`;
  const hasTable = outcome.reportingStatus !== 'NOT_POSTED' && outcome.groups.length > 0;
  return (
    <article id={id} className="outcome" aria-labelledby={`${id}-heading`}>
      <h5 id={`${id}-heading`}>{outcome.title ?? 'Untitled outcome measure'}</h5>
      {outcome.analyses.length > 0 ? (
        <p className="outcome__summary">{analysesCount(outcome.analyses.length)}</p>
      ) : null}
      {problems.length > 0 ? (
        <div className="outcome__problems">
          <p>Some values of this outcome measure are invalid in the record and left out:</p>
          <InvalidValue problems={problems} />
        </div>
      ) : null}
      <OutcomeFacts outcome={outcome} path={path} />
      <OutcomeStatusNote outcome={outcome} path={path} />
      {plan.kind === 'chart' && hasTable ? (
        <OutcomeChart id={`${id}-chart`} tableId={tableId} plan={plan} width={chartWidth} />
      ) : null}
      {plan.kind === 'not-charted' ? (
        <div className="outcome__chart-note">
          <p>No chart: {plan.reason}.</p>
          {plan.leftOut.length > 0 ? <OmissionList items={plan.leftOut} /> : null}
        </div>
      ) : null}
      {hasTable ? <OutcomeTable id={tableId} outcome={outcome} /> : null}
      {renderAnalyses(outcome)}
    </article>
  );
});
