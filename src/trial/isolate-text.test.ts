import { describe, expect, it } from 'vitest';
import { isolateText } from './isolate-text';

describe('isolateText', () => {
  it('leaves left-to-right text exactly as published', () => {
    expect(isolateText('Peking University')).toBe('Peking University');
  });

  it('wraps right-to-left text in a first-strong isolate', () => {
    expect(isolateText('مستشفى')).toBe('\u2068مستشفى\u2069');
    expect(isolateText('בית חולים 2')).toBe('\u2068בית חולים 2\u2069');
  });

  it('removes bidi controls, so none can close the isolate or reach the words after it', () => {
    expect(isolateText('a\u202Eb')).toBe('\u2068ab\u2069');
    expect(isolateText('x\u2069\u202Ey')).toBe('\u2068xy\u2069');
    expect(isolateText('\u200E\u200F\u202A\u202B\u202C\u202D\u2066\u2067\u2068z')).toBe(
      '\u2068z\u2069',
    );
  });
});
