import { fitScale, NOMINAL_BOX, type PictureView } from './picture-view';
import type { PixelPoint } from './web-mercator';

/**
 * The map picture's drawing grid: whole units of GRID_PER_PIXEL to a pixel of the nominal box
 * (NOMINAL_BOX), counted from the view's top left. Integers keep the SVG small (path steps of a
 * few digits) and are finer than the live map, which rounds points to whole screen pixels (a quarter pixel here).
 */
export const GRID_PER_PIXEL = 4;

/**
 * The widest and the tallest box, relative to the view, that the picture fills with real
 * geography: an image box of another shape shows more than the view on two sides (SVG `meet`),
 * so outlines are drawn that far out.
 */
export const LETTERBOX_RATIO = 4;

export interface PictureFrame {
  /** The view's top left in zoom-0 pixels: the grid's origin. */
  originX: number;
  originY: number;
  /** Grid units per zoom-0 pixel. */
  scale: number;
}

/** A rectangle of grid units. */
export interface GridRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function pictureFrame(view: PictureView): PictureFrame {
  return {
    originX: view.x,
    originY: view.y,
    scale: fitScale(view, NOMINAL_BOX) * GRID_PER_PIXEL,
  };
}

/** A zoom-0 point on the grid (whole units). */
export function toGrid(frame: PictureFrame, point: PixelPoint): PixelPoint {
  return {
    x: Math.round((point.x - frame.originX) * frame.scale),
    y: Math.round((point.y - frame.originY) * frame.scale),
  };
}

/** Grid units back to zoom-0 pixels. */
export function fromGrid(frame: PictureFrame, point: PixelPoint): PixelPoint {
  return { x: frame.originX + point.x / frame.scale, y: frame.originY + point.y / frame.scale };
}

/** What the picture draws on, in grid units: the view, widened to fill a box up to LETTERBOX_RATIO. */
export function drawnArea(view: PictureView, frame: PictureFrame): GridRect {
  const width = Math.max(view.width, view.height * LETTERBOX_RATIO) * frame.scale;
  const height = Math.max(view.height, view.width * LETTERBOX_RATIO) * frame.scale;
  const centreX = (view.width * frame.scale) / 2;
  const centreY = (view.height * frame.scale) / 2;
  return {
    left: Math.floor(centreX - width / 2),
    top: Math.floor(centreY - height / 2),
    right: Math.ceil(centreX + width / 2),
    bottom: Math.ceil(centreY + height / 2),
  };
}
