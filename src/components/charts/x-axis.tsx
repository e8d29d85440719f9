import type { NumberScale } from './number-scale';

/**
 * A horizontal value axis at `y` across the scale's whole range: a tick line and label per tick,
 * light gridlines up to `top`,
 * and the axis label (what the values are, with their unit) under the ticks.
 */
export function XAxis({
  scale,
  y,
  top,
  label,
}: {
  scale: NumberScale;
  y: number;
  top: number;
  label: string;
}) {
  const [left, right] = scale.range;
  return (
    <g className="chart-axis" aria-hidden="true">
      {scale.ticks.map((tick) => {
        const x = scale.at(tick);
        return (
          <g key={tick}>
            <line className="chart-gridline" x1={x} x2={x} y1={top} y2={y} />
            <line x1={x} x2={x} y1={y} y2={y + 5} />
            <text x={x} y={y + 18} textAnchor="middle">
              {scale.tickLabel(tick)}
            </text>
          </g>
        );
      })}
      <line x1={left} x2={right} y1={y} y2={y} />
      <text x={(left + right) / 2} y={y + 36} textAnchor="middle">
        {label}
      </text>
    </g>
  );
}

/** The space XAxis takes below its `y`: tick labels and the axis label. */
export const X_AXIS_HEIGHT = 44;
