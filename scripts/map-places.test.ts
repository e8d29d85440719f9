import { describe, expect, it } from 'vitest';
import { makeSite } from '../src/test-support/make-trial';
import type { GazetteerCity } from './gazetteer-data';
import { mapPlacesFor, MAX_MAP_PLACES, NEIGHBOURS_PER_SITE } from './map-places';

function city(
  name: string,
  lat: number,
  lon: number,
  population: number,
  featureCode = 'PPL',
): GazetteerCity {
  return { geonameId: 1, name, country: 'CN', adminCode: '', population, featureCode, lat, lon };
}

const SHANGHAI = { lat: 31.222, lon: 121.458, source: 'gazetteer' as const };
const LANZHOU = { lat: 36.057, lon: 103.84, source: 'gazetteer' as const };
const sites = [makeSite({ id: 'a', location: SHANGHAI }), makeSite({ id: 'b', location: LANZHOU })];

describe('mapPlacesFor', () => {
  it('names capitals first, then cities by population, a province capital weighted three times', () => {
    const places = mapPlacesFor(sites, [
      city('Wuhan', 30.583, 114.267, 8_364_977, 'PPLA'),
      city('Nanjing', 32.061, 118.778, 2_000_000, 'PPLA'),
      city('Suzhou', 31.304, 120.595, 5_345_961, 'PPLA2'),
      city('Capital city', 34.5, 112.5, 1_000_000, 'PPLC'),
      city('Beyond the area', 40.5, 116.4, 18_960_744, 'PPLC'),
      city('Wuxi', 31.569, 120.289, 3_108_474, 'PPLA2'),
    ]);
    expect(places.map((place) => [place.name, place.tier])).toEqual([
      ['Capital city', 'capital'],
      ['Wuhan', 'regionCapital'],
      ['Nanjing', 'regionCapital'],
      ['Suzhou', 'city'],
      ['Wuxi', 'city'],
    ]);
  });

  it('leaves out small towns, places far from the sites, historic places, and a site’s own city', () => {
    const places = mapPlacesFor(sites, [
      city('Shanghai', 31.222, 121.458, 24_874_500, 'PPLA'),
      city('Small town', 31.5, 120, 40_000),
      city('Paris', 48.853, 2.349, 2_138_551, 'PPLC'),
      city('Old capital', 34.3, 108.9, 500_000, 'PPLH'),
      city('Xining', 36.625, 101.757, 2_208_708, 'PPLA'),
    ]);
    expect(places.map((place) => place.name)).toEqual(['Xining']);
  });

  it('keeps a few, rounded: at most MAX_MAP_PLACES, coordinates to a thousandth of a degree', () => {
    const many = Array.from({ length: 100 }, (_, index) =>
      city(`City ${String(index)}`, 30 + index / 50, 110.123456, 200_000 + index),
    );
    const places = mapPlacesFor(sites, many);
    expect(places).toHaveLength(MAX_MAP_PLACES);
    expect(places[0]).toMatchObject({ name: 'City 99', lon: 110.123 });
  });

  it('adds each site city’s largest neighbours (from 20,000 people, about 150 km around), six at most', () => {
    const towns = Array.from({ length: 9 }, (_, index) =>
      city(`Town ${String(index)}`, 36.3 + index / 20, 103.5, 30_000 + index * 1_000),
    );
    const places = mapPlacesFor(sites, [...towns, city('Far town', 33, 110, 90_000)]);
    expect(places.map((place) => place.name)).toEqual([
      'Town 8',
      'Town 7',
      'Town 6',
      'Town 5',
      'Town 4',
      'Town 3',
    ]);
    expect(NEIGHBOURS_PER_SITE).toBe(6);
  });

  it('names nothing for a trial without a located site', () => {
    expect(
      mapPlacesFor([makeSite({ id: 'a', location: null })], [city('Wuhan', 30, 114, 9e6, 'PPLA')]),
    ).toEqual([]);
  });
});
