import type { BBox } from 'geojson';
import type { Site } from '@/trial/trial-schema';
import { BADGE_Z_OFFSET, clusterSize, shortCount } from '../cluster-badge';
import { MARKER_EDGE, MARKER_RING } from '../map-look';
import { buildPointIndex, drawnItems } from '../point-index';
import { siteStatusColor } from '../site-status-style';
import { MARKER_SIZE, spreadOffsets } from '../spread-offsets';
import {
  fromGrid,
  GRID_PER_PIXEL,
  toGrid,
  type GridRect,
  type PictureFrame,
} from './picture-frame';
import { projectPoint, unprojectPoint, type PixelPoint } from './web-mercator';

/**
 * The live markers' look (sites-map.css) in grid units: a site is a disc of its status colour in
 * a white ring, with a dark edge outside; a cluster badge a dark disc in a white ring with a soft
 * halo, or (sites at one point) a double ring; a spread site a thin leg back to its true point.
 */
const G = GRID_PER_PIXEL;
const RING = 2 * G;
const MARKER_RADIUS = (MARKER_SIZE / 2) * G;
const LEG = `stroke="${MARKER_EDGE}" stroke-opacity=".7" stroke-width="${2 * G}"`;
/** The badges' count: white, bold 12 px (0.75rem), centred on the badge. */
export const BADGE_TEXT = `fill="${MARKER_RING}" font-family="system-ui,sans-serif" font-size="${12 * G}" font-weight="700" text-anchor="middle"`;

function dotShape(color: string): string {
  return (
    `<circle r="${MARKER_RADIUS + G}" fill="${MARKER_EDGE}"/>` +
    `<circle r="${MARKER_RADIUS - RING / 2}" fill="${color}" stroke="${MARKER_RING}" stroke-width="${RING}"/>`
  );
}

function badgeShape(size: number, atOnePoint: boolean): string {
  const radius = (size / 2) * G;
  const badge = `<circle r="${radius - RING / 2}" fill="${MARKER_EDGE}" stroke="${MARKER_RING}" stroke-width="${RING}"/>`;
  if (atOnePoint) {
    return (
      `<circle r="${radius + 5 * G}" fill="${MARKER_EDGE}"/>` +
      `<circle r="${radius + 4 * G}" fill="${MARKER_RING}"/>` +
      `<circle r="${radius + 2 * G}" fill="${MARKER_EDGE}"/>${badge}`
    );
  }
  const halo = `<circle r="${radius + 1.5 * G}" fill="none" stroke="${MARKER_EDGE}" stroke-opacity=".35" stroke-width="${3 * G}"/>`;
  return halo + badge;
}

/** The shapes drawn more than once, each defined once (`<use href="#id">`), by id. */
class Shapes {
  readonly byId = new Map<string, string>();
  private readonly colorIds = new Map<string, string>();

  dot(color: string): string {
    let id = this.colorIds.get(color);
    if (!id) {
      id = `d${this.colorIds.size}`;
      this.colorIds.set(color, id);
      this.byId.set(id, dotShape(color));
    }
    return id;
  }

  badge(size: number, atOnePoint: boolean): string {
    const id = `${atOnePoint ? 'p' : 'b'}${size}`;
    if (!this.byId.has(id)) this.byId.set(id, badgeShape(size, atOnePoint));
    return id;
  }

  defs(): string {
    return [...this.byId].map(([id, shape]) => `<g id="${id}">${shape}</g>`).join('');
  }
}

const placed = (id: string, at: PixelPoint) => `<use href="#${id}" x="${at.x}" y="${at.y}"/>`;

function badge(shapes: Shapes, at: PixelPoint, count: number, atOnePoint: boolean): string {
  const id = shapes.badge(clusterSize(count), atOnePoint);
  return `${placed(id, at)}<text x="${at.x}" y="${at.y}" dy=".35em">${shortCount(count)}</text>`;
}

/** Sites at one point, spread around it as the live map spreads them, each with its leg. */
function spread(shapes: Shapes, at: PixelPoint, sites: readonly Site[]): string {
  const offsets = spreadOffsets(sites.length);
  return sites
    .map((site, i) => {
      const [dx, dy] = offsets[i] ?? [0, 0];
      const centre = { x: at.x + dx * G, y: at.y + dy * G };
      const leg =
        dx === 0 && dy === 0
          ? ''
          : `<path d="M${centre.x} ${centre.y}l${-dx * G} ${-dy * G}" ${LEG}/>`;
      return leg + placed(shapes.dot(siteStatusColor(site.status)), centre);
    })
    .join('');
}

/** The area in degrees, [west, south, east, north], as the live map asks its cluster index. */
function areaBBox(frame: PictureFrame, area: GridRect): BBox {
  const [north, west] = unprojectPoint(fromGrid(frame, { x: area.left, y: area.top }));
  const [south, east] = unprojectPoint(fromGrid(frame, { x: area.right, y: area.bottom }));
  return [west, Math.max(-90, south), east, Math.min(90, north)];
}

export interface PictureMarkers {
  /** Shape definitions, for `<defs>`. */
  defs: string;
  /** The markers in drawing order, for a group with BADGE_TEXT's attributes. */
  body: string;
}

/**
 * The site markers as the live map draws them at `zoom` (a whole level): every site when there
 * are few (CLUSTER_ABOVE), sites sharing a point spread around it; else clusters, single sites
 * and badges for shared points. Stacked like Leaflet's markers: by the y of their point, badges
 * above sites.
 */
export function pictureMarkers(
  sites: readonly Site[],
  frame: PictureFrame,
  area: GridRect,
  zoom: number,
): PictureMarkers {
  const index = buildPointIndex(sites);
  const shapes = new Shapes();
  const drawn = drawnItems(index, areaBBox(frame, area), zoom).map((item) => {
    const lat = item.kind === 'cluster' ? item.lat : item.group.lat;
    const at = toGrid(frame, projectPoint(lat, item.lon));
    if (item.kind === 'cluster') {
      return { z: at.y / G + BADGE_Z_OFFSET, svg: badge(shapes, at, item.sites, false) };
    }
    const { sites: atPoint } = item.group;
    if (index.clusters && atPoint.length > 1) {
      return { z: at.y / G + BADGE_Z_OFFSET, svg: badge(shapes, at, atPoint.length, true) };
    }
    return { z: at.y / G, svg: spread(shapes, at, atPoint) };
  });
  drawn.sort((a, b) => a.z - b.z);
  return { defs: shapes.defs(), body: drawn.map((marker) => marker.svg).join('') };
}
