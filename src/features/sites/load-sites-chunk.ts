/**
 * The sites' lazy chunk (sites-chunk.ts: the live map, the place box): loaded when the map or the
 * place box mounts, or earlier by preloadFirstView.
 */
export const loadSitesChunk = () => import('./sites-chunk');
