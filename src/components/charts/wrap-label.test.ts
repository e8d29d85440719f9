import { describe, expect, it } from 'vitest';
import { wrapLabel } from './wrap-label';

describe('wrapLabel', () => {
  it('keeps a label that fits on one line', () => {
    expect(wrapLabel('Placebo (FAS): 11.4', 300)).toEqual(['Placebo (FAS): 11.4']);
  });

  it('breaks at spaces to fit the width (12px: 0.6em a character, 20 characters in 144px)', () => {
    expect(
      wrapLabel('Healthy Participants: Soft and Bite-sized Barium Stimulus: 9.5', 144),
    ).toEqual(['Healthy', 'Participants: Soft', 'and Bite-sized…']);
    expect(wrapLabel('Healthy Participants: Soft and Bite-sized', 144, { maxLines: 4 })).toEqual([
      'Healthy',
      'Participants: Soft',
      'and Bite-sized',
    ]);
  });

  it('cuts a word longer than a line, and ends a label past its lines with an ellipsis', () => {
    expect(wrapLabel('x'.repeat(50), 144)).toEqual([
      'x'.repeat(20),
      'x'.repeat(20),
      'x'.repeat(10),
    ]);
    const lines = wrapLabel('<script>alert(1)</script> '.repeat(400), 144);
    expect(lines).toHaveLength(3);
    expect(lines[2]?.endsWith('…')).toBe(true);
    expect(lines.every((line) => line.length <= 20)).toBe(true);
  });
});
