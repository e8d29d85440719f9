import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { basemapQueryOptions } from '../basemap-query';
import { setUrlState, useUrlValue } from '@/lib/use-url-state';
import type { GazetteerPlace } from '@/trial/gazetteer-format';
import type { Site } from '@/trial/trial-schema';
import type { LatLon } from './distance';
import { DISTANCE_COLUMN_ID } from './near-point';
import { nearParamOf, readNear, useNearFromLink } from './near-from-link';
import { placePoint, setNearPoint, setPrivatePoint, useNearPoint } from './measure-from';
import { NearestSummary } from './nearest-summary';
import { PlaceBox } from './place-box';
import { DistanceUnitChoice } from './distance-unit-choice';
import { useDeviceLocation } from './use-device-location';
import type { GazetteerSource } from './gazetteer-source';
import { useGazetteer } from './use-gazetteer';
import './nearest.css';

/** The trial's countries, the one with the most sites first: their places are read in that order. */
function countriesBySites(sites: readonly Site[]): string[] {
  const counts = new Map<string, number>();
  for (const { country } of sites)
    if (country !== null) counts.set(country, (counts.get(country) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([country]) => country);
}

/**
 * Above the sites table: where to measure from (a place typed and chosen, "Use my location", or a
 * click on the map), then the nearest recruiting site and whom to call there. A chosen place goes
 * into the link (a clinician can send it); the device's position and a map click do not, unless
 * the reader asks ("Put this place in the link", rounded to about 1 km).
 */
export function NearestSitePanel({ sites, source }: { sites: Site[]; source: GazetteerSource }) {
  const point = useNearPoint();
  const near = useUrlValue((state) => state.near);
  const unit = useUrlValue((state) => state.units) ?? 'km';
  const sitesSort = useUrlValue((state) => state.sitesSort?.id ?? null);
  const [wanted, setWanted] = useState(false);
  const client = useQueryClient();
  const countries = useMemo(() => countriesBySites(sites), [sites]);
  const gazetteer = useGazetteer(source, countries, wanted || near !== null);
  const linkProblem = useNearFromLink(near, gazetteer);
  const { location, locate } = useDeviceLocation((position) => setPrivatePoint(position, 'device'));

  const choose = (place: GazetteerPlace) => {
    setNearPoint(placePoint(place));
    setUrlState({ near: place.ref, sitesSort: null });
  };
  const clear = () => {
    setNearPoint(null);
    setUrlState({ near: null, ...(sitesSort === DISTANCE_COLUMN_ID ? { sitesSort: null } : {}) });
  };
  const putInLink = (from: LatLon) => {
    const param = nearParamOf(from.lat, from.lon);
    const link = readNear(param);
    if (link !== null && 'point' in link) setNearPoint(link.point);
    setUrlState({ near: param });
  };
  const privatePoint = point !== null && (point.origin === 'device' || point.origin === 'map');

  return (
    <div className="nearest-panel" data-testid="nearest-panel">
      <PlaceBox
        gazetteer={gazetteer}
        onWanted={() => {
          setWanted(true);
          // A chosen place zooms the map in to its nearest sites, where the 1:50m outlines show:
          // fetched and decoded while the reader types, not after the choice.
          client.query(basemapQueryOptions('fine')).catch(() => undefined);
        }}
        onChoose={choose}
        chosenLabel={point?.origin === 'place' ? point.label : ''}
      />
      <div className="nearest-panel__actions">
        <button
          type="button"
          className="button-quiet nearest-panel__button"
          onClick={locate}
          disabled={location.state === 'asking'}
        >
          {location.state === 'asking' ? 'Finding your location…' : 'Use my location'}
        </button>
        {point && (
          <button type="button" className="button-quiet nearest-panel__button" onClick={clear}>
            Clear
          </button>
        )}
        {privatePoint && (
          <button
            type="button"
            className="button-quiet nearest-panel__button"
            onClick={() => putInLink(point)}
            title="Rounded to about 1 km; until you press this, your position stays out of the link"
          >
            Put this place in the link
          </button>
        )}
        {point && <DistanceUnitChoice unit={unit} />}
      </div>
      <p className="nearest-panel__problem" role="status">
        {location.state === 'failed' ? location.message : (linkProblem ?? '')}
      </p>
      {point && <NearestSummary sites={sites} point={point} unit={unit} />}
    </div>
  );
}
