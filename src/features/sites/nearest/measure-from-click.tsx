import { popup, type LeafletMouseEvent } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { setPrivatePoint } from './measure-from';

/**
 * A click on the map's background offers "Measure from here": a popup at that point whose button
 * measures the sites' distances from it (in memory only, like "Use my location"). A click that
 * closes an open popup (a site's) only closes it. Keyboard readers type a place instead.
 */
export function MeasureFromClick() {
  const map = useMap();
  useEffect(() => {
    let popupWasOpen = false;
    const beforeClick = () => {
      // Leaflet closes an open popup on this same click, before 'click' fires.
      const open = map.getContainer().querySelector('.leaflet-popup');
      popupWasOpen = open !== null;
    };
    const onClick = (event: LeafletMouseEvent) => {
      if (popupWasOpen) return;
      const at = event.latlng.wrap();
      const content = document.createElement('div');
      content.className = 'measure-from-here';
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'button-quiet';
      button.textContent = 'Measure from here';
      button.addEventListener('click', () => {
        map.closePopup();
        setPrivatePoint({ lat: at.lat, lon: at.lng }, 'map');
      });
      content.append(button);
      popup({ closeButton: true, autoPan: false })
        .setLatLng(event.latlng)
        .setContent(content)
        .openOn(map);
    };
    map.on('preclick', beforeClick);
    map.on('click', onClick);
    return () => {
      map.off('preclick', beforeClick);
      map.off('click', onClick);
    };
  }, [map]);
  return null;
}
