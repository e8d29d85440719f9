import { describe, expect, it } from 'vitest';
import { describeStatus } from './status-description';

describe('describeStatus', () => {
  it('explains UNKNOWN as ClinicalTrials.gov does, with the last known status', () => {
    const text = describeStatus('UNKNOWN', 'RECRUITING');
    expect(text).toContain('passed its completion date');
    expect(text).toContain('not been verified in more than two years');
    expect(text).toContain('Last known status: Recruiting.');
  });

  it('says plainly when no last known status is published', () => {
    const text = describeStatus('UNKNOWN', null);
    expect(text).toContain('not been verified in more than two years');
    expect(text).toContain('No last known status is published.');
  });

  it('adds nothing for other statuses', () => {
    expect(describeStatus('RECRUITING', null)).toBeNull();
    expect(describeStatus('COMPLETED', 'RECRUITING')).toBeNull();
  });
});
