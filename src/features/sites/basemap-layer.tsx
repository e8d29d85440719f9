import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { GeoJSON, TileLayer } from 'react-leaflet';
import { basemapDetailAt } from './basemap-detail';
import { basemapQueryOptions } from './basemap-query';
import { COUNTRY_LOOK } from './map-look';
import { clipOutlines, indexOutlines } from './outline-clip';
import { tileLayerSetting } from './tile-layer-setting';
import { useLatest } from './use-latest';
import { useMapView } from './use-map-view';

const COUNTRY_STYLE = {
  // Not clipped by Leaflet to its renderer's box (which follows the order of fits, pans and data
  // arrival): what is drawn depends only on the view, so screenshots and demos are the same on
  // every run. The coarse outlines are drawn whole; the fine ones cut at the padded view.
  noClip: true,
  color: COUNTRY_LOOK.stroke,
  weight: COUNTRY_LOOK.strokeWidth,
  fillColor: COUNTRY_LOOK.fill,
  fillOpacity: 1,
};

/**
 * The outlines' credit: part of the attribution control's prefix (sites-map.tsx), not the layer's
 * attribution, which Leaflet re-renders on every removal and addition of a layer: the fine outlines
 * are a new layer after each move (about 10 ms each time, on a 2,000-site map).
 */
export const NATURAL_EARTH_CREDIT =
  'Country shapes: <a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener noreferrer">Natural Earth</a>';

/**
 * The default basemap: bundled Natural Earth country outlines drawn as GeoJSON,
 * no tile server and no third-party request. A raster tile layer is drawn on top
 * only when the deployer configured one at build time (VITE_TILE_URL).
 * If the outlines fail to load, markers and tables keep working (the panel says so).
 * `onSettled`: called once the outlines the view needs are drawn, or could not be loaded.
 */
export function BasemapLayer({ onSettled }: { onSettled?: (() => void) | undefined }) {
  const { zoom, bbox } = useMapView();
  const coarse = useQuery(basemapQueryOptions('coarse'));
  const fineWanted = basemapDetailAt(zoom) === 'fine';
  const fine = useQuery(basemapQueryOptions('fine', fineWanted));
  // While the fine outlines load (or if they fail), the coarse ones stay.
  const fineIndex = useMemo(() => (fine.data ? indexOutlines(fine.data) : null), [fine.data]);
  const fineShown = fineWanted && fineIndex !== null;
  // At 1:50m only what the padded view reaches (outline-clip.ts): a move costs what it shows.
  const fineCut = useMemo(
    () => (fineShown ? clipOutlines(fineIndex, bbox) : null),
    [fineShown, fineIndex, bbox],
  );
  const outlines = fineCut ?? coarse.data;
  const wanted = fineWanted ? fine : coarse;
  const settled = wanted.isSuccess || (wanted.isError && !coarse.isPending);
  const settledCallback = useLatest(onSettled);
  // After the GeoJSON child's own effect, which adds the outlines to the map.
  useEffect(() => {
    if (settled) settledCallback.current?.();
  }, [settled, settledCallback]);
  const tiles = tileLayerSetting();
  return (
    <>
      {outlines && (
        <GeoJSON
          // A new layer for new data (react-leaflet's GeoJSON does not follow `data`).
          key={fineCut ? `fine:${bbox.join(',')}` : 'coarse'}
          data={outlines}
          style={COUNTRY_STYLE}
          interactive={false}
        />
      )}
      {tiles && <TileLayer url={tiles.url} attribution={tiles.attribution} />}
    </>
  );
}
