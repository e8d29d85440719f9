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
