import { describe, expect, it } from 'vitest';
import { distanceKm, formatDistance, KM_PER_MILE } from './distance';

/** Great-circle distances of known city pairs (city-centre coordinates, GeoNames). */
const PAIRS = [
  { a: 'London', b: 'Paris', from: [51.50853, -0.12574], to: [48.85341, 2.3488], km: 343.9 },
  {
    a: 'New York',
    b: 'Los Angeles',
    from: [40.71427, -74.00597],
    to: [34.05223, -118.24368],
    km: 3_936,
  },
  { a: 'Shanghai', b: 'Beijing', from: [31.22222, 121.45806], to: [39.9075, 116.39723], km: 1_068 },
  {
    a: 'Sydney',
    b: 'Santiago',
    from: [-33.86785, 151.20732],
    to: [-33.45694, -70.64827],
    km: 11_340,
  },
] as const;

describe('distanceKm (haversine)', () => {
  for (const { a, b, from, to, km } of PAIRS) {
    it(`${a} to ${b} is about ${km.toLocaleString('en-US')} km, either way`, () => {
      const there = distanceKm({ lat: from[0], lon: from[1] }, { lat: to[0], lon: to[1] });
      const back = distanceKm({ lat: to[0], lon: to[1] }, { lat: from[0], lon: from[1] });
      expect(Math.abs(there - km) / km).toBeLessThan(0.005);
      expect(back).toBeCloseTo(there, 9);
    });
  }

  it('is zero at the same point and half the circumference between antipodes', () => {
    expect(distanceKm({ lat: 36.06, lon: 103.84 }, { lat: 36.06, lon: 103.84 })).toBe(0);
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(20_015.1, 0);
  });

  it('crosses the antimeridian the short way', () => {
    // Fiji (Suva) to Samoa (Apia): about 1,150 km, not 38,000.
    const km = distanceKm({ lat: -18.14161, lon: 178.44149 }, { lat: -13.83333, lon: -171.76666 });
    expect(km).toBeGreaterThan(1_100);
    expect(km).toBeLessThan(1_200);
  });
});

describe('formatDistance', () => {
  it('says under one unit rather than 0, one decimal below 10, whole units with separators above', () => {
    expect(formatDistance(0, 'km')).toBe('under 1 km');
    expect(formatDistance(0.99, 'km')).toBe('under 1 km');
    expect(formatDistance(8.46, 'km')).toBe('8.5 km');
    expect(formatDistance(1_714.4, 'km')).toBe('1,714 km');
  });

  it('converts to miles', () => {
    expect(formatDistance(KM_PER_MILE * 100, 'mi')).toBe('100 mi');
    expect(formatDistance(1, 'mi')).toBe('under 1 mi');
    expect(formatDistance(10, 'mi')).toBe('6.2 mi');
  });
});
