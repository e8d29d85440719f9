import type { ReactNode } from 'react';
import './chart-figure.css';

export interface ChartFigureProps {
  /** Unique on the page; the caption is `${id}-title`, the summary `${id}-summary`. */
  id: string;
  /** What the chart shows, visible as its caption and its accessible name. */
  title: string;
  /** One sentence a reader who cannot see the chart takes away from it. */
  summary: string;
  /** The id of the table that holds the chart's data (the chart points to it as its description). */
  dataTableId: string;
  /** The drawing's size in CSS pixels (draw at the width the chart has: see useChartWidth). */
  width: number;
  height: number;
  /** A legend, or notes such as which values are in the table but could not be charted. */
  notes?: ReactNode;
  /** The drawing: plain SVG elements, presentational (the figure's name and summary speak for it). */
  children: ReactNode;
}

/**
 * One chart: a figure with a visible caption, an SVG that is a single image to assistive
 * technology (`role="img"`, named by the caption, described by the summary and the data table),
 * the one-sentence summary, and notes. Colour never carries meaning alone: marks are labelled or
 * shaped (group-marker.tsx), and the styles print legibly in black and white.
 */
export function ChartFigure({
  id,
  title,
  summary,
  dataTableId,
  width,
  height,
  notes,
  children,
}: ChartFigureProps) {
  const titleId = `${id}-title`;
  const summaryId = `${id}-summary`;
  return (
    <figure className="chart" data-testid="chart">
      <figcaption id={titleId} className="chart__title">
        {title}
      </figcaption>
      <svg
        className="chart__svg"
        role="img"
        aria-labelledby={titleId}
        aria-describedby={`${summaryId} ${dataTableId}`}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
      >
        {children}
      </svg>
      <p id={summaryId} className="chart__summary">
        {summary}
      </p>
      {notes}
    </figure>
  );
}
