/** The screen the demo and the bench drive: fixed, so runs compare. */
export const VIEWPORT = { width: 1280, height: 800 };

/**
 * Browser-context options that take chance out of a scripted run: fixed viewport and scale, reduced
 * motion (the app jumps instead of animating), light scheme, one locale and time zone.
 */
export const STEADY_CONTEXT_OPTIONS = {
  viewport: VIEWPORT,
  deviceScaleFactor: 1,
  reducedMotion: 'reduce',
  colorScheme: 'light',
  locale: 'en-US',
  timezoneId: 'UTC',
} as const;

/**
 * Raster the same pixels on every run. Without partial raster, a changed tile is drawn whole, never
 * patched in the changed rectangle only: patched edges of layers at fractional offsets (the map sits
 * at x = 764.8 px) anti-aliased differently depending on what had changed before. One raster thread
 * draws tiles in the same order.
 */
export const DETERMINISTIC_RASTER_ARGS = ['--disable-partial-raster', '--num-raster-threads=1'];
