import { useMemo, useRef } from 'react';
import { ChartFigure } from '@/components/charts/chart-figure';
import { useChartWidth } from '@/components/charts/use-chart-width';
import type { BalanceNotes } from './balance-notes';
import type { FlowDiagramModel } from './flow-diagram-model';
import { layoutFlowDiagram } from './flow-diagram-layout';
import { ArrowHead, MilestoneBox, ReasonsBox } from './flow-diagram-marks';

export interface FlowDiagramProps {
  /** Unique on the page. */
  id: string;
  /** The accessible name and caption: "Participant flow, Overall Study: Placebo". */
  title: string;
  summary: string;
  tableId: string;
  model: FlowDiagramModel;
  notes: BalanceNotes;
}

/**
 * One group's CONSORT-style flow in one period, drawn at the width of its box (a phone too):
 * boxes with the published labels and counts, arrows from STARTED down to COMPLETED, and the
 * reasons for not completing in a side box. Black strokes on white: it prints as drawn.
 */
export function FlowDiagram({ id, title, summary, tableId, model, notes }: FlowDiagramProps) {
  const box = useRef<HTMLDivElement>(null);
  const width = useChartWidth(box);
  const layout = useMemo(() => layoutFlowDiagram(model, width), [model, width]);
  return (
    <div ref={box} className="flow-diagram">
      <ChartFigure
        id={id}
        title={title}
        summary={summary}
        dataTableId={tableId}
        width={layout.width}
        height={layout.height}
        notes={
          <>
            {notes.mismatches.map((note) => (
              <p key={note} className="chart__note flow-note flow-note--mismatch">
                <strong>The published counts do not add up.</strong> {note}
              </p>
            ))}
            {notes.unchecked.map((note) => (
              <p key={note} className="chart__note flow-note">
                {note}
              </p>
            ))}
            {layout.shortened && (
              <p className="chart__note">
                Long labels are shortened in the diagram; the table has them in full.
              </p>
            )}
          </>
        }
      >
        {layout.arrows.map((arrow) => (
          <g key={`${arrow.y1}-${arrow.y2}`} className="flow-diagram__arrow">
            <line x1={layout.spineX} x2={layout.spineX} y1={arrow.y1} y2={arrow.y2} />
            {arrow.head && <ArrowHead x={layout.spineX} y={arrow.y2} pointing="down" />}
          </g>
        ))}
        {layout.branch && (
          <g className="flow-diagram__arrow">
            <line
              x1={layout.branch.x1}
              x2={layout.branch.x2}
              y1={layout.branch.y}
              y2={layout.branch.y}
            />
            <ArrowHead x={layout.branch.x2} y={layout.branch.y} pointing="right" />
          </g>
        )}
        {layout.boxes.map((chainBox) => (
          <MilestoneBox key={chainBox.y} box={chainBox} />
        ))}
        {layout.side && <ReasonsBox box={layout.side} />}
      </ChartFigure>
    </div>
  );
}
