import { describe, expect, it } from 'vitest';
import { chartTerms } from '@/trial/results/adverse-event-chart-terms';
import { aeEvent, aeGroup, aeStat } from './adverse-events.test-support';
import { chartSummary } from './chart-summary';

describe('chartSummary', () => {
  it('names the most frequent term when there is one group', () => {
    const groups = [aeGroup('EG000', 'Everyone')];
    const rows = chartTerms(
      [aeEvent('serious-1', 'Sepsis', [aeStat('EG000', 1, 40)])],
      [aeEvent('other-1', 'Rash', [aeStat('EG000', 6, 40)])],
      groups,
    );
    expect(chartSummary(rows, groups)).toBe(
      `Of the 2 terms charted, Rash (other event) is the most frequent: 15% of Everyone.`,
    );
  });

  it('says so when no term has figures for two groups, naming the most frequent', () => {
    const groups = [aeGroup('EG000', 'Drug'), aeGroup('EG001', 'Placebo')];
    const rows = chartTerms(
      [],
      [
        aeEvent('other-1', 'Acne', [aeStat('EG000', 1, 10)]),
        aeEvent('other-2', 'Rash', [aeStat('EG001', 3, 10), aeStat('EG000', 1, 0)]),
      ],
      groups,
    );
    expect(chartSummary(rows, groups)).toBe(
      `No term charted has figures for more than one group; Rash (other event) is the most frequent: 30% of Placebo.`,
    );
  });

  it('says when there is nothing to chart', () => {
    expect(chartSummary([], [])).toBe('No adverse event term has participants affected to chart.');
  });
});
