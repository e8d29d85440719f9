import { linearScale, type NumberScale } from '@/components/charts/number-scale';
import { X_AXIS_HEIGHT } from '@/components/charts/x-axis';

/** Where the dot chart draws: term labels at the left, the percent axis across the rest. Pure. */
export interface DotChartLayout {
  /** Right edge of the term labels (they are right-aligned to it). */
  labelRight: number;
  /** Room for a label, in pixels. */
  labelWidth: number;
  scale: NumberScale;
  /** The vertical centre of row `index`. */
  rowY: (index: number) => number;
  /** The top of the plot (gridlines start here) and the axis line's y. */
  top: number;
  axisY: number;
  height: number;
  /** A group's vertical offset within its row, so equal percents stay visible side by side. */
  dodge: (groupIndex: number) => number;
}

export const ROW_HEIGHT = 28;
const TOP = 6;
const GAP = 12;
const RIGHT_MARGIN = 16;

export function dotChartLayout(
  width: number,
  rowCount: number,
  groupCount: number,
  percents: readonly number[],
): DotChartLayout | null {
  const labelWidth = Math.round(Math.min(260, Math.max(90, width * 0.36)));
  const scale = linearScale(percents, [labelWidth + GAP, width - RIGHT_MARGIN], 0);
  if (scale === null || rowCount === 0) return null;
  const axisY = TOP + rowCount * ROW_HEIGHT;
  // Up to 16px of the row's 28 are shared out between the groups' marks.
  const step = groupCount < 2 ? 0 : Math.min(5, 16 / (groupCount - 1));
  return {
    labelRight: labelWidth,
    labelWidth,
    scale,
    rowY: (index) => TOP + (index + 0.5) * ROW_HEIGHT,
    top: TOP,
    axisY,
    height: axisY + X_AXIS_HEIGHT + 4,
    dodge: (groupIndex) => (groupIndex - (groupCount - 1) / 2) * step,
  };
}
