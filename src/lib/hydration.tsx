import {
  createContext,
  startTransition,
  useContext,
  useEffect,
  useState,
  type ReactNode,
} from 'react';

/** True wherever no hydration is under way: a page React draws itself, and unit tests. */
const Hydrated = createContext(true);

/**
 * Wraps a tree that is rendered to HTML (the prerender) or hydrated from it: its parts read
 * `useHydrated()` as false there and in the hydrating render, which must reproduce the server's
 * markup exactly, and as true from the next render on. That next render is a transition, so React
 * draws what only the browser can (the windowed rows, the live map) in slices that yield to the
 * reader's input, not in one long task (a store read by useSyncExternalStore would re-render
 * everything at once, synchronously).
 */
export function HydrationBoundary({ children }: { children: ReactNode }) {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => {
    startTransition(() => setHydrated(true));
  }, []);
  return <Hydrated value={hydrated}>{children}</Hydrated>;
}

/**
 * False while the page is rendered to HTML and during the hydrating render in the browser; true
 * after, and at once on a page rendered from scratch. Parts that only the browser can draw (the
 * live map, the windowed rows) wait for it, so the server's markup and the first client render
 * always match.
 */
export function useHydrated(): boolean {
  return useContext(Hydrated);
}
