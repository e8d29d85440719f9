import { describe, expect, it } from 'vitest';
import { mapPictureTag } from './map-picture-tag';

const page = (img: string) =>
  `<main><div class="sites-map-panel"><h2>Sites map</h2>${img}<p>legend</p></div></main>`;

describe('mapPictureTag', () => {
  it('takes the img with the class map-picture, among other classes and attributes', () => {
    const img =
      '<img class="sites-map map-picture" alt="Map of 6 sites" width="600" height="400" src="/assets/map.svg">';
    expect(
      mapPictureTag(page(`<img class="logo" src="/x.svg">${img}`), '/trials/NCT01573923/'),
    ).toBe(img);
  });

  it('makes a relative src root-relative to the prerendered page, so another page shows it too', () => {
    const html = page('<img src="map.svg" class="map-picture" alt="Map">');
    expect(mapPictureTag(html, '/trials/NCT01573923/')).toBe(
      '<img src="/trials/NCT01573923/map.svg" class="map-picture" alt="Map">',
    );
  });

  it('keeps a data: URL as it is', () => {
    const img = '<img class="map-picture" src="data:image/svg+xml,%3Csvg%3E%3C/svg%3E" alt="Map">';
    expect(mapPictureTag(page(img), '/trials/NCT01573923/')).toBe(img);
  });

  it('is null without a map picture (a class that only starts with it does not count)', () => {
    expect(mapPictureTag(page('<img class="map-picture-frame" src="/x.svg">'), '/')).toBeNull();
    expect(mapPictureTag(page(''), '/')).toBeNull();
  });
});
