import { useMemo } from 'react';
import { ChartFigure } from '@/components/charts/chart-figure';
import { GroupMarker, groupColorClass } from '@/components/charts/group-marker';
import { XAxis } from '@/components/charts/x-axis';
import type { OutcomeChartPlan } from './outcome-chart-plan';
import { CHART_PAD, layoutOutcomeChart, OUTCOME_CHART_LINE_HEIGHT } from './outcome-chart-layout';
import { OutcomeChartNotes } from './outcome-chart-notes';

type DrawnPlan = Extract<OutcomeChartPlan, { kind: 'chart' }>;

const BAR_HEIGHT = 10;
const CAP = 4;

/**
 * An outcome measure's chart: per table row, per group, its label with the published value,
 * then a bar from 0 (counts, percentages) or a dot (other values) with whiskers for its
 * dispersion. Pure SVG from props, drawn at `width`.
 */
export function OutcomeChart({
  id,
  tableId,
  plan,
  width,
}: {
  id: string;
  tableId: string;
  plan: DrawnPlan;
  width: number;
}) {
  const layout = useMemo(
    () => layoutOutcomeChart(plan.blocks, plan.shape, width),
    [plan.blocks, plan.shape, width],
  );
  if (layout === null) return null;
  const { scale, axisY, plotTop } = layout;
  // Tenths of a pixel: the same picture, a lighter DOM (31 charts on NCT02552212).
  const at = (value: number) => Math.round(scale.at(value) * 10) / 10;
  const zero = at(0);
  // A dot chart whose values straddle 0 (changes from baseline) shows where 0 is.
  const zeroLine =
    plan.shape === 'dots' && Math.min(...scale.ticks) < 0 && Math.max(...scale.ticks) > 0;
  return (
    <ChartFigure
      id={id}
      title={plan.title}
      summary={plan.summary}
      dataTableId={tableId}
      width={width}
      height={layout.height}
      notes={<OutcomeChartNotes plan={plan} />}
    >
      <XAxis scale={scale} y={axisY} top={plotTop} label={plan.axisLabel} />
      {zeroLine ? (
        <line className="chart-reference-line" x1={zero} x2={zero} y1={plotTop} y2={axisY} />
      ) : null}
      {layout.blocks.map((block, blockIndex) => (
        <g key={blockIndex}>
          {block.titleLines.map((line, lineIndex) => (
            <text
              key={lineIndex}
              className="outcome-chart__label outcome-chart__row-title"
              x={CHART_PAD}
              y={block.titleY + lineIndex * OUTCOME_CHART_LINE_HEIGHT}
            >
              {line}
            </text>
          ))}
          {block.marks.map(({ mark, lines, labelY, y }) => {
            const x = at(mark.value);
            return (
              <g key={mark.key}>
                {lines.map((line, lineIndex) => (
                  <text
                    key={lineIndex}
                    className="outcome-chart__label"
                    x={CHART_PAD}
                    y={labelY + lineIndex * OUTCOME_CHART_LINE_HEIGHT}
                  >
                    {line}
                  </text>
                ))}
                {plan.shape === 'bars' ? (
                  <rect
                    className={`outcome-chart__bar ${groupColorClass(mark.groupIndex)}`}
                    x={Math.min(zero, x)}
                    y={y - BAR_HEIGHT / 2}
                    width={Math.max(1, Math.abs(x - zero))}
                    height={BAR_HEIGHT}
                  />
                ) : null}
                {mark.low !== null && mark.high !== null ? (
                  <g className="chart-whisker">
                    <line x1={at(mark.low)} x2={at(mark.high)} y1={y} y2={y} />
                    <line x1={at(mark.low)} x2={at(mark.low)} y1={y - CAP} y2={y + CAP} />
                    <line x1={at(mark.high)} x2={at(mark.high)} y1={y - CAP} y2={y + CAP} />
                  </g>
                ) : null}
                {plan.shape === 'dots' ? <GroupMarker index={mark.groupIndex} x={x} y={y} /> : null}
              </g>
            );
          })}
        </g>
      ))}
    </ChartFigure>
  );
}
