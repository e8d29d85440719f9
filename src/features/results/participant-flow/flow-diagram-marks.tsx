import {
  BASELINE,
  LINE_HEIGHT,
  PADDING,
  type ChainBox,
  type SideBox,
  type TextLines,
} from './flow-diagram-layout';

/** The marks of a flow diagram (flow-diagram.tsx): arrowheads and boxes of wrapped text. */

export function ArrowHead({
  x,
  y,
  pointing,
}: {
  x: number;
  y: number;
  pointing: 'down' | 'right';
}) {
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

/** A box's outline, drawn on whole pixels (half-pixel inset, so a 1 px stroke stays sharp). */
function BoxFrame({ box }: { box: { x: number; y: number; width: number; height: number } }) {
  return (
    <rect
      className="flow-diagram__box"
      x={box.x + 0.5}
      y={box.y + 0.5}
      width={box.width - 1}
      height={box.height}
    />
  );
}

export function MilestoneBox({ box }: { box: ChainBox }) {
  const centre = box.x + box.width / 2;
  return (
    <g>
      <BoxFrame box={box} />
      <Lines text={box.label} x={centre} anchor="middle" className="flow-diagram__label" />
      <Lines text={box.count} x={centre} anchor="middle" className="flow-diagram__count" />
    </g>
  );
}

export function ReasonsBox({ box }: { box: SideBox }) {
  const left = box.x + PADDING;
  const right = box.x + box.width - PADDING;
  return (
    <g>
      <BoxFrame box={box} />
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
