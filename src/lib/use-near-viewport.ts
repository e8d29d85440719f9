import { useEffect, useState, type RefObject } from 'react';

/** How far below the fold a part counts as near: a screen or so of scrolling. */
const NEAR_MARGIN = '800px 0px';

/**
 * Becomes true, for good, once the element comes within about a screen of the viewport (or at
 * once when `eager`): for a part of the page worth loading only when the reader gets to it.
 * Every browser the app supports has IntersectionObserver; without one (Node, jsdom) only
 * `eager` makes it true.
 */
export function useNearViewport(target: RefObject<Element | null>, eager = false): boolean {
  const [near, setNear] = useState(eager);
  useEffect(() => {
    if (near) return;
    const element = target.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: NEAR_MARGIN },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, target]);
  return near || eager;
}
