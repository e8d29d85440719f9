import { describe, expect, it } from 'vitest';
import { wrapLabel } from './wrap-label';

describe('wrapLabel', () => {
  it('breaks between words, within the width', () => {
    expect(wrapLabel('Completed Week 52 Without Starting SFE', 16, 3)).toEqual({
      lines: ['Completed Week', '52 Without', 'Starting SFE'],
      shortened: false,
    });
  });

  it('cuts a word longer than a line, and shortens past the last line with "…"', () => {
    expect(wrapLabel('x'.repeat(25), 10, 2)).toEqual({
      lines: ['xxxxxxxxxx', 'xxxxxxxxx…'],
      shortened: true,
    });
    const long = wrapLabel(`<script>alert(1)</script> ${'very long '.repeat(10_000)}`, 20, 3);
    expect(long.lines).toHaveLength(3);
    expect(long.lines[0]).toBe('<script>alert(1)</sc');
    expect(long.shortened).toBe(true);
  });
});
