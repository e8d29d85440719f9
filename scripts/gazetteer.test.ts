import { describe, expect, it } from 'vitest';
import { countryCode } from './country-codes';
import { createGazetteerLocator, foldRegionName } from './gazetteer';

const locate = createGazetteerLocator();

describe('gazetteer locator', () => {
  it('finds Xi\'an in Shaanxi although the record says "Shanxi", and notes the disagreement', () => {
    for (const city of ["Xi'an", 'Xi’an', 'Xian']) {
      const result = locate({ city, state: 'Shanxi', country: 'China' });
      expect(result).toMatchObject({ found: true });
      if (!result.found) continue;
      expect(result.lat).toBeCloseTo(34.26, 2);
      expect(result.lon).toBeCloseTo(108.93, 2);
      expect(result.note).toBe(
        'state "Shanxi" does not match the gazetteer, which has Xi’an only in Shaanxi; placed there',
      );
    }
  });

  it('ignores diacritics and case', () => {
    expect(locate({ city: 'Zurich', state: null, country: 'Switzerland' })).toMatchObject({
      found: true,
      lat: 47.36667,
    });
    expect(locate({ city: 'SAO PAULO', state: 'SP', country: 'Brazil' })).toMatchObject({
      found: true,
      lat: -23.5475,
      note: null,
    });
  });

  it('uses the state only to choose between places of the same name', () => {
    expect(
      locate({ city: 'Springfield', state: 'Illinois', country: 'United States' }),
    ).toMatchObject({
      lat: 39.80172,
      lon: -89.64371,
      note: null,
    });
    expect(
      locate({ city: 'Springfield', state: 'Missouri', country: 'United States' }),
    ).toMatchObject({
      lat: 37.21533,
      lon: -93.29824,
    });
    expect(
      locate({ city: 'Springfield', state: 'Massachusetts', country: 'United States' }),
    ).toMatchObject({
      lat: 42.10148,
    });
  });

  it('takes the most populous place when the state matches none', () => {
    expect(locate({ city: 'Springfield', state: 'Alaska', country: 'United States' })).toEqual({
      found: true,
      lat: 37.21533,
      lon: -93.29824,
      note: 'state "Alaska" matches none of the 20 places named Springfield; placed at the most populous, in Missouri',
    });
  });

  it('finds cities GeoNames names differently (Washington, D.C.; New York City)', () => {
    expect(
      locate({ city: 'Washington', state: 'District of Columbia', country: 'United States' }),
    ).toMatchObject({
      lat: 38.89511,
    });
    expect(locate({ city: 'New York', state: 'New York', country: 'United States' })).toMatchObject(
      { lat: 40.71427 },
    );
  });

  it('says why a place cannot be found', () => {
    expect(locate({ city: 'Foo', state: null, country: 'United States' })).toEqual({
      found: false,
      reason: 'city "Foo" not found in the gazetteer for United States',
    });
    expect(locate({ city: 'Foo', state: null, country: 'Atlantis' })).toEqual({
      found: false,
      reason: 'country "Atlantis" is not known to the gazetteer',
    });
    expect(locate({ city: 'Foo', state: null, country: null })).toEqual({
      found: false,
      reason: 'record gives no country',
    });
  });
});

describe('countryCode', () => {
  it.each([
    ['China', 'CN'],
    ['United States', 'US'],
    ['Korea, Republic of', 'KR'],
    ["Korea, Democratic People's Republic of", 'KP'],
    ['Iran, Islamic Republic of', 'IR'],
    ['Viet Nam', 'VN'],
    ['Macedonia, The Former Yugoslav Republic of', 'MK'],
    ['Congo, The Democratic Republic of the', 'CD'],
    ['Russian Federation', 'RU'],
    ['Reunion', 'RE'],
  ])('%s -> %s', (name, code) => {
    expect(countryCode(name)).toBe(code);
  });
});

describe('foldRegionName', () => {
  it('ignores administrative words', () => {
    expect(foldRegionName('Beijing Municipality')).toBe('beijing');
    expect(foldRegionName('Shaanxi Province')).toBe('shaanxi');
    expect(foldRegionName('Île-de-France')).toBe('iledefrance');
  });
});
