import { useMemo, useRef } from 'react';
import { ChartFigure } from '@/components/charts/chart-figure';
import { useChartWidth } from '@/components/charts/use-chart-width';
import type { BalanceNotes } from './balance-notes';
import type { FlowDiagramModel } from './flow-diagram-model';
import {
  BASELINE,
  LINE_HEIGHT,
  PADDING,
  layoutFlowDiagram,
  type ChainBox,
  type SideBox,
  type TextLines,
} from './flow-diagram-layout';

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

function ArrowHead({ x, y, pointing }: { x: number; y: number; pointing: 'down' | 'right' }) {
  const d = pointing === 'down' ? `M${x},${y}l-4,-7h8z` : `M${x},${y}l-7,-4v8z`;
  return <path className="flow-diagram__head" d={d} />;
}

function Lines({
  text,
  x,
  anchor = 'start',
  className,
}: {
  text: TextLines;
  x: number;
  anchor?: 'start' | 'middle' | 'end';
  className: string;
}) {
  return text.lines.map((line, index) => (
    <text
      key={index}
      className={className}
      x={x}
      y={text.y + index * LINE_HEIGHT + BASELINE}
      textAnchor={anchor}
    >
      {line}
    </text>
  ));
}

function MilestoneBox({ box }: { box: ChainBox }) {
  const centre = box.x + box.width / 2;
  return (
    <g>
      <rect
        className="flow-diagram__box"
        x={box.x + 0.5}
        y={box.y + 0.5}
        width={box.width - 1}
        height={box.height}
      />
      <Lines text={box.label} x={centre} anchor="middle" className="flow-diagram__label" />
      <Lines text={box.count} x={centre} anchor="middle" className="flow-diagram__count" />
    </g>
  );
}

function ReasonsBox({ box }: { box: SideBox }) {
  const left = box.x + PADDING;
  const right = box.x + box.width - PADDING;
  return (
    <g>
      <rect
        className="flow-diagram__box"
        x={box.x + 0.5}
        y={box.y + 0.5}
        width={box.width - 1}
        height={box.height}
      />
      <Lines text={box.label} x={left} className="flow-diagram__label" />
      <Lines text={box.count} x={left} className="flow-diagram__count" />
      {box.ruleY !== null && (
        <line
          className="flow-diagram__rule"
          x1={box.x}
          x2={box.x + box.width}
          y1={box.ruleY}
          y2={box.ruleY}
        />
      )}
      {box.reasons.map((reason) => (
        <g key={reason.label.y}>
          <Lines text={reason.label} x={left} className="flow-diagram__reason" />
          <Lines
            text={reason.count}
            x={reason.count.beside ? right : left}
            anchor={reason.count.beside ? 'end' : 'start'}
            className="flow-diagram__reason-count"
          />
        </g>
      ))}
    </g>
  );
}
