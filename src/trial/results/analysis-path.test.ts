import { describe, expect, it } from 'vitest';
import { outcomeAnalysisPath } from './analysis-path';

describe('outcomeAnalysisPath', () => {
  it('finds the record position of an analysis from its model ids', () => {
    expect(outcomeAnalysisPath('outcome-3', 'outcome-3-analysis-2')).toBe(
      'resultsSection.outcomeMeasuresModule.outcomeMeasures[2].analyses[1]',
    );
  });
  it('is undefined for an id without a position', () => {
    expect(outcomeAnalysisPath('outcome', 'outcome-3-analysis-2')).toBeUndefined();
  });
});
