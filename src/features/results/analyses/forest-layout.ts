import { X_AXIS_HEIGHT } from '@/components/charts/x-axis';

/**
 * Where a forest plot's parts go at a given width. SVG text does not wrap, so labels are wrapped
 * here by an estimate of the text's width (12 px text: a generous 7 px a character). From
 * WIDE_FROM pixels a row is label | marks | published numbers, the forest plot's usual layout;
 * narrower (a phone), the label and the numbers stand above the row's marks, across the width.
 */
export const CHAR_WIDTH = 7;
export const LINE_HEIGHT = 15;
/** The height of a row's marks. */
export const MARK_BAND = 22;
const ROW_GAP = 10;
const TOP = 6;
const SIDE = 14;
const GAP = 16;
const MAX_LABEL_LINES = 6;
export const WIDE_FROM = 560;

/** Words in lines of at most `maxChars`; a longer word is cut; past `maxLines`, an ellipsis. */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const limit = Math.max(4, Math.floor(maxChars));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    let rest = word;
    while (rest.length > 0) {
      const joined = line === '' ? rest : `${line} ${rest}`;
      if (joined.length <= limit) {
        line = joined;
        rest = '';
      } else if (line !== '') {
        lines.push(line);
        line = '';
      } else {
        lines.push(rest.slice(0, limit));
        rest = rest.slice(limit);
      }
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${last.slice(0, limit - 1)}…`;
  return kept;
}

export interface RowPlace {
  /** Baseline of each label line (and, when stacked, of the numbers' line after them). */
  lineYs: number[];
  labelLines: string[];
  /** Where the numbers' text goes: beside the marks (wide) or as the label's last line. */
  valueY: number;
  markY: number;
}

export interface ForestGeometry {
  wide: boolean;
  /** Labels are clipped to this width from labelX (an estimate of text width can be short). */
  labelWidth: number;
  /** The marks' x range. */
  plotRange: [number, number];
  labelX: number;
  /** The numbers' right edge (wide) or left edge (stacked). */
  valueX: number;
  rows: RowPlace[];
  /** The first row's top and the axis line, for gridlines and the line of no effect. */
  top: number;
  axisY: number;
  height: number;
}

export function forestGeometry(
  width: number,
  rows: readonly { label: string; valueText: string }[],
): ForestGeometry {
  const wide = width >= WIDE_FROM;
  const valueChars = Math.max(0, ...rows.map((row) => row.valueText.length));
  const valueWidth = Math.min(width * 0.25, valueChars * CHAR_WIDTH);
  const labelWidth = wide ? Math.min(300, Math.round(width * 0.36)) : width - 2 * SIDE;
  const plotRange: [number, number] = wide
    ? [SIDE + labelWidth + GAP, width - SIDE - valueWidth - GAP]
    : [SIDE, width - SIDE];
  let y = TOP;
  const places = rows.map((row): RowPlace => {
    const labelLines = wrapText(row.label, labelWidth / CHAR_WIDTH, MAX_LABEL_LINES);
    if (wide) {
      const height = Math.max(labelLines.length * LINE_HEIGHT, MARK_BAND);
      const markY = y + height / 2;
      const firstBaseline = markY - ((labelLines.length - 1) * LINE_HEIGHT) / 2 + 4;
      const lineYs = labelLines.map((_, index) => firstBaseline + index * LINE_HEIGHT);
      y += height + ROW_GAP;
      return { lineYs, labelLines, valueY: markY + 4, markY };
    }
    const lineYs = labelLines.map((_, index) => y + (index + 1) * LINE_HEIGHT - 3);
    const valueY = y + (labelLines.length + 1) * LINE_HEIGHT - 3;
    const markY = y + (labelLines.length + 1) * LINE_HEIGHT + MARK_BAND / 2;
    y += (labelLines.length + 1) * LINE_HEIGHT + MARK_BAND + ROW_GAP;
    return { lineYs, labelLines, valueY, markY };
  });
  const axisY = y;
  return {
    wide,
    labelWidth,
    plotRange,
    labelX: SIDE,
    valueX: wide ? width - SIDE : SIDE,
    rows: places,
    top: TOP,
    axisY,
    height: axisY + X_AXIS_HEIGHT + 4,
  };
}
