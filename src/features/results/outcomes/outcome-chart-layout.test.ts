import { describe, expect, it } from 'vitest';
import type { ChartMark } from './outcome-chart-marks';
import { layoutOutcomeChart, markLabelLines } from './outcome-chart-layout';

function mark(groupTitle: string, value: number, valueText: string): ChartMark {
  return { key: groupTitle, groupIndex: 0, groupTitle, valueText, value, low: null, high: null };
}

describe('outcome chart layout', () => {
  it('puts the value after the group title when it fits, else on a line of its own, never cut', () => {
    // 328 px of text on a 344 px chart (a 360 px phone): 45 characters a line at 12px.
    expect(markLabelLines(mark('Placebo (FAS)', -0.38, '-0.38 (SE 0.21)'), 328)).toEqual([
      'Placebo (FAS): -0.38 (SE 0.21)',
    ]);
    expect(
      markLabelLines(
        mark('Healthy Participants: Soft and Bite-sized Barium Stimulus', 11, '11 (SD 4)'),
        328,
      ),
    ).toEqual(['Healthy Participants: Soft and Bite-sized', 'Barium Stimulus: 11 (SD 4)']);
    expect(
      markLabelLines(
        mark('CZP 200 mg Q2W (SS) and a long name', 54.6, '54.6 (95% CI 51.4 to 58.0)'),
        328,
      ),
    ).toEqual(['CZP 200 mg Q2W (SS) and a long name:', '54.6 (95% CI 51.4 to 58.0)']);
  });

  it('stacks the rows top to bottom above the axis, and bars start from 0', () => {
    const blocks = [{ title: null, marks: [mark('A', 48, '48'), mark('B', 115, '115')] }];
    const layout = layoutOutcomeChart(blocks, 'bars', 344);
    if (layout === null) throw new Error('a layout expected');
    const [first, second] = layout.blocks[0]?.marks ?? [];
    expect(first && second && first.y < second.y).toBe(true);
    expect(second && second.y < layout.axisY).toBe(true);
    expect(layout.scale.ticks[0]).toBe(0);
    expect(layout.height).toBeGreaterThan(layout.axisY);
    const dots = layoutOutcomeChart(blocks, 'dots', 344);
    expect(dots?.scale.ticks[0]).not.toBe(0);
  });
});
