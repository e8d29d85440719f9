import type { FlowDiagramModel, FlowStep } from './flow-diagram-model';
import { wrapLabel } from './wrap-label';

/**
 * Where a group's flow diagram draws its boxes at a given width: the milestones stacked on a
 * vertical spine with arrows between them, and NOT COMPLETED with its reasons as a side box
 * reached by an arrow off the spine, in a gap before COMPLETED that grows to hold it. Wide: the
 * spine runs down the middle of the milestone boxes; narrow (a phone): down their left side, so
 * the side box keeps most of the width. Pure.
 */
export const LINE_HEIGHT = 16;
/** Baseline offset of a text line from its line's top, for 12px text. */
export const BASELINE = 12;
export const PADDING = 8;
/** Estimated width of a character of 12px text (a little wide, so lines rarely overflow). */
const CHAR_WIDTH = 7;
const GAP = 28;
const LABEL_LINES = 3;
const COUNT_LINES = 2;
/** Counts this short sit right-aligned beside their reason; longer ones go under it. */
const SHORT_COUNT = 8;
const WIDE = 440;

export interface TextLines {
  lines: string[];
  /** Top of the first line. */
  y: number;
}

export interface ChainBox {
  x: number;
  y: number;
  width: number;
  height: number;
  label: TextLines;
  count: TextLines;
}

export interface ReasonRow {
  label: TextLines;
  /** Right-aligned beside the label when short, else lines under it. */
  count: TextLines & { beside: boolean };
}

export interface SideBox extends ChainBox {
  /** y of the rule between the NOT COMPLETED count and the reasons; null without reasons. */
  ruleY: number | null;
  reasons: ReasonRow[];
}

export interface FlowLayout {
  width: number;
  height: number;
  spineX: number;
  boxes: ChainBox[];
  /** Vertical arrows on the spine (y1 to y2, head at y2 when `head`). */
  arrows: { y1: number; y2: number; head: boolean }[];
  side: SideBox | null;
  /** The arrow off the spine to the side box. */
  branch: { x1: number; x2: number; y: number } | null;
  /** Some label was too long for its box and ends in "…" (the table has it in full). */
  shortened: boolean;
}

export function layoutFlowDiagram(model: FlowDiagramModel, width: number): FlowLayout {
  const chainWidth = Math.min(width, 360);
  const spineX = width >= WIDE ? chainWidth / 2 : 20;
  const onSpine = model.chain.length > 0;
  const sideX = onSpine ? spineX + GAP : 0;
  const sideWidth = Math.min(width - sideX, 320);
  let shortened = false;
  const wrap: Wrap = (text, chars, lines) => {
    const wrapped = wrapLabel(text, chars, lines);
    shortened ||= wrapped.shortened;
    return wrapped.lines;
  };
  const sideAt = (top: number): SideBox | null =>
    model.side === null ? null : sideBox(model.side, sideX, top, sideWidth, wrap);
  const chainChars = (chainWidth - 2 * PADDING) / CHAR_WIDTH;
  const boxes: ChainBox[] = [];
  const arrows: FlowLayout['arrows'] = [];
  let side: SideBox | null = null;
  let y = 0;
  for (const [index, step] of model.chain.entries()) {
    if (index > 0) {
      const top = y;
      if (index === model.branchAt) side = sideAt(y + GAP / 2);
      y = index === model.branchAt && side !== null ? side.y + side.height + GAP / 2 : y + GAP;
      arrows.push({ y1: top, y2: y, head: true });
    }
    const box = chainBox(step, 0, y, chainWidth, chainChars, wrap);
    boxes.push(box);
    y += box.height;
  }
  if (model.branchAt >= model.chain.length) {
    side = sideAt(onSpine ? y + GAP / 2 : 0);
    if (side !== null && onSpine) arrows.push({ y1: y, y2: branchY(side), head: false });
  }
  if (side !== null) y = Math.max(y, side.y + side.height);
  const branch = side !== null && onSpine ? { x1: spineX, x2: sideX, y: branchY(side) } : null;
  return { width, height: Math.ceil(y) + 2, spineX, boxes, arrows, side, branch, shortened };
}

/** The arrow to the side box points at its first line. */
function branchY(side: SideBox): number {
  return side.y + PADDING + LINE_HEIGHT / 2;
}

type Wrap = (text: string, chars: number, lines: number) => string[];

function chainBox(
  step: FlowStep,
  x: number,
  y: number,
  width: number,
  chars: number,
  wrap: Wrap,
): ChainBox {
  const label = wrap(step.label, chars, LABEL_LINES);
  const count = wrap(step.count, chars, COUNT_LINES);
  const labelTop = y + PADDING;
  const countTop = labelTop + label.length * LINE_HEIGHT;
  const height = 2 * PADDING + (label.length + count.length) * LINE_HEIGHT;
  return {
    x,
    y,
    width,
    height,
    label: { lines: label, y: labelTop },
    count: { lines: count, y: countTop },
  };
}

function sideBox(
  side: NonNullable<FlowDiagramModel['side']>,
  x: number,
  y: number,
  width: number,
  wrap: Wrap,
): SideBox {
  const chars = (width - 2 * PADDING) / CHAR_WIDTH;
  const head = chainBox(side, x, y, width, chars, wrap);
  let bottom = head.y + head.height;
  const ruleY = side.reasons.length === 0 ? null : bottom - PADDING / 2;
  const reasons = side.reasons.map((reason) => {
    const beside = reason.count.length <= SHORT_COUNT;
    const labelChars = beside ? chars - SHORT_COUNT - 1 : chars;
    const label = wrap(reason.label, labelChars, LABEL_LINES);
    const count = beside ? [reason.count] : wrap(reason.count, chars, COUNT_LINES);
    const top = bottom;
    const countTop = beside ? top : top + label.length * LINE_HEIGHT;
    bottom = beside ? top + label.length * LINE_HEIGHT : countTop + count.length * LINE_HEIGHT;
    bottom += 2;
    return { label: { lines: label, y: top }, count: { lines: count, y: countTop, beside } };
  });
  const height = bottom - y + (side.reasons.length === 0 ? 0 : PADDING);
  return { ...head, height, ruleY, reasons };
}
