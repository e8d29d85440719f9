import { divIcon, type DivIcon } from 'leaflet';
import { siteName } from '@/trial/site-text';
import type { Site } from '@/trial/trial-schema';
import { siteStatusColor, siteStatusLabel } from './site-status-style';
import { MARKER_SIZE } from './spread-offsets';

/**
 * A marker as a divIcon built from DOM nodes (text via textContent, colour and geometry via CSSOM),
 * so record text can never become markup and no inline style attribute is needed.
 * Its visually hidden text is the marker button's accessible name. A marker spread away from its
 * true point (sites sharing one point) draws a thin leg back to that point.
 */
export function siteMarkerIcon(site: Site, offset: [number, number]): DivIcon {
  const [dx, dy] = offset;
  const root = document.createElement('span');
  root.className = 'site-marker-body';
  if (dx !== 0 || dy !== 0) {
    const leg = document.createElement('span');
    leg.className = 'site-marker-leg';
    leg.setAttribute('aria-hidden', 'true');
    leg.style.setProperty('--leg-length', `${Math.hypot(dx, dy)}px`);
    leg.style.setProperty('--leg-angle', `${Math.atan2(-dy, -dx)}rad`);
    root.append(leg);
  }
  const dot = document.createElement('span');
  dot.className = 'site-marker-dot';
  dot.style.setProperty('--marker-color', siteStatusColor(site.status));
  const name = document.createElement('span');
  name.className = 'visually-hidden';
  name.textContent = `${siteName(site)}: ${siteStatusLabel(site.status)}`;
  root.append(dot, name);
  const half = MARKER_SIZE / 2;
  return divIcon({
    html: root,
    className: 'site-marker',
    iconSize: [MARKER_SIZE, MARKER_SIZE],
    iconAnchor: [half - dx, half - dy],
    popupAnchor: [dx, dy - half],
  });
}
