/**
 * Opt-in raster tiles, set by the deployer at build time:
 *   VITE_TILE_URL=https://tile.openstreetmap.org/{z}/{x}/{y}.png
 *   VITE_TILE_ATTRIBUTION='&copy; OpenStreetMap contributors'
 * Unset (the default), the map makes no request to any other origin.
 */
export interface TileLayerSetting {
  /** An https URL template with {z} (and {x}, {y}). */
  url: string;
  attribution: string;
}

const TILE_URL_TEMPLATE = /^https:\/\/\S+\{z\}\S*$/;
const DEFAULT_ATTRIBUTION = 'Map tiles: see the deployer’s tile provider';

export function tileLayerSetting(
  env: Record<string, unknown> = import.meta.env,
): TileLayerSetting | null {
  const url = env.VITE_TILE_URL;
  if (!url) return null;
  const attribution = env.VITE_TILE_ATTRIBUTION ?? DEFAULT_ATTRIBUTION;
  if (typeof url !== 'string' || !TILE_URL_TEMPLATE.test(url)) return null;
  if (typeof attribution !== 'string' || attribution === '') return null;
  return { url, attribution };
}
