import type { NumberScale } from '@/components/charts/number-scale';
import type { ForestGeometry, RowPlace } from './forest-layout';
import type { ForestRow } from './forest-rows';

/** Half the height of a whisker's end caps, and the estimate's square, in pixels. */
const CAP = 4;
const MARK = 9;

/**
 * One row of a forest plot: its label lines (clipped to the label column), its published
 * numbers, its confidence interval as a line with end caps and its estimate as a square.
 */
export function ForestRowMarks({
  row,
  place,
  geometry,
  scale,
  labelClipId,
}: {
  row: ForestRow;
  place: RowPlace;
  geometry: ForestGeometry;
  scale: NumberScale;
  labelClipId: string;
}) {
  const [low, high] = [scale.at(row.lower), scale.at(row.upper)];
  const x = scale.at(row.estimate);
  const { markY } = place;
  return (
    <g className="analyses-forest__row">
      <g clipPath={`url(#${labelClipId})`}>
        {place.labelLines.map((line, index) => (
          <text
            key={index}
            className="analyses-forest__label"
            x={geometry.labelX}
            y={place.lineYs[index]}
          >
            {line}
          </text>
        ))}
      </g>
      <text
        className="analyses-forest__value"
        x={geometry.valueX}
        y={place.valueY}
        textAnchor={geometry.wide ? 'end' : 'start'}
      >
        {row.valueText}
      </text>
      <line className="chart-whisker" x1={low} x2={high} y1={markY} y2={markY} />
      <line className="chart-whisker" x1={low} x2={low} y1={markY - CAP} y2={markY + CAP} />
      <line className="chart-whisker" x1={high} x2={high} y1={markY - CAP} y2={markY + CAP} />
      <rect
        className="analyses-forest__estimate"
        x={x - MARK / 2}
        y={markY - MARK / 2}
        width={MARK}
        height={MARK}
      />
    </g>
  );
}
