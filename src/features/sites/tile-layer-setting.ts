import { z } from 'zod';

/**
 * Opt-in raster tiles, set by the deployer at build time:
 *   VITE_TILE_URL=https://tile.openstreetmap.org/{z}/{x}/{y}.png
 *   VITE_TILE_ATTRIBUTION='&copy; OpenStreetMap contributors'
 * Unset (the default), the map makes no request to any other origin.
 */
const settingSchema = z.object({
  url: z
    .string()
    .regex(/^https:\/\/\S+\{z\}\S*$/, 'must be an https URL template with {z}, {x}, {y}'),
  attribution: z.string().min(1),
});

export type TileLayerSetting = z.infer<typeof settingSchema>;

export function tileLayerSetting(
  env: Record<string, unknown> = import.meta.env,
): TileLayerSetting | null {
  if (!env.VITE_TILE_URL) return null;
  const parsed = settingSchema.safeParse({
    url: env.VITE_TILE_URL,
    attribution: env.VITE_TILE_ATTRIBUTION ?? 'Map tiles: see the deployer’s tile provider',
  });
  return parsed.success ? parsed.data : null;
}
