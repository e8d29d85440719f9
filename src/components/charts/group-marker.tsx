import './group-marker.css';

/**
 * How a chart tells groups apart without colour alone: each group (by its position in the
 * module's list) has a shape and a colour, and its label beside the mark. The shapes stay
 * distinct in black and white print. Past the last shape they repeat, so labels stay the key.
 */
export const GROUP_SHAPES = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star'] as const;
export type GroupShape = (typeof GROUP_SHAPES)[number];

export function groupShape(index: number): GroupShape {
  return GROUP_SHAPES[index % GROUP_SHAPES.length] ?? 'circle';
}

/** The CSS class that gives group `index` its colour (group-marker.css). */
export function groupColorClass(index: number): string {
  return `chart-group-${index % GROUP_SHAPES.length}`;
}

function shapePath(shape: GroupShape, size: number): string {
  const r = size / 2;
  switch (shape) {
    case 'square':
      return `M${-r},${-r}h${size}v${size}h${-size}z`;
    case 'triangle':
      return `M0,${-r * 1.15}L${r * 1.1},${r * 0.85}L${-r * 1.1},${r * 0.85}z`;
    case 'diamond':
      return `M0,${-r * 1.3}L${r},0L0,${r * 1.3}L${-r},0z`;
    case 'cross': {
      const t = r / 2.5;
      return `M${-t},${-r}h${2 * t}v${r - t}h${r - t}v${2 * t}h${t - r}v${r - t}h${-2 * t}v${t - r}h${t - r}v${-2 * t}h${r - t}z`;
    }
    case 'star': {
      const points = Array.from({ length: 10 }, (_, index) => {
        const radius = index % 2 === 0 ? r * 1.25 : r * 0.55;
        const angle = (Math.PI / 5) * index - Math.PI / 2;
        return `${(radius * Math.cos(angle)).toFixed(2)},${(radius * Math.sin(angle)).toFixed(2)}`;
      });
      return `M${points.join('L')}z`;
    }
    case 'circle':
      return `M${-r},0a${r},${r} 0 1,0 ${size},0a${r},${r} 0 1,0 ${-size},0`;
  }
}

/** Group `index`'s mark centred at (x, y), `size` pixels across. */
export function GroupMarker({
  index,
  x,
  y,
  size = 10,
}: {
  index: number;
  x: number;
  y: number;
  size?: number;
}) {
  return (
    <path
      className={`chart-marker ${groupColorClass(index)}`}
      d={shapePath(groupShape(index), size)}
      transform={`translate(${x},${y})`}
    />
  );
}

/** A legend: each group's mark and title, as an HTML list (read as text, unlike the chart). */
export function GroupLegend({ titles }: { titles: readonly string[] }) {
  return (
    <ul className="chart-legend" aria-label="Legend">
      {titles.map((title, index) => (
        <li key={`${index}-${title}`}>
          <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
            <GroupMarker index={index} x={0} y={0} />
          </svg>
          {title}
        </li>
      ))}
    </ul>
  );
}
