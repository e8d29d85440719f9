import { divIcon, type DivIcon } from 'leaflet';
import { clusterSize, shortCount } from './cluster-badge';

/**
 * A counted badge: a cluster of nearby points, or (`atOnePoint`) sites sharing one point that
 * spread out when activated. The visible count is decoration; `name` (visually hidden) is the
 * button's accessible name, so the count is in words too, never colour or size alone.
 */
export function clusterMarkerIcon(count: number, name: string, atOnePoint: boolean): DivIcon {
  const root = document.createElement('span');
  root.className = atOnePoint
    ? 'site-cluster-badge site-cluster-badge--point'
    : 'site-cluster-badge';
  const visible = document.createElement('span');
  visible.setAttribute('aria-hidden', 'true');
  visible.textContent = shortCount(count);
  const label = document.createElement('span');
  label.className = 'visually-hidden';
  label.textContent = name;
  root.append(visible, label);
  const size = clusterSize(count);
  return divIcon({ html: root, className: 'site-cluster', iconSize: [size, size] });
}
