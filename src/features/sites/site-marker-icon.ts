import { divIcon, type DivIcon } from 'leaflet';
import { siteName } from '@/trial/site-text';
import type { Site } from '@/trial/trial-schema';
import { siteStatusColor, siteStatusLabel } from './site-status-style';

export const MARKER_SIZE = 18;

/**
 * A marker as a divIcon built from DOM nodes (text via textContent, colour via CSSOM),
 * so record text can never become markup and no inline style attribute is needed.
 * Its visually hidden text is the marker button's accessible name.
 */
export function siteMarkerIcon(site: Site, offset: [number, number]): DivIcon {
  const root = document.createElement('span');
  root.className = 'site-marker-dot';
  root.style.setProperty('--marker-color', siteStatusColor(site.status));
  const name = document.createElement('span');
  name.className = 'visually-hidden';
  name.textContent = `${siteName(site)}: ${siteStatusLabel(site.status)}`;
  root.append(name);
  const half = MARKER_SIZE / 2;
  return divIcon({
    html: root,
    className: 'site-marker',
    iconSize: [MARKER_SIZE, MARKER_SIZE],
    iconAnchor: [half - offset[0], half - offset[1]],
    popupAnchor: [offset[0], offset[1] - half],
  });
}
