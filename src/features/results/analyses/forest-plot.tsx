import { useRef } from 'react';
import { ChartFigure } from '@/components/charts/chart-figure';
import { linearScale, logScale } from '@/components/charts/number-scale';
import { useChartWidth } from '@/components/charts/use-chart-width';
import { XAxis } from '@/components/charts/x-axis';
import { CHAR_WIDTH, forestGeometry, MARK_BAND, wrapText } from './forest-layout';
import { ForestRowMarks } from './forest-row-marks';
import { panelSummary, type ForestPanel } from './forest-rows';
import './forest-plot.css';

/**
 * A forest plot: one row per analysis, its estimate as a square and its confidence interval as a
 * line with caps, against the line of no effect (dashed: 1 on a ratio's log axis, 0 on a
 * difference's linear one). Drawn in currentColor, so it prints in black and white; the row's
 * label and published numbers are written beside its marks. Its data: `dataTableId`.
 */
export function ForestPlot({
  id,
  title,
  panel,
  dataTableId,
}: {
  id: string;
  title: string;
  panel: ForestPanel;
  dataTableId: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const width = useChartWidth(box);
  const geometry = forestGeometry(width, panel.rows);
  const values = panel.rows.flatMap((row) => [row.estimate, row.lower, row.upper]);
  const noEffect = panel.scale === 'ratio' ? 1 : 0;
  const scale =
    panel.scale === 'ratio'
      ? logScale(values, geometry.plotRange, noEffect)
      : linearScale(values, geometry.plotRange, noEffect);
  const axisLabel = wrapText(panel.axisLabel, (width - 28) / CHAR_WIDTH, 1)[0] ?? '';
  // Wide, the vertical lines run behind the marks column only; stacked (a phone), the labels span
  // the width, so the line of no effect is drawn through each row's marks and no gridlines cross text.
  const lastMarkY = geometry.rows.at(-1)?.markY ?? geometry.top;
  const spans: [number, number][] = geometry.wide
    ? [[geometry.top, geometry.axisY]]
    : [
        ...geometry.rows.map((place): [number, number] => [
          place.markY - MARK_BAND / 2,
          place.markY + MARK_BAND / 2,
        ]),
        [lastMarkY + MARK_BAND / 2, geometry.axisY],
      ];
  return (
    <div ref={box} className="analyses-forest">
      {scale === null ? null : (
        <ChartFigure
          id={id}
          title={title}
          summary={panelSummary(panel)}
          dataTableId={dataTableId}
          width={width}
          height={geometry.height}
          notes={
            <p className="chart__note">
              {`Squares: the estimates; lines: their confidence intervals; dashed line: no effect (${noEffect}).`}
            </p>
          }
        >
          <XAxis
            scale={scale}
            y={geometry.axisY}
            top={geometry.wide ? geometry.top : geometry.axisY}
            label={axisLabel}
          />
          {/* The axis line across the whole plot (XAxis draws it between the outer ticks only). */}
          <line
            className="analyses-forest__baseline"
            x1={geometry.plotRange[0]}
            x2={geometry.plotRange[1]}
            y1={geometry.axisY}
            y2={geometry.axisY}
          />
          {spans.map(([top, bottom]) => (
            <line
              key={top}
              className="chart-reference-line"
              data-no-effect={noEffect}
              x1={scale.at(noEffect)}
              x2={scale.at(noEffect)}
              y1={top}
              y2={bottom}
            />
          ))}
          <clipPath id={`${id}-labels`}>
            <rect
              x={0}
              y={0}
              width={geometry.labelX + geometry.labelWidth}
              height={geometry.height}
            />
          </clipPath>
          {panel.rows.map((row, index) => {
            const place = geometry.rows[index];
            return place ? (
              <ForestRowMarks
                key={row.key}
                row={row}
                place={place}
                geometry={geometry}
                scale={scale}
                labelClipId={`${id}-labels`}
              />
            ) : null;
          })}
        </ChartFigure>
      )}
    </div>
  );
}
