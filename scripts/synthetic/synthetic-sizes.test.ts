import { describe, expect, it } from 'vitest';
import { parseSyntheticSizeList, SYNTHETIC_SIZES, syntheticTitle } from './synthetic-sizes';

describe('SYNTHETIC_SIZES', () => {
  it('promises the sizes and ids other tests rely on', () => {
    expect(SYNTHETIC_SIZES.large).toMatchObject({
      nctId: 'NCT99999001',
      sites: 2000,
      officials: 300,
      arms: 12,
    });
    expect(SYNTHETIC_SIZES.huge).toMatchObject({
      nctId: 'NCT99999002',
      sites: 10000,
      officials: 300,
      arms: 12,
    });
    expect(SYNTHETIC_SIZES.results).toMatchObject({
      nctId: 'NCT99999003',
      sites: 60,
      officials: 20,
      arms: 12,
      results: {
        outcomes: 100,
        analyses: 60,
        baselineMeasures: 20,
        seriousTerms: 400,
        otherTerms: 600,
      },
    });
  });

  it('gives results only to the size named for them', () => {
    expect(Object.values(SYNTHETIC_SIZES).filter((spec) => 'results' in spec)).toEqual([
      SYNTHETIC_SIZES.results,
    ]);
  });

  it('titles say plainly that the trial is synthetic', () => {
    expect(syntheticTitle(SYNTHETIC_SIZES.large)).toBe(
      'Synthetic trial (large: 2,000 sites) — generated test data, not a real study',
    );
    expect(syntheticTitle(SYNTHETIC_SIZES.results)).toBe(
      'Synthetic trial (results: 60 sites, 100 outcome measures, 1,000 adverse-event terms) — generated test data, not a real study',
    );
  });
});

describe('parseSyntheticSizeList', () => {
  it('reads a comma list, ignoring spaces, repeats and empty items', () => {
    expect(parseSyntheticSizeList('large')).toEqual({ ok: true, sizes: ['large'] });
    expect(parseSyntheticSizeList(' large , huge,large,')).toEqual({
      ok: true,
      sizes: ['large', 'huge'],
    });
    expect(parseSyntheticSizeList('results,large')).toEqual({
      ok: true,
      sizes: ['results', 'large'],
    });
  });

  it('means no synthetic trial when unset or empty', () => {
    expect(parseSyntheticSizeList(undefined)).toEqual({ ok: true, sizes: [] });
    expect(parseSyntheticSizeList('')).toEqual({ ok: true, sizes: [] });
  });

  it('rejects an unknown size with one line naming the valid ones', () => {
    expect(parseSyntheticSizeList('large,medium')).toEqual({
      ok: false,
      error: 'unknown synthetic trial size "medium"; valid sizes: large, huge, results',
    });
  });
});
