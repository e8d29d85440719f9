/**
 * The sites map's colours and strokes, shared by the live map and the build-time map picture
 * (which cannot read CSS). sites-map.css holds the same values for the live map's markers and
 * ocean; map-look.test.ts checks that the two agree.
 */

/** The sea: the map's background, where no country is drawn. */
export const OCEAN_COLOR = '#c9dbe6';

/** Country outlines: stroke colour and width in CSS pixels, fill. */
export const COUNTRY_LOOK = { stroke: '#8795a1', strokeWidth: 0.8, fill: '#eef2f5' } as const;

/** The white ring of a site marker and a cluster badge. */
export const MARKER_RING = '#fff';

/** The dark edge around a marker's ring; also a cluster badge's fill. */
export const MARKER_EDGE = '#1b2430';
