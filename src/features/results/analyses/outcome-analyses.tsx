import { useMemo } from 'react';
import { outcomeAnalysisPath } from '@/trial/results/analysis-path';
import type { OutcomeMeasure } from '@/trial/results/outcome-measures-schema';
import { AnalysisDetails } from './analysis-details';
import { groupsComparedText, outcomeName } from './analysis-text';
import { ForestPlots } from './forest-plots';
import { forestPanels, intervalsTitle, type ForestItem } from './forest-rows';
import './outcome-analyses.css';

/**
 * The statistical analyses of one outcome measure, under its table (the outcome's title is an
 * h5): "Statistical analyses (N)", the forest plot(s) of the analyses whose estimate and interval
 * can be drawn, then each analysis under an h6 naming the groups it compares (heading navigation
 * goes outcome by outcome, then analysis by analysis), its values in a definition list. The plots' data is that list. Nothing when the
 * outcome has no analyses.
 */
export function OutcomeAnalyses({ outcome }: { outcome: OutcomeMeasure }) {
  const { analyses, groups } = outcome;
  const items = useMemo(
    () =>
      analyses.map((analysis, index): ForestItem => {
        const compared = groupsComparedText(analysis, groups);
        return {
          key: analysis.id,
          label: analyses.length > 1 ? `Analysis ${index + 1}: ${compared}` : compared,
          analysis,
        };
      }),
    [analyses, groups],
  );
  const { panels, leftOut } = useMemo(() => forestPanels(items), [items]);
  if (analyses.length === 0) return null;
  const prefix = `analyses-${outcome.id}`;
  const listId = `${prefix}-list`;
  const name = outcomeName(outcome);
  return (
    <div className="analyses" data-testid="outcome-analyses">
      <p id={`${prefix}-heading`} className="analyses__title">
        Statistical analyses ({analyses.length})
      </p>
      <ForestPlots
        idPrefix={prefix}
        panels={panels}
        leftOut={leftOut}
        title={(panel, suffix) => `${intervalsTitle(panel)}: ${name}${suffix}`}
        dataTableId={listId}
      />
      <div id={listId} className="analyses__list">
        {analyses.map((analysis, index) => (
          <AnalysisDetails
            key={analysis.id}
            analysis={analysis}
            heading={`Analysis ${index + 1}: ${groupsComparedText(analysis, groups)}`}
            path={outcomeAnalysisPath(outcome.id, analysis.id)}
          />
        ))}
      </div>
    </div>
  );
}
