import { divIcon, layerGroup, marker, type Marker } from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { useMap } from 'react-leaflet';
import type { MapPlace } from '@/trial/map-places-format';
import type { Site } from '@/trial/trial-schema';
import { labelCandidates, placeLabels, type LabelCandidate } from './label-placement';
import './place-labels.css';

/** Their own pane, under the markers and popups, hidden from assistive technology as a whole. */
const PANE = 'placeLabels';

function labelMarker(candidate: LabelCandidate): Marker {
  const name = document.createElement('span');
  name.className = 'place-label__name';
  name.textContent = candidate.name;
  return marker([candidate.lat, candidate.lon], {
    pane: PANE,
    icon: divIcon({
      className: `place-label place-label--${candidate.kind}`,
      html: name,
      iconSize: [0, 0],
    }),
    interactive: false,
    keyboard: false,
  });
}

/**
 * The names of places on the map: the site cities, and the capitals and large cities around them
 * (`places`: the trial's map places file; none for a trial opened from a file), each shown at the
 * zooms where it collides with no other name and no site's marker (label-placement.ts). Text for
 * the eye only: the pane is aria-hidden, since the sites table is the map's text alternative.
 */
export function PlaceLabelsLayer({
  sites,
  places,
}: {
  sites: readonly Site[];
  places: (() => Promise<MapPlace[]>) | null;
}) {
  const map = useMap();
  const [around, setAround] = useState<readonly MapPlace[]>([]);
  useEffect(() => {
    if (places === null) return;
    let live = true;
    places()
      .then((loaded) => {
        if (live) setAround(loaded);
      })
      // The names around are a help, not the map: without them the site cities are still named.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [places]);

  const candidates = useMemo(() => labelCandidates(sites, around), [sites, around]);
  const points = useMemo(
    () => sites.flatMap((site) => (site.location ? [site.location] : [])),
    [sites],
  );

  useEffect(() => {
    const pane = map.getPane(PANE) ?? map.createPane(PANE);
    pane.setAttribute('aria-hidden', 'true');
    const group = layerGroup().addTo(map);
    const markers = new Map<string, Marker>();
    const byZoom = new Map<number, Set<string>>();
    const draw = () => {
      const zoom = Math.round(map.getZoom());
      let shown = byZoom.get(zoom);
      if (!shown) {
        shown = placeLabels(candidates, points, zoom);
        byZoom.set(zoom, shown);
      }
      group.clearLayers();
      for (const candidate of candidates) {
        if (!shown.has(candidate.id)) continue;
        let label = markers.get(candidate.id);
        if (!label) {
          label = labelMarker(candidate);
          markers.set(candidate.id, label);
        }
        group.addLayer(label);
      }
    };
    draw();
    map.on('zoomend', draw);
    return () => {
      map.off('zoomend', draw);
      group.remove();
    };
  }, [map, candidates, points]);
  return null;
}
