/** The map chunk (Leaflet, react-leaflet, clustering): loaded when the map mounts, or earlier by preloadFirstView. */
export const loadSitesMap = () => import('./sites-map');
