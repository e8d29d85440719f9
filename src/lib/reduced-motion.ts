/** True when the user (or a scripted demo) asked for reduced motion: no animated pans, zooms or scrolls. */
export function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}
