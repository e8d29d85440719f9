import { describe, expect, it } from 'vitest';
import { makeTrial } from '@/test-support/make-trial';
import { resultsStatusText } from './results-status';

const seed = makeTrial();
const withStatus = (status: Partial<typeof seed.status>) => ({ ...seed.status, ...status });

describe('resultsStatusText', () => {
  it('names the first posting date of results the record carries', () => {
    const trial = makeTrial({
      hasResults: true,
      resultsModules: ['outcomeMeasures'],
      status: withStatus({ resultsFirstPosted: { date: '2020-08-17', type: 'ACTUAL' } }),
    });
    expect(resultsStatusText(trial)).toBe('Results first posted August 17, 2020.');
  });
  it('says when a record says results exist but does not carry them', () => {
    const trial = makeTrial({ hasResults: true, resultsModules: [] });
    expect(resultsStatusText(trial)).toBe(
      'ClinicalTrials.gov has results for this study, but this copy of the record does not include them.',
    );
  });
  it('says when the record has results that could not be read at all', () => {
    const trial = makeTrial({
      hasResults: true,
      resultsModules: [],
      recordProblems: [{ path: 'resultsSection', message: 'expected an object, got "oops"' }],
    });
    expect(resultsStatusText(trial)).toBe(
      'The record has results, but they are invalid and could not be shown.',
    );
  });

  it('says results are submitted and not yet posted', () => {
    const trial = makeTrial({ status: withStatus({ resultsFirstSubmitted: '2024-03-05' }) });
    expect(resultsStatusText(trial)).toBe(
      'Results were submitted March 5, 2024 and are not posted yet (ClinicalTrials.gov reviews results before posting them).',
    );
  });
  it('says the sponsor asked to delay results', () => {
    const trial = makeTrial({ status: withStatus({ resultsDelayRequested: '2019-03-01' }) });
    expect(resultsStatusText(trial)).toBe(
      'No results posted: the sponsor asked to delay posting them (certification or extension request submitted March 1, 2019).',
    );
  });
  it('keeps the plain statement for a trial without results', () => {
    expect(resultsStatusText(makeTrial())).toBe('No results posted.');
  });
});
