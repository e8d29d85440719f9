import { useCallback, useEffect, useState, type ComponentType } from 'react';
import { loadSitesChunk } from './load-sites-chunk';
import type { SitesMapProps } from './sites-map';

export type SitesMapChunk =
  | { state: 'waiting' }
  | { state: 'loaded'; SitesMap: ComponentType<SitesMapProps> }
  | { state: 'failed'; error: Error };

/**
 * The live map's chunk (Leaflet and the map), loaded once `wanted`: after hydration, so neither
 * the server's render nor the hydrating one waits on it (nothing suspends). `retry` loads it anew
 * after a failure (a dropped connection, a deploy that replaced the chunk).
 */
export function useSitesMapChunk(wanted: boolean): { chunk: SitesMapChunk; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [chunk, setChunk] = useState<SitesMapChunk>({ state: 'waiting' });
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    loadSitesChunk().then(
      ({ SitesMap }) => {
        if (current) setChunk({ state: 'loaded', SitesMap });
      },
      (error: unknown) => {
        if (current) {
          setChunk({
            state: 'failed',
            error: error instanceof Error ? error : new Error(String(error)),
          });
        }
      },
    );
    return () => {
      current = false;
    };
  }, [wanted, attempt]);
  const retry = useCallback(() => {
    setChunk({ state: 'waiting' });
    setAttempt((count) => count + 1);
  }, []);
  return { chunk, retry };
}
