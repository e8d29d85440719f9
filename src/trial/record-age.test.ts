import { describe, expect, it } from 'vitest';
import { staleRecordNote } from './record-age';

const on = (day: string) => new Date(`${day}T12:00:00Z`);

describe('staleRecordNote', () => {
  it('warns of a record last updated years ago, counting whole years', () => {
    expect(staleRecordNote('2015-04-14', 'UNKNOWN', on('2026-12-01'))).toBe(
      'Last updated April 14, 2015, over 11 years ago: site statuses may have changed. Confirm with the contact before travelling.',
    );
    expect(staleRecordNote('2015-04-14', 'RECRUITING', on('2026-04-13'))).toContain(
      'over 10 years ago',
    );
    expect(staleRecordNote('2015-04-14', 'RECRUITING', on('2026-04-14'))).toContain(
      'over 11 years ago',
    );
  });

  it('says "over a year" from the first anniversary, and nothing before it', () => {
    expect(staleRecordNote('2025-12-01', 'RECRUITING', on('2026-12-01'))).toContain(
      'Last updated December 1, 2025, over a year ago:',
    );
    expect(staleRecordNote('2025-12-02', 'RECRUITING', on('2026-12-01'))).toBeNull();
    expect(staleRecordNote('2027-01-01', 'RECRUITING', on('2026-12-01'))).toBeNull();
  });

  it('counts a partial date from its last possible day, never overstating the age', () => {
    // "November 2025" may mean November 30, 2025: a year old only from November 30, 2026.
    expect(staleRecordNote('2025-11', null, on('2026-11-29'))).toBeNull();
    expect(staleRecordNote('2025-11', null, on('2026-11-30'))).toContain(
      'Last updated November 2025, over a year ago',
    );
    expect(staleRecordNote('2024', null, on('2025-12-30'))).toBeNull();
    expect(staleRecordNote('2024', null, on('2025-12-31'))).toContain('Last updated 2024,');
  });

  it('gives no note for a study that has ended, or for a date it cannot read', () => {
    for (const status of ['COMPLETED', 'TERMINATED', 'WITHDRAWN'] as const) {
      expect(staleRecordNote('2015-04-14', status, on('2026-12-01'))).toBeNull();
    }
    expect(staleRecordNote('April 2015', 'UNKNOWN', on('2026-12-01'))).toBeNull();
  });
});
