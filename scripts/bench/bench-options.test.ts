import { describe, expect, it } from 'vitest';
import { parseBenchOptions } from './bench-options';

const KNOWN = ['NCT01573923', 'large', 'huge'];

describe('parseBenchOptions', () => {
  it('builds and runs every trial 5 times (huge 3) by default', () => {
    expect(parseBenchOptions([], KNOWN)).toEqual({
      runs: 5,
      hugeRuns: 3,
      build: true,
      trials: null,
    });
  });

  it('reads run counts, --no-build and a trial list in any order', () => {
    expect(
      parseBenchOptions(
        ['--trials', 'large,huge', '--no-build', '--huge-runs', '2', '--runs', '7'],
        KNOWN,
      ),
    ).toEqual({ runs: 7, hugeRuns: 2, build: false, trials: ['large', 'huge'] });
  });

  it('refuses bad counts and unknown trials with what it got', () => {
    expect(() => parseBenchOptions(['--runs', '0'], KNOWN)).toThrow('(got "0")');
    expect(() => parseBenchOptions(['--huge-runs'], KNOWN)).toThrow('(got "")');
    expect(() => parseBenchOptions(['--trials', 'medium'], KNOWN)).toThrow('(got "medium")');
  });
});
