import { describe, expect, it } from 'vitest';
import { parseSyntheticArgs, SYNTHETIC_USAGE } from './synthetic-cli-args';

describe('parseSyntheticArgs', () => {
  it('reads sizes, --out and --seed', () => {
    expect(parseSyntheticArgs(['large'])).toEqual({
      ok: true,
      options: { sizes: ['large'], outDir: 'data/synthetic', seed: null },
    });
    expect(parseSyntheticArgs(['large', 'huge', '--out', '/tmp/x', '--seed', '7'])).toEqual({
      ok: true,
      options: { sizes: ['large', 'huge'], outDir: '/tmp/x', seed: 7 },
    });
  });

  it('rejects an unknown size, naming the valid ones', () => {
    expect(parseSyntheticArgs(['large', 'medium'])).toEqual({
      ok: false,
      error: 'unknown synthetic trial size "medium"; valid sizes: large, huge, results',
    });
  });

  it('names every size in the usage', () => {
    expect(SYNTHETIC_USAGE).toBe(
      'usage: npm run synthetic -- <size> [<size> ...] [--out <folder>] [--seed <integer>]  (sizes: large, huge, results)',
    );
  });

  it('rejects no size, unknown options, missing values and bad seeds', () => {
    expect(parseSyntheticArgs([])).toEqual({
      ok: false,
      error: `no size given\n${SYNTHETIC_USAGE}`,
    });
    expect(parseSyntheticArgs(['large', '--fast'])).toEqual({
      ok: false,
      error: `unknown option --fast\n${SYNTHETIC_USAGE}`,
    });
    expect(parseSyntheticArgs(['large', '--out'])).toEqual({
      ok: false,
      error: `--out needs a value\n${SYNTHETIC_USAGE}`,
    });
    expect(parseSyntheticArgs(['large', '--seed', '-1']).ok).toBe(false);
    expect(parseSyntheticArgs(['large', '--seed', 'abc']).ok).toBe(false);
  });
});
