import type { FeatureCollection } from 'geojson';
import type { MapPlace } from '@/trial/map-places-format';
import type { Site } from '@/trial/trial-schema';
import { basemapDetailAt, type BasemapDetail } from '../basemap-detail';
import { COUNTRY_LOOK, OCEAN_COLOR } from '../map-look';
import { drawnArea, GRID_PER_PIXEL, pictureFrame } from './picture-frame';
import { LABEL_TEXT, pictureLabels } from './picture-labels';
import { pictureMarkers, BADGE_TEXT } from './picture-markers';
import { outlinePaths } from './picture-outlines';
import { drawnZoom, fitZoom, NOMINAL_BOX, pictureView, type PictureView } from './picture-view';

/** Zoom-0 pixels to a millionth: well under a hundredth of a screen pixel up to the map's deepest zoom. */
const decimals = (value: number) => String(Number(value.toFixed(6)));

function writtenView(view: PictureView): PictureView {
  const round = (value: number) => Number(decimals(value));
  return {
    x: round(view.x),
    y: round(view.y),
    width: round(view.width),
    height: round(view.height),
  };
}

const OUTLINE_LOOK =
  `fill="${COUNTRY_LOOK.fill}" fill-rule="evenodd" stroke="${COUNTRY_LOOK.stroke}" ` +
  `stroke-width="${COUNTRY_LOOK.strokeWidth * GRID_PER_PIXEL}" stroke-linejoin="round" stroke-linecap="round"`;

/**
 * The map picture of a trial's sites, as an SVG document: the view the live map opens at
 * (pictureView) as its viewBox, fitted to any box (`meet`, centred, as Leaflet fits it); the sea,
 * the country outlines at the detail the live map draws at the nominal zoom, and the markers as
 * it draws them, out to LETTERBOX_RATIO around the view so a box of another shape shows real
 * geography. The place names the live map shows at that zoom (`places`: the trial's map places)
 * lie between the outlines and the markers, as on the live map. Colours are presentation attributes (no style), so the page's CSP has nothing to
 * allow. Drawn on a grid of GRID_PER_PIXEL units per nominal pixel (one transform).
 */
export function mapPictureSvg(
  sites: readonly Site[],
  countries: Readonly<Record<BasemapDetail, FeatureCollection>>,
  places: readonly MapPlace[] = [],
): string {
  const view = writtenView(pictureView(sites));
  const frame = pictureFrame(view);
  const area = drawnArea(view, frame);
  const zoom = drawnZoom(fitZoom(view, NOMINAL_BOX));
  const outlines = outlinePaths(countries[basemapDetailAt(zoom)], frame, area);
  const markers = pictureMarkers(sites, frame, area, zoom);
  const labels = pictureLabels(sites, places, frame, area, zoom);
  const toZoom0 = String(Number((1 / frame.scale).toPrecision(10)));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${view.x} ${view.y} ${view.width} ${view.height}" preserveAspectRatio="xMidYMid meet">`,
    markers.defs && `<defs>${markers.defs}</defs>`,
    `<g transform="translate(${view.x} ${view.y}) scale(${toZoom0})">`,
    `<rect x="${area.left}" y="${area.top}" width="${area.right - area.left}" height="${area.bottom - area.top}" fill="${OCEAN_COLOR}"/>`,
    `<g ${OUTLINE_LOOK}>`,
    ...outlines.map((d) => `<path d="${d}"/>`),
    '</g>',
    labels && `<g ${LABEL_TEXT}>${labels}</g>`,
    `<g ${BADGE_TEXT}>${markers.body}</g>`,
    '</g>',
    '</svg>\n',
  ]
    .filter((line) => line !== '')
    .join('\n');
}
