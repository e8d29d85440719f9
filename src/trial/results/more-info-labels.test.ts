import { describe, expect, it } from 'vitest';
import {
  AGREEMENT_RESTRICTION_LABELS,
  piSponsorEmployeeLabel,
  restrictiveAgreementLabel,
} from './more-info-labels';
import { AGREEMENT_RESTRICTION_TYPES } from './more-info-vocabulary';

describe('more-information labels', () => {
  it('says each restriction type in its own words', () => {
    const labels = AGREEMENT_RESTRICTION_TYPES.map((type) => AGREEMENT_RESTRICTION_LABELS[type]);
    expect(new Set(labels).size).toBe(AGREEMENT_RESTRICTION_TYPES.length);
    expect(AGREEMENT_RESTRICTION_LABELS.LTE60).toContain('60 days or less');
    expect(AGREEMENT_RESTRICTION_LABELS.GT60).toContain('more than 60 days');
  });

  it('answers yes and no in words', () => {
    expect(piSponsorEmployeeLabel(true)).toBe(
      'Yes: the principal investigators are employees of the sponsor.',
    );
    expect(piSponsorEmployeeLabel(false)).toBe(
      'No: the principal investigators are not employees of the sponsor.',
    );
    expect(restrictiveAgreementLabel(true).startsWith('Yes: an agreement')).toBe(true);
    expect(restrictiveAgreementLabel(false).startsWith('No: no agreement')).toBe(true);
  });
});
