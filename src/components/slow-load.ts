/**
 * How long loading may take before the loading note says it is taking longer than usual and
 * offers "Try again" (a plain module: the end-to-end tests fast-forward the page's clock by it).
 */
export const SLOW_LOAD_MS = 8000;
