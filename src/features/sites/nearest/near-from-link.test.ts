import { describe, expect, it } from 'vitest';
import { coordinatesText, nearParamOf, readNear } from './near-from-link';

describe('a link’s near', () => {
  it('names a gazetteer place by country and GeoNames id', () => {
    expect(readNear('CN-1796236')).toEqual({ place: 'CN-1796236' });
  });

  it('names a point rounded to 0.01°, labelled with its coordinates', () => {
    expect(readNear('36.06,103.84')).toEqual({
      point: {
        lat: 36.06,
        lon: 103.84,
        label: 'the point in the link (36.06° N, 103.84° E)',
        origin: 'link',
        near: '36.06,103.84',
      },
    });
    expect(coordinatesText(-33.8688, -151.2093)).toBe('33.87° S, 151.21° W');
  });

  it('reads nothing from a malformed or out-of-range value', () => {
    for (const bad of ['CN-', 'C-1', '91.00,0', '0,181', '36.061,103.84', '1,2,3', 'CN-1,2'])
      expect(readNear(bad)).toBeNull();
  });

  it('rounds a position to about a kilometre before it goes into a link, and reads it back', () => {
    const param = nearParamOf(36.057014, 103.839868);
    expect(param).toBe('36.06,103.84');
    expect(readNear(param)).toMatchObject({ point: { lat: 36.06, lon: 103.84 } });
    expect(readNear(nearParamOf(-0.001, -0.004))).toMatchObject({ point: { lat: -0, lon: -0 } });
  });
});
