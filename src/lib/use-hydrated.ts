import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

/**
 * False while the page is rendered to HTML (the prerender) and during the first, hydrating render
 * in the browser, which must produce exactly that HTML; true from the render right after (React
 * re-renders every reader once hydration is done), and at once on a page rendered from scratch.
 * Parts that only the browser can draw (the live map, the windowed rows) wait for it, so the
 * server's markup and the first client render always match.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
