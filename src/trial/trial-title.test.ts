import { describe, expect, it } from 'vitest';
import { trialTitle } from './trial-title';

describe('trialTitle', () => {
  it('is the brief title, or says the record gives none', () => {
    expect(trialTitle({ nctId: 'NCT01573923', briefTitle: 'Hepatitis B study' })).toBe(
      'Hepatitis B study',
    );
    expect(trialTitle({ nctId: 'NCT01573923', briefTitle: null })).toBe(
      'NCT01573923 (no title in the record)',
    );
  });
});
