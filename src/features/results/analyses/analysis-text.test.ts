import { describe, expect, it } from 'vitest';
import { makeAnalysis } from './analyses.test-support';
import {
  analysisPhrase,
  ciPercent,
  confidenceIntervalText,
  groupsComparedText,
  outcomeName,
} from './analysis-text';

describe('analysis text', () => {
  it('writes an interval from its published parts, saying the ones it lacks', () => {
    expect(confidenceIntervalText(makeAnalysis())).toBe('95% CI 1.2 to 3.4, two-sided');
    expect(confidenceIntervalText(makeAnalysis({ ciPctValue: null, ciNumSides: null }))).toBe(
      'CI (level not given) 1.2 to 3.4, sides not given',
    );
    const none = { ciPctValue: null, ciNumSides: null, ciLowerLimit: null, ciUpperLimit: null };
    expect(confidenceIntervalText(makeAnalysis(none))).toBeNull();
  });
  it('does not double a percent sign the record wrote', () => {
    expect(ciPercent('95%')).toBe('95%');
    expect(ciPercent('90')).toBe('90%');
  });
  it('names groups by the outcome’s own titles, in the record’s order', () => {
    const groups = [
      { id: 'OG000', title: 'Placebo', description: null },
      { id: 'OG001', title: null, description: null },
    ];
    expect(groupsComparedText({ groupIds: ['OG001', 'OG000'] }, groups)).toBe(
      'OG001 (untitled group) vs Placebo',
    );
    expect(groupsComparedText({ groupIds: [] }, groups)).toBe('Groups compared not given');
  });
  it('names an untitled outcome by its place in the record', () => {
    expect(outcomeName({ id: 'outcome-4', title: null })).toBe('Outcome 4 (untitled)');
  });
  it('puts an analysis in one phrase with its p-value as published', () => {
    expect(analysisPhrase('A vs B', makeAnalysis({ pValue: null }))).toBe(
      'A vs B: Odds Ratio (OR) 2.5 (95% CI 1.2 to 3.4, two-sided), p-value not given',
    );
  });
});
