import { describe, expect, it } from 'vitest';
import { locationFailure } from './use-device-location';

describe('locationFailure', () => {
  it('gives each way of failing its own sentence, with a way on', () => {
    const sentences = [1, 2, 3, 'unsupported' as const].map((code) => locationFailure(code, false));
    expect(new Set(sentences).size).toBe(4);
    expect(locationFailure(1, false)).toBe(
      'Your location was not shared: the browser did not allow it. Allow location for this page in the browser, or type a place instead.',
    );
    expect(locationFailure(2, false)).toBe(
      'Your device could not find its location. Try again, or type a place.',
    );
    expect(locationFailure(3, false)).toBe(
      'Finding your location took too long (15 seconds). Try again, or type a place.',
    );
    expect(locationFailure('unsupported', false)).toBe(
      'This browser cannot tell its location. Type a place instead.',
    );
  });

  it('tells a reader of an embed that the host site must allow location', () => {
    expect(locationFailure(1, true)).toContain('the site showing this page');
  });
});
