import { TableScroll } from '@/components/table-scroll';
import { useMemo } from 'react';
import type { OutcomeMeasure } from '@/trial/results/outcome-measures-schema';
import { groupsComparedText, outcomeName } from './analysis-text';
import { ForestPlots } from './forest-plots';
import { forestPanels, intervalsTitle, type ForestItem } from './forest-rows';
import { PrimaryAnalysesTable, type PrimaryAnalysisEntry } from './primary-analyses-table';
import './primary-analyses-overview.css';

const PREFIX = 'analyses-primary-overview';

/**
 * The primary outcomes' statistical analyses at a glance, first in the Outcome measures part: an
 * h4, a forest plot per scale kind (ratios on a log axis, differences on a linear one, never one
 * axis for both), each row the outcome and the groups compared, then the table of every primary
 * analysis as published (the plots' data). Nothing when no primary analysis can be drawn.
 */
export function PrimaryAnalysesOverview({ outcomes }: { outcomes: readonly OutcomeMeasure[] }) {
  const entries = useMemo(
    () =>
      outcomes
        .filter((outcome) => outcome.type === 'PRIMARY')
        .flatMap((outcome) =>
          outcome.analyses.map((analysis): PrimaryAnalysisEntry => ({ outcome, analysis })),
        ),
    [outcomes],
  );
  const { panels, leftOut } = useMemo(
    () =>
      forestPanels(
        entries.map(({ outcome, analysis }): ForestItem => {
          const numbered = outcome.analyses.length > 1;
          const which = numbered ? ` (analysis ${outcome.analyses.indexOf(analysis) + 1})` : '';
          return {
            key: analysis.id,
            label: `${outcomeName(outcome)}${which}: ${groupsComparedText(analysis, outcome.groups)}`,
            analysis,
          };
        }),
      ),
    [entries],
  );
  if (panels.length === 0) return null;
  const tableId = `${PREFIX}-table`;
  return (
    <div className="analyses-overview" data-testid="primary-analyses-overview">
      <h4 id={`${PREFIX}-heading`}>Primary outcomes at a glance</h4>
      <ForestPlots
        idPrefix={PREFIX}
        panels={panels}
        leftOut={leftOut}
        title={(panel, suffix) =>
          `Primary outcomes: ${intervalsTitle(panel).toLowerCase()}${suffix}`
        }
        dataTableId={tableId}
      />
      <TableScroll
        captionId={`${tableId}-caption`}
        className="analyses-overview__table-box"
        csv={{ name: 'primary-analyses', of: 'the primary outcomes at a glance' }}
      >
        <PrimaryAnalysesTable id={tableId} entries={entries} />
      </TableScroll>
    </div>
  );
}
