/**
 * The sites' code that runs only once the page is hydrated, in one chunk: the live map (Leaflet,
 * react-leaflet, clustering) and the place box with its nearest-site summary. One chunk, not two:
 * a second lazy chunk sharing the page's components made the bundler split those out of the
 * page's own chunk (4 kB more of initial JavaScript, in more files).
 */
export { SitesMap } from './sites-map';
export { NearestSitePanel } from './nearest/nearest-site-panel';
