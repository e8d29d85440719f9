import type { Site } from '@/trial/trial-schema';
import { projectPoint, unprojectPoint, WORLD_PIXELS, type PixelPoint } from './web-mercator';

/**
 * The view the sites map opens at, shared by the build-time map picture and the live map: a
 * rectangle of Web Mercator zoom-0 pixels (web-mercator.ts). Shown in a box of any size, the whole
 * rectangle fits, centred, at the scale of the tighter side: SVG's `xMidYMid meet`, and Leaflet's
 * fitBounds without padding at a fractional zoom. So picture and map agree in every box.
 */
export interface PictureView {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BoxSize {
  width: number;
  height: number;
}

/**
 * The box the picture is drawn for: about the map's box beside the sections on a laptop screen.
 * Its markers have their live size there (bigger or smaller in other boxes, like any image), and
 * its clusters and outline detail are those the live map draws at that box's zoom.
 */
export const NOMINAL_BOX: BoxSize = { width: 520, height: 600 };

/**
 * Room around the sites, as a share of their span on each side: no marker at the very edge. (A
 * site's popup at an edge still pans the far edge's sites out of a narrow map; more room opens
 * world-wide trials below zoom 1, where the reader's least zoom is fractional: opening-view.tsx.)
 */
export const VIEW_MARGIN = 0.1;

/**
 * The least span of a view on each axis, in zoom-0 pixels: what zoom 9 shows across 480 px, a city
 * and its surroundings. One site, or sites in one city, are not shown at street level.
 */
export const MIN_VIEW_SPAN = 480 / 2 ** 9;

/** With no located site: the world's width around 20°N, as the map opened before (zoom 1 at [20, 0]). */
const WORLD_VIEW_CENTRE: PixelPoint = projectPoint(20, 0);
const WORLD_VIEW_HEIGHT = WORLD_PIXELS * 0.75;

/**
 * The located sites' projected bounds, widened by VIEW_MARGIN and to at least MIN_VIEW_SPAN;
 * the world view when no site has a location. Like Leaflet's fitBounds, the bounds are plain
 * (sites on both sides of ±180° span the world the long way).
 */
export function pictureView(sites: readonly Site[]): PictureView {
  let west = Infinity;
  let east = -Infinity;
  let north = Infinity;
  let south = -Infinity;
  for (const { location } of sites) {
    if (!location) continue;
    const { x, y } = projectPoint(location.lat, location.lon);
    west = Math.min(west, x);
    east = Math.max(east, x);
    north = Math.min(north, y);
    south = Math.max(south, y);
  }
  if (west === Infinity) {
    return withinWorld(centred(WORLD_VIEW_CENTRE, WORLD_PIXELS, WORLD_VIEW_HEIGHT));
  }
  const span = (extent: number) => Math.max(extent * (1 + 2 * VIEW_MARGIN), MIN_VIEW_SPAN);
  const centre = { x: (west + east) / 2, y: (north + south) / 2 };
  return withinWorld(centred(centre, span(east - west), span(south - north)));
}

function centred(centre: PixelPoint, width: number, height: number): PictureView {
  return { x: centre.x - width / 2, y: centre.y - height / 2, width, height };
}

/**
 * Moved north or south to lie within the world's height (at most that tall): Leaflet draws points
 * beyond MAX_LATITUDE at it, so a view reaching past it would not come back the same from its
 * bounds in degrees.
 */
function withinWorld(view: PictureView): PictureView {
  const height = Math.min(view.height, WORLD_PIXELS);
  const y = Math.min(Math.max(view.y, 0), WORLD_PIXELS - height);
  return { ...view, y, height };
}

/** Box pixels per zoom-0 pixel when the view fits the box (the tighter side). */
export function fitScale(view: PictureView, box: BoxSize): number {
  return Math.min(box.width / view.width, box.height / view.height);
}

/** The (fractional) zoom at which the view fits the box: a zoom-0 pixel is 2^zoom box pixels. */
export function fitZoom(view: PictureView, box: BoxSize): number {
  return Math.log2(fitScale(view, box));
}

/** Where a zoom-0 point falls in a box the view is fitted to, from the box's top left. */
export function viewToBox(point: PixelPoint, view: PictureView, box: BoxSize): PixelPoint {
  const scale = fitScale(view, box);
  return {
    x: box.width / 2 + (point.x - (view.x + view.width / 2)) * scale,
    y: box.height / 2 + (point.y - (view.y + view.height / 2)) * scale,
  };
}

/**
 * The whole zoom level whose outlines and clusters the live map draws at a (fractional) zoom:
 * the nearest one. The picture draws those of its nominal zoom the same way.
 */
export function drawnZoom(zoom: number): number {
  return Math.round(zoom);
}

/** The view's corners in degrees, as Leaflet takes bounds: [[south, west], [north, east]]. */
export function viewBounds(view: PictureView): [[number, number], [number, number]] {
  const [north, west] = unprojectPoint({ x: view.x, y: view.y });
  const [south, east] = unprojectPoint({ x: view.x + view.width, y: view.y + view.height });
  return [
    [south, west],
    [north, east],
  ];
}
