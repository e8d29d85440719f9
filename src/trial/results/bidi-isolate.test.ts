import { describe, expect, it } from 'vitest';
import { isolateBidi } from './bidi-isolate';

describe('isolateBidi', () => {
  it('leaves left-to-right text exactly as published', () => {
    expect(isolateBidi('CZP 200 mg Q2W (FAS)')).toBe('CZP 200 mg Q2W (FAS)');
  });
  it('isolates right-to-left letters and direction controls', () => {
    expect(isolateBidi('evil\u202Etext')).toBe('\u2068evil\u202Etext\u2069');
    expect(isolateBidi('دواء وهمي')).toBe('\u2068دواء وهمي\u2069');
    expect(isolateBidi('פלצבו')).toBe('\u2068פלצבו\u2069');
  });
});
