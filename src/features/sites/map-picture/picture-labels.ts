import { escapeHtml } from '@/lib/html-escape';
import type { MapPlace } from '@/trial/map-places-format';
import { locatedPoints } from '@/trial/located-points';
import type { Site } from '@/trial/trial-schema';
import { labelCandidates, placeLabels, type LabelCandidate } from '../labels/label-placement';
import { GRID_PER_PIXEL, toGrid, type GridRect, type PictureFrame } from './picture-frame';
import { projectPoint } from './web-mercator';

/**
 * The live map's place names (labels/place-labels.css) in grid units: dark text with a white
 * halo, a site city's name bold beyond its marker, another place's beside a small dot, a
 * country's capital in capitals.
 */
const G = GRID_PER_PIXEL;
const INK = '#1f2d3a';
const HALO = `stroke="#fff" stroke-width="${3 * G}" stroke-linejoin="round" paint-order="stroke"`;
export const LABEL_TEXT = `fill="${INK}" font-family="system-ui,sans-serif" font-size="${12 * G}" dominant-baseline="central" ${HALO}`;

function label(candidate: LabelCandidate, at: { x: number; y: number }): string {
  const name = escapeHtml(
    candidate.kind === 'capital' ? candidate.name.toUpperCase() : candidate.name,
  );
  if (candidate.kind === 'site')
    return `<text x="${at.x + 14 * G}" y="${at.y}" font-weight="700">${name}</text>`;
  const dot = `<circle cx="${at.x}" cy="${at.y}" r="${3 * G}" fill="${INK}" stroke="#fff" stroke-width="${1.5 * G}"/>`;
  const look = candidate.kind === 'capital' ? ` font-weight="700" font-size="${11 * G}"` : '';
  return `${dot}<text x="${at.x + 6 * G}" y="${at.y}"${look}>${name}</text>`;
}

/**
 * The names the live map shows at `zoom` (the same choice: label-placement.ts) that fall in the
 * drawn area, for a group with LABEL_TEXT's attributes; so the picture the page shows first, and
 * prints, names the same places as the live map that replaces it.
 */
export function pictureLabels(
  sites: readonly Site[],
  places: readonly MapPlace[],
  frame: PictureFrame,
  area: GridRect,
  zoom: number,
): string {
  const candidates = labelCandidates(sites, places);
  const shown = placeLabels(candidates, locatedPoints(sites), Math.round(zoom));
  return candidates
    .filter((candidate) => shown.has(candidate.id))
    .map((candidate) => ({
      candidate,
      at: toGrid(frame, projectPoint(candidate.lat, candidate.lon)),
    }))
    .filter(
      ({ at }) =>
        at.x >= area.left && at.x <= area.right && at.y >= area.top && at.y <= area.bottom,
    )
    .map(({ candidate, at }) => label(candidate, at))
    .join('');
}
