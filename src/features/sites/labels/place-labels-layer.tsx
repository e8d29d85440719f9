import { divIcon, layerGroup, marker, type Marker } from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { useMap } from 'react-leaflet';
import type { MapPlace } from '@/trial/map-places-format';
import { locatedPoints } from '@/trial/located-points';
import type { Site } from '@/trial/trial-schema';
import { labelCandidates, placeLabels, type LabelCandidate } from './label-placement';
import './place-labels.css';

/** Their own pane, under the markers and popups, hidden from assistive technology as a whole. */
const PANE = 'placeLabels';
/** Names this far beyond the view (a share of its size) are drawn too, so a short pan shows them. */
const VIEW_MARGIN = 0.5;

/** The longest the names wait for an idle moment (a busy page still gets them soon). */
const IDLE_LIMIT_MS = 100;

/** Runs `work` when the page is idle; returns what cancels it. */
function whenIdle(work: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(work, { timeout: IDLE_LIMIT_MS });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 0);
  return () => clearTimeout(handle);
}

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
  const points = useMemo(() => locatedPoints(sites), [sites]);

  useEffect(() => {
    const pane = map.getPane(PANE) ?? map.createPane(PANE);
    pane.setAttribute('aria-hidden', 'true');
    const group = layerGroup().addTo(map);
    const markers = new Map<string, Marker>();
    const drawn = new Set<string>();
    const byZoom = new Map<number, Set<string>>();
    // Only the names in and near the view are in the page: zoomed in on a trial of thousands of
    // sites, thousands are placed, and every drawn marker costs Leaflet work at each zoom.
    const draw = () => {
      const zoom = Math.round(map.getZoom());
      let placed = byZoom.get(zoom);
      if (!placed) {
        placed = placeLabels(candidates, points, zoom);
        byZoom.set(zoom, placed);
      }
      const near = map.getBounds().pad(VIEW_MARGIN);
      const wanted = new Set(
        candidates
          .filter((c) => placed.has(c.id) && near.contains([c.lat, c.lon]))
          .map((c) => c.id),
      );
      for (const id of drawn) {
        if (wanted.has(id)) continue;
        const label = markers.get(id);
        if (label) group.removeLayer(label);
        drawn.delete(id);
      }
      for (const candidate of candidates) {
        if (!wanted.has(candidate.id) || drawn.has(candidate.id)) continue;
        let label = markers.get(candidate.id);
        if (!label) {
          label = labelMarker(candidate);
          markers.set(candidate.id, label);
        }
        group.addLayer(label);
        drawn.add(candidate.id);
      }
    };
    // When the page is next idle (within IDLE_LIMIT_MS), after what moved the map (a selection, a
    // fit to the nearest sites) is drawn: the names help the eye; they are not the answer to the
    // reader's action, and must not delay it.
    let pending: (() => void) | null = null;
    const schedule = () => {
      pending ??= whenIdle(() => {
        pending = null;
        draw();
      });
    };
    schedule();
    // After a zoom too (Leaflet ends every zoom with a move).
    map.on('moveend', schedule);
    return () => {
      map.off('moveend', schedule);
      pending?.();
      group.remove();
    };
  }, [map, candidates, points]);
  return null;
}
