import { divIcon, type DivIcon } from 'leaflet';

/** "950", "1.2k", "10k": what fits in the badge (the accessible name always has the full count). */
export function shortCount(count: number): string {
  if (count < 1000) return String(count);
  const thousands = count / 1000;
  return `${thousands < 10 ? thousands.toFixed(1).replace(/\.0$/, '') : Math.round(thousands)}k`;
}

/** Badge diameter in CSS pixels, growing with the count's magnitude. */
export function clusterSize(count: number): number {
  if (count < 10) return 28;
  if (count < 100) return 34;
  if (count < 1000) return 40;
  return 46;
}

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
