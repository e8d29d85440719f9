import { describe, expect, it } from 'vitest';
import { fitLabel, LABEL_CHAR_WIDTH } from './fit-label';

describe('fitLabel', () => {
  it('keeps a label that fits', () => {
    expect(fitLabel('Headache', 8 * LABEL_CHAR_WIDTH)).toBe('Headache');
  });

  it('cuts a longer one to its room, ellipsis included, without a trailing space', () => {
    expect(fitLabel('Upper respiratory tract infection', 10 * LABEL_CHAR_WIDTH)).toBe('Upper res…');
    expect(fitLabel('Upper respiratory', 7 * LABEL_CHAR_WIDTH)).toBe('Upper…');
    expect(fitLabel('x'.repeat(10_000), 100)).toHaveLength(15);
  });

  it('never splits a character outside the Basic Multilingual Plane', () => {
    expect(fitLabel('😀😀😀😀', 3 * LABEL_CHAR_WIDTH)).toBe('😀😀…');
  });
});
