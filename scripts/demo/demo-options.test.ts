import { describe, expect, it } from 'vitest';
import { parseOptions } from './demo-options';

describe('parseOptions', () => {
  it('records once, headless, by default', () => {
    expect(parseOptions([])).toEqual({ headed: false, repeat: 1 });
  });

  it('reads --headed and --repeat N in any order', () => {
    expect(parseOptions(['--repeat', '2', '--headed'])).toEqual({ headed: true, repeat: 2 });
  });

  it.each([['0'], ['1.5'], ['two'], [undefined]])(
    'refuses --repeat %s with the value it got',
    (value) => {
      const args = value === undefined ? ['--repeat'] : ['--repeat', value];
      expect(() => parseOptions(args)).toThrow(`(got "${value ?? ''}")`);
    },
  );
});
