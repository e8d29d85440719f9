import { linearScale, type NumberScale } from '@/components/charts/number-scale';
import { labelCharsPerLine, wrapLabel } from '@/components/charts/wrap-label';
import { X_AXIS_HEIGHT } from '@/components/charts/x-axis';
import type { ChartBlock, ChartMark } from './outcome-chart-marks';

/**
 * Where everything of an outcome chart goes at a given width: a row per group per table row,
 * the group's label (wrapped, with its published value) above its mark so it reads on a 360 px
 * phone, then the value axis. Pure arithmetic over props: no text measuring, no layout reads.
 */
export const CHART_PAD = 8;
const FONT_SIZE = 12;
const LINE_HEIGHT = 15;
const BLOCK_TITLE_HEIGHT = 20;
const MARK_BAND = 14;
const ROW_GAP = 8;
const MARK_INSET = 7;

export interface PlacedMark {
  mark: ChartMark;
  lines: string[];
  /** Baseline of the label's first line. */
  labelY: number;
  /** Centre of the mark. */
  y: number;
}

export interface PlacedBlock {
  /** The table row's title, wrapped (none for a single untitled row). */
  titleLines: string[];
  /** Baseline of the title's first line. */
  titleY: number;
  marks: PlacedMark[];
}

export interface OutcomeChartLayout {
  blocks: PlacedBlock[];
  plotTop: number;
  axisY: number;
  height: number;
  scale: NumberScale;
}

/** The group's title (two lines at most) with its value after it, or on a line of its own. */
export function markLabelLines(mark: ChartMark, width: number): string[] {
  const lines = wrapLabel(`${mark.groupTitle}:`, width, { fontSize: FONT_SIZE, maxLines: 2 });
  const last = lines[lines.length - 1] ?? '';
  const value = mark.valueText;
  if (last.length + 1 + value.length <= labelCharsPerLine(width, FONT_SIZE))
    return [...lines.slice(0, -1), `${last} ${value}`];
  return [...lines, ...wrapLabel(value, width, { fontSize: FONT_SIZE, maxLines: 2 })];
}

export function layoutOutcomeChart(
  blocks: readonly ChartBlock[],
  shape: 'bars' | 'dots',
  width: number,
): OutcomeChartLayout | null {
  const textWidth = width - 2 * CHART_PAD;
  const values = blocks.flatMap((block) =>
    block.marks.flatMap((mark) => [mark.value, mark.low ?? mark.value, mark.high ?? mark.value]),
  );
  const scale = linearScale(
    values,
    [CHART_PAD + MARK_INSET, width - CHART_PAD - MARK_INSET],
    shape === 'bars' ? 0 : undefined,
  );
  if (scale === null) return null;
  const plotTop = 4;
  let y = plotTop;
  const placed = blocks.map((block): PlacedBlock => {
    const titleLines =
      block.title === null ? [] : wrapLabel(block.title, textWidth, { maxLines: 2 });
    const titleY = y + FONT_SIZE + 2;
    if (titleLines.length > 0) y += BLOCK_TITLE_HEIGHT + (titleLines.length - 1) * LINE_HEIGHT;
    const marks = block.marks.map((mark): PlacedMark => {
      const lines = markLabelLines(mark, textWidth);
      const labelY = y + FONT_SIZE;
      y += lines.length * LINE_HEIGHT;
      const markY = y + MARK_BAND / 2;
      y += MARK_BAND + ROW_GAP;
      return { mark, lines, labelY, y: markY };
    });
    return { titleLines, titleY, marks };
  });
  const axisY = y;
  return { blocks: placed, plotTop, axisY, height: axisY + X_AXIS_HEIGHT, scale };
}

export const OUTCOME_CHART_LINE_HEIGHT = LINE_HEIGHT;
