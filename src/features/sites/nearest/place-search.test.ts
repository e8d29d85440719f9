import { describe, expect, it } from 'vitest';
import type { GazetteerPlace } from '@/trial/gazetteer-format';
import { placeLabel, searchable, searchPlaces } from './place-search';

let nextId = 1;
function place(
  name: string,
  population: number,
  more: Partial<GazetteerPlace> = {},
): GazetteerPlace {
  return {
    ref: `XX-${String(nextId++)}`,
    name,
    region: null,
    country: 'Testland',
    countryCode: 'XX',
    lat: 0,
    lon: 0,
    population,
    ...more,
  };
}

const PLACES = [
  place('Shanghang', 370_000, { region: 'Fujian', country: 'China' }),
  place('Shanghai', 22_315_474, { region: 'Shanghai', country: 'China' }),
  place('Shangyu', 780_000, { region: 'Zhejiang', country: 'China' }),
  place('Old Shanghai Road', 2_000),
  place('São Paulo', 10_021_295, { region: 'São Paulo', country: 'Brazil' }),
  place('San', 3_000, { country: 'Mali' }),
  place('San Francisco', 864_816, { region: 'California', country: 'United States' }),
  place('Springfield', 116_250, { region: 'Illinois', country: 'United States' }),
  place('Springfield', 169_176, { region: 'Missouri', country: 'United States' }),
  place('Valencia', 814_208, { region: 'Valencia', country: 'Spain' }),
  place('Valencia', 1_484_430, { region: 'Carabobo', country: 'Venezuela' }),
].map(searchable);

const names = (query: string, limit?: number) =>
  searchPlaces([PLACES], query, limit).map((found) => placeLabel(found));

describe('searchPlaces', () => {
  it('ranks the exact name first, then names that begin with the text, by population', () => {
    expect(names('Shanghai')).toEqual(['Shanghai, China', 'Old Shanghai Road, Testland']);
    expect(names('shang')).toEqual([
      'Shanghai, China',
      'Shangyu, Zhejiang, China',
      'Shanghang, Fujian, China',
      'Old Shanghai Road, Testland',
    ]);
  });

  it('puts an exact match before a bigger place that only begins with the text', () => {
    expect(names('San')).toEqual(['San, Mali', 'San Francisco, California, United States']);
  });

  it('ignores case and accents, in the text and in the names', () => {
    expect(names('SAO PAULO')).toEqual(['São Paulo, Brazil']);
    expect(names('são')).toEqual(['São Paulo, Brazil']);
  });

  it('narrows by region or country after a comma', () => {
    expect(names('Springfield')).toEqual([
      'Springfield, Missouri, United States',
      'Springfield, Illinois, United States',
    ]);
    expect(names('Springfield, illinois')).toEqual(['Springfield, Illinois, United States']);
    expect(names('valencia, venez')).toEqual(['Valencia, Carabobo, Venezuela']);
    expect(names('valencia, atlantis')).toEqual([]);
  });

  it('finds words inside a name, lists each place once and stops at the limit', () => {
    expect(names('road')).toEqual(['Old Shanghai Road, Testland']);
    expect(names('s', 3)).toHaveLength(3);
    const twice = searchPlaces([PLACES, PLACES], 'Shanghai');
    expect(twice.map((found) => found.ref)).toEqual([...new Set(twice.map((found) => found.ref))]);
  });

  it('finds nothing for blank text or a name no place has', () => {
    expect(names('   ')).toEqual([]);
    expect(names('Atlantis')).toEqual([]);
  });
});
