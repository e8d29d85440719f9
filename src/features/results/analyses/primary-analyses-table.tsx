import { Missing } from '@/components/missing';
import { outcomeAnalysisPath } from '@/trial/results/analysis-path';
import type { OutcomeAnalysis, OutcomeMeasure } from '@/trial/results/outcome-measures-schema';
import {
  confidenceIntervalText,
  estimateText,
  groupsComparedText,
  outcomeName,
} from './analysis-text';

export interface PrimaryAnalysisEntry {
  outcome: OutcomeMeasure;
  analysis: OutcomeAnalysis;
}

/**
 * The primary outcomes' analyses as published, one row each (the outcome as its row header): the
 * data of the overview forest plots, including the analyses left out of them.
 */
export function PrimaryAnalysesTable({
  id,
  entries,
}: {
  id: string;
  entries: readonly PrimaryAnalysisEntry[];
}) {
  return (
    <table id={id} className="analyses-overview__table">
      <caption id={`${id}-caption`}>
        Statistical analyses of the primary outcomes, as published
      </caption>
      <thead>
        <tr>
          <th scope="col">Outcome</th>
          <th scope="col">Groups compared</th>
          <th scope="col">Estimate</th>
          <th scope="col">Confidence interval</th>
          <th scope="col">P-value</th>
        </tr>
      </thead>
      <tbody>
        {entries.map(({ outcome, analysis }) => {
          const path = outcomeAnalysisPath(outcome.id, analysis.id);
          const at = (field: string) => (path === undefined ? undefined : `${path}.${field}`);
          const estimate = estimateText(analysis);
          const interval = confidenceIntervalText(analysis);
          return (
            <tr key={analysis.id}>
              <th scope="row">{outcomeName(outcome)}</th>
              <td>{groupsComparedText(analysis, outcome.groups)}</td>
              <td>{estimate ?? <Missing path={at('paramValue')} />}</td>
              <td>{interval ?? <Missing path={at('ciPctValue')} />}</td>
              <td>{analysis.pValue ?? <Missing path={at('pValue')} />}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
