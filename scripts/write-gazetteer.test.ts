import { describe, expect, it } from 'vitest';
import {
  decodeGazetteerChunk,
  gazetteerChunkSchema,
  gazetteerColumnsSchema,
} from '../src/trial/gazetteer-format';
import { TRIAL_SCHEMA_VERSION } from '../src/trial/trial-format';
import type { GazetteerCity } from './gazetteer-data';
import { buildGazetteerFiles, encodeGazetteerChunk } from './write-gazetteer';

const city = (over: Partial<GazetteerCity>): GazetteerCity => ({
  geonameId: 1,
  name: 'Nowhere',
  country: 'CN',
  adminCode: '23',
  population: 5_000,
  featureCode: 'PPL',
  lat: 0,
  lon: 0,
  ...over,
});

const CITIES = [
  city({
    geonameId: 1804430,
    name: 'Lanzhou',
    adminCode: '15',
    population: 2_628_426,
    lat: 36.05701,
    lon: 103.83987,
  }),
  city({
    geonameId: 1796236,
    name: 'Shanghai',
    adminCode: '23',
    population: 22_315_474,
    lat: 31.22222,
    lon: 121.45806,
  }),
  city({
    geonameId: 1796237,
    name: 'Old Town',
    adminCode: '99',
    population: 1_200,
    featureCode: 'PPLH',
  }),
  city({
    geonameId: 2643743,
    name: 'London',
    country: 'GB',
    adminCode: 'ENG',
    population: 8_961_989,
    lat: 51.50853,
    lon: -0.12574,
  }),
  city({
    geonameId: 2657832,
    name: 'Aberdaron',
    country: 'GB',
    adminCode: 'WLS',
    population: 1_019,
    lat: 52.8,
    lon: -4.71,
  }),
];
const LOOKUPS = {
  admin1: new Map([
    ['CN.15', 'Gansu'],
    ['CN.23', 'Shanghai'],
    ['GB.ENG', 'England'],
  ]),
  countryNames: new Map([
    ['CN', 'China'],
    ['GB', 'United Kingdom'],
  ]),
};

describe('encodeGazetteerChunk', () => {
  it('writes columns that the page decodes back to the same places (ids in order, 0.001° coordinates)', () => {
    const chunk = encodeGazetteerChunk(CITIES.slice(0, 2), LOOKUPS);
    expect(chunk.id).toEqual([1796236, 1804430 - 1796236]);
    expect(chunk.lat).toEqual([31222, 36057]);
    const decoded = gazetteerChunkSchema.parse(JSON.parse(JSON.stringify(chunk)));
    expect(decoded).toEqual([
      {
        ref: 'CN-1796236',
        name: 'Shanghai',
        region: 'Shanghai',
        country: 'China',
        countryCode: 'CN',
        lat: 31.222,
        lon: 121.458,
        population: 22_315_474,
      },
      {
        ref: 'CN-1804430',
        name: 'Lanzhou',
        region: 'Gansu',
        country: 'China',
        countryCode: 'CN',
        lat: 36.057,
        lon: 103.84,
        population: 2_628_426,
      },
    ]);
  });

  it('marks a region GeoNames does not name as none, not as an invented name', () => {
    const chunk = encodeGazetteerChunk([CITIES[4] ?? city({})], LOOKUPS);
    expect(decodeGazetteerChunk(chunk)[0]?.region).toBeNull();
  });
});

describe('gazetteerColumnsSchema', () => {
  it('names the column whose length differs, and an index that points nowhere', () => {
    const chunk = encodeGazetteerChunk(CITIES.slice(0, 2), LOOKUPS);
    const result = gazetteerColumnsSchema.safeParse({ ...chunk, lat: [1], country: [0, 5] });
    expect(result.success).toBe(false);
    const issues = result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(issues).toEqual(['lat: has 1 entries where id has 2', 'country.1: names no country']);
  });
});

describe('buildGazetteerFiles', () => {
  const files = buildGazetteerFiles(
    CITIES,
    LOOKUPS,
    new Map([
      ['china', 'CN'],
      ['peoplesrepublicofchina', 'CN'],
      ['unitedkingdom', 'GB'],
      ['atlantis', 'AT'],
    ]),
  );

  it('writes a chunk per country and world.json of the large cities, without historical places', () => {
    expect([...files.chunks.keys()].sort()).toEqual(['CN.json', 'GB.json', 'world.json']);
    const china = decodeGazetteerChunk(
      files.chunks.get('CN.json') ?? encodeGazetteerChunk([], LOOKUPS),
    );
    expect(china.map((place) => place.name)).toEqual(['Shanghai', 'Lanzhou']);
    const world = decodeGazetteerChunk(
      files.chunks.get('world.json') ?? encodeGazetteerChunk([], LOOKUPS),
    );
    expect(world.map((place) => place.ref)).toEqual(['CN-1796236', 'CN-1804430', 'GB-2643743']);
  });

  it('indexes the country names of the countries it has, and their codes', () => {
    expect(files.index).toEqual({
      schemaVersion: TRIAL_SCHEMA_VERSION,
      countries: { CN: 2, GB: 2 },
      worldPlaces: 3,
      names: { china: 'CN', peoplesrepublicofchina: 'CN', unitedkingdom: 'GB', cn: 'CN', gb: 'GB' },
    });
  });
});
