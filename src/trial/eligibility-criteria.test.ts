import { describe, expect, it } from 'vitest';
import { parseCriteria } from './eligibility-criteria';

describe('parseCriteria', () => {
  it('splits CT.gov markdown by headings, with nesting from indentation and escapes removed', () => {
    const text = [
      'Inclusion Criteria:',
      '',
      '* At least 18 years old',
      '* Active disease as defined by',
      '',
      '  * BASDAI score \\>= 4',
      '  * Spinal pain \\>= 4 on a 0 to 10 scale',
      '    * measured twice',
      '* Inadequate response to NSAIDs \\[2 or more\\]',
      '',
      'Exclusion Criteria:',
      '',
      '- Prior treatment with \\<any\\> biologic',
      '1. Pregnant',
      '2) Breastfeeding',
    ].join('\n');
    expect(parseCriteria(text)).toEqual({
      inclusion: [
        { text: 'At least 18 years old', level: 0 },
        { text: 'Active disease as defined by', level: 0 },
        { text: 'BASDAI score >= 4', level: 1 },
        { text: 'Spinal pain >= 4 on a 0 to 10 scale', level: 1 },
        { text: 'measured twice', level: 2 },
        { text: 'Inadequate response to NSAIDs [2 or more]', level: 0 },
      ],
      exclusion: [
        { text: 'Prior treatment with <any> biologic', level: 0 },
        { text: 'Pregnant', level: 0 },
        { text: 'Breastfeeding', level: 0 },
      ],
      other: [],
    });
  });

  it('recognises heading variants', () => {
    for (const [inclusion, exclusion] of [
      ['INCLUSION CRITERIA:', 'EXCLUSION CRITERIA:'],
      ['Inclusion criteria', 'Exclusion criteria'],
      ['**Key Inclusion Criteria:**', '**Key Exclusion Criteria:**'],
      ['Inclusion Criteria (all cohorts):', 'Exclusion Criteria -'],
    ]) {
      const lists = parseCriteria(`${inclusion}\n* a\n${exclusion}\n* b`);
      expect(lists.inclusion).toEqual([{ text: 'a', level: 0 }]);
      expect(lists.exclusion).toEqual([{ text: 'b', level: 0 }]);
    }
  });

  it('keeps text outside the headings in "other", and text after a heading colon', () => {
    const lists = parseCriteria(
      'Healthy adults only.\n\nInclusion Criteria: age over 18\n* consent',
    );
    expect(lists.other).toEqual([{ text: 'Healthy adults only.', level: 0 }]);
    expect(lists.inclusion).toEqual([
      { text: 'age over 18', level: 0 },
      { text: 'consent', level: 0 },
    ]);
  });

  it('joins an indented continuation line to the criterion before it', () => {
    const lists = parseCriteria(
      'Inclusion Criteria:\n* a long criterion\n  that continues here\n* next',
    );
    expect(lists.inclusion).toEqual([
      { text: 'a long criterion that continues here', level: 0 },
      { text: 'next', level: 0 },
    ]);
  });

  it('does not take a sentence that starts with "Inclusion" for a heading', () => {
    expect(parseCriteria('Inclusion of minors is not planned').other).toEqual([
      { text: 'Inclusion of minors is not planned', level: 0 },
    ]);
  });
});
