import { describe, expect, it } from 'vitest';
import { telHref } from './tel-href';

describe('telHref', () => {
  it('keeps the digits as published, without separators', () => {
    expect(telHref('86-10-68214650', null)).toBe('tel:861068214650');
    expect(telHref('01.49.95.81.69', null)).toBe('tel:0149958169');
    expect(telHref(' +1 (844) 599-2273 ', null)).toBe('tel:+18445992273');
  });

  it('adds a numeric extension, and leaves out one that is not a number', () => {
    expect(telHref('555-0100', '42')).toBe('tel:5550100;ext=42');
    expect(telHref('01.49.95.81.69', '+33')).toBe('tel:0149958169');
  });
});
