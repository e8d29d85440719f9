import { describe, expect, it } from 'vitest';
import { unescapeMarkdown } from './markdown-escapes';

describe('unescapeMarkdown', () => {
  it('removes backslash escapes before punctuation only', () => {
    expect(unescapeMarkdown('Placebo-\\>OL CZP')).toBe('Placebo->OL CZP');
    expect(unescapeMarkdown('\\>= 4, \\<2, \\[a\\], \\*, 5\\% and C:\\temp')).toBe(
      '>= 4, <2, [a], *, 5% and C:\\temp',
    );
  });
});
