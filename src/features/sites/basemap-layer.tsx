import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { GeoJSON, TileLayer } from 'react-leaflet';
import { basemapDetailAt } from './basemap-detail';
import { basemapQueryOptions } from './basemap-query';
import { COUNTRY_LOOK } from './map-look';
import { tileLayerSetting } from './tile-layer-setting';
import { useLatest } from './use-latest';
import { useMapView } from './use-map-view';

const COUNTRY_STYLE = {
  // Whole outlines, not clipped to the view: the drawing then depends only on the zoom, not on the
  // order of fits, pans and data arrival, so screenshots and demos are the same on every run.
  noClip: true,
  color: COUNTRY_LOOK.stroke,
  weight: COUNTRY_LOOK.strokeWidth,
  fillColor: COUNTRY_LOOK.fill,
  fillOpacity: 1,
};

const NATURAL_EARTH =
  'Country shapes: <a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener noreferrer">Natural Earth</a>';

/**
 * The default basemap: bundled Natural Earth country outlines drawn as GeoJSON,
 * no tile server and no third-party request. A raster tile layer is drawn on top
 * only when the deployer configured one at build time (VITE_TILE_URL).
 * If the outlines fail to load, markers and tables keep working (the panel says so).
 * `onSettled`: called once the outlines the view needs are drawn, or could not be loaded.
 */
export function BasemapLayer({ onSettled }: { onSettled?: (() => void) | undefined }) {
  const { zoom } = useMapView();
  const coarse = useQuery(basemapQueryOptions('coarse'));
  const fineWanted = basemapDetailAt(zoom) === 'fine';
  const fine = useQuery(basemapQueryOptions('fine', fineWanted));
  // While the fine outlines load (or if they fail), the coarse ones stay.
  const shown = fineWanted && fine.data ? fine : coarse;
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
      {shown.data && (
        <GeoJSON
          key={shown === fine ? 'fine' : 'coarse'}
          data={shown.data}
          style={COUNTRY_STYLE}
          interactive={false}
          attribution={NATURAL_EARTH}
        />
      )}
      {tiles && <TileLayer url={tiles.url} attribution={tiles.attribution} />}
    </>
  );
}
