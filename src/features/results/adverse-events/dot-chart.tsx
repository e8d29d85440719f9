import { useMemo, useRef } from 'react';
import { ChartFigure } from '@/components/charts/chart-figure';
import { fitLabel, LABEL_CHAR_WIDTH } from '@/components/charts/fit-label';
import { GroupLegend, GroupMarker } from '@/components/charts/group-marker';
import { useChartWidth } from '@/components/charts/use-chart-width';
import { XAxis } from '@/components/charts/x-axis';
import { isolateText } from '@/trial/isolate-text';
import { plural } from '@/trial/count-text';
import type { ChartTerm } from '@/trial/results/adverse-event-chart-terms';
import type { AdverseEventGroup } from '@/trial/results/adverse-events-schema';
import { Missing } from '@/components/missing';
import { ChartDataTable } from './chart-data-table';
import { chartSummary } from './chart-summary';
import { dotChartLayout, type DotChartLayout } from './dot-chart-layout';
import { groupLabel } from './group-label';

export const AE_CHART_ID = 'results-adverse-events-chart';
export const AE_CHART_TABLE_ID = 'results-adverse-events-chart-data';
export const AE_CHART_TITLE = 'Percent affected by the most frequent adverse events, by group';

const SERIOUS_MARK = ' (serious)';

/** A term's label at the row's left: cut to its room, "(serious)" kept whole after it. */
function termLabel(row: ChartTerm, room: number): string {
  const suffix = row.kind === 'serious' ? SERIOUS_MARK : '';
  const term = fitLabel(row.event.term, room - suffix.length * LABEL_CHAR_WIDTH);
  return `${isolateText(term)}${suffix}`;
}

function DotRow({ row, index, layout }: { row: ChartTerm; index: number; layout: DotChartLayout }) {
  const { scale } = layout;
  const y = layout.rowY(index);
  const known = row.percents.flatMap(({ percent }) => (percent === null ? [] : [percent]));
  const left = known.length === 0 ? 0 : scale.at(Math.min(...known));
  const right = known.length === 0 ? 0 : scale.at(Math.max(...known));
  return (
    <g>
      <text x={layout.labelRight} y={y} dy="0.35em" textAnchor="end">
        {termLabel(row, layout.labelWidth)}
      </text>
      {right > left && <line className="ae-dot-chart__span" x1={left} x2={right} y1={y} y2={y} />}
      {row.percents.map(({ groupId, percent }, groupIndex) =>
        percent === null ? null : (
          <GroupMarker
            key={groupId}
            index={groupIndex}
            x={scale.at(percent)}
            y={y + layout.dodge(groupIndex)}
          />
        ),
      )}
    </g>
  );
}

/**
 * A dot chart of the most frequent terms: one row per term, each group's mark (shape and colour,
 * with a legend) at its percent affected, a line spanning the lowest to the highest. Its data is
 * the visible table after it.
 */
export function AdverseEventsDotChart({
  rows,
  groups,
}: {
  rows: readonly ChartTerm[];
  groups: readonly AdverseEventGroup[];
}) {
  const box = useRef<HTMLDivElement>(null);
  const width = useChartWidth(box);
  const percents = useMemo(
    () =>
      rows.flatMap((row) =>
        row.percents.flatMap(({ percent }) => (percent === null ? [] : [percent])),
      ),
    [rows],
  );
  const layout = dotChartLayout(width, rows.length, groups.length, percents);
  const titles = useMemo(() => groups.map((group) => isolateText(groupLabel(group))), [groups]);
  return (
    <div ref={box} className="ae-chart">
      {layout === null ? (
        <p>
          <Missing>No adverse event term has participants affected to chart.</Missing>
        </p>
      ) : (
        <>
          <ChartFigure
            id={AE_CHART_ID}
            title={AE_CHART_TITLE}
            summary={chartSummary(rows, groups)}
            dataTableId={AE_CHART_TABLE_ID}
            width={width}
            height={layout.height}
            notes={
              <>
                <GroupLegend titles={titles} />
                <p className="chart__note">
                  The {plural(rows.length, 'term')} with the highest percent affected in any one
                  group, serious and other events together, ordered by the largest difference
                  between groups. Marks in a row are set a little apart so that equal percents stay
                  visible; a group with no figures for a term has no mark. Full terms and counts are
                  in the table below.
                </p>
              </>
            }
          >
            <XAxis
              scale={layout.scale}
              y={layout.axisY}
              top={layout.top}
              label="Percent of participants affected"
            />
            {rows.map((row, index) => (
              <DotRow key={row.event.id} row={row} index={index} layout={layout} />
            ))}
          </ChartFigure>
          <ChartDataTable id={AE_CHART_TABLE_ID} rows={rows} groups={groups} />
        </>
      )}
    </div>
  );
}
