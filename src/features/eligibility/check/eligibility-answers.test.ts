import { describe, expect, it } from 'vitest';
import { ageAnswer, sexAnswer, volunteerAnswer } from './eligibility-answers';

const SEED = { minimumAge: '30 Years', maximumAge: '60 Years' };

describe('ageAnswer', () => {
  it('answers NCT01573923 (30 to 60 years) for ages 29, 30, 45, 60 and 61', () => {
    expect(ageAnswer(29, SEED)).toEqual({
      fits: 'no',
      text: 'Age 29: under the minimum age (30 to 60 years)',
    });
    expect(ageAnswer(30, SEED)).toEqual({ fits: 'yes', text: 'Age 30: within 30 to 60 years' });
    expect(ageAnswer(45, SEED)).toEqual({ fits: 'yes', text: 'Age 45: within 30 to 60 years' });
    // A maximum of 60 years takes people until their 61st birthday.
    expect(ageAnswer(60, SEED)).toEqual({ fits: 'yes', text: 'Age 60: within 30 to 60 years' });
    expect(ageAnswer(61, SEED)).toEqual({
      fits: 'no',
      text: 'Age 61: over the maximum age (30 to 60 years)',
    });
  });

  it('compares whole years with limits in months, weeks or days, and says when it depends', () => {
    const babies = { minimumAge: '6 Months', maximumAge: '18 Months' };
    expect(ageAnswer(0, babies)).toEqual({
      fits: 'depends',
      text: 'Age 0: around the minimum age (6 to 18 months); it depends on your exact age',
    });
    expect(ageAnswer(1, babies)).toEqual({
      fits: 'depends',
      text: 'Age 1: around the maximum age (6 to 18 months); it depends on your exact age',
    });
    expect(ageAnswer(2, babies)?.fits).toBe('no');
    expect(ageAnswer(0, { minimumAge: '28 Days', maximumAge: '17 Years' })?.fits).toBe('depends');
    expect(ageAnswer(5, { minimumAge: '28 Days', maximumAge: '17 Years' })).toEqual({
      fits: 'yes',
      text: 'Age 5: within 28 days to 17 years',
    });
  });

  it('handles open ends, no limits, an unreadable limit and no age entered', () => {
    expect(ageAnswer(90, { minimumAge: '18 Years', maximumAge: null })?.text).toBe(
      'Age 90: within 18 years or older',
    );
    expect(ageAnswer(17, { minimumAge: null, maximumAge: '17 Years' })?.fits).toBe('yes');
    expect(ageAnswer(40, { minimumAge: null, maximumAge: null })?.text).toBe(
      'Age 40: the study sets no age limit',
    );
    expect(ageAnswer(40, { minimumAge: 'adults', maximumAge: null })).toEqual({
      fits: 'unknown',
      text: `Age 40: the record's limit "adults" could not be read; ask the study team`,
    });
    expect(ageAnswer(null, SEED)).toBeNull();
  });
});

describe('sexAnswer', () => {
  it('answers each sex against each of the record’s values', () => {
    const all = { sex: 'ALL' as const, genderBased: null };
    const women = { sex: 'FEMALE' as const, genderBased: null };
    expect(sexAnswer('FEMALE', all)).toEqual({ fits: 'yes', text: 'Sex: all sexes may take part' });
    expect(sexAnswer('MALE', all)).toEqual({ fits: 'yes', text: 'Sex: all sexes may take part' });
    expect(sexAnswer('FEMALE', women)).toEqual({
      fits: 'yes',
      text: 'Sex: female participants only, as you said',
    });
    expect(sexAnswer('MALE', women)).toEqual({
      fits: 'no',
      text: 'Sex: female participants only; you said male',
    });
    expect(sexAnswer(null, { sex: 'MALE', genderBased: null })).toEqual({
      fits: 'unknown',
      text: 'Sex: male participants only',
    });
    expect(sexAnswer('MALE', { sex: null, genderBased: null })).toEqual({
      fits: 'unknown',
      text: 'Sex: the record does not say',
    });
    expect(sexAnswer('MALE', { sex: 'MALE', genderBased: true }).text).toContain('based on gender');
  });
});

describe('volunteerAnswer', () => {
  it('says whether healthy volunteers are accepted, and what that means for the reader', () => {
    const no = { healthyVolunteers: false };
    expect(volunteerAnswer(null, no)).toEqual({
      fits: 'unknown',
      text: 'Healthy volunteers: not accepted',
    });
    expect(volunteerAnswer(true, no)).toEqual({
      fits: 'no',
      text: 'Healthy volunteers: not accepted; you said you are one',
    });
    expect(volunteerAnswer(false, no).fits).toBe('yes');
    expect(volunteerAnswer(true, { healthyVolunteers: true })).toEqual({
      fits: 'yes',
      text: 'Healthy volunteers: accepted',
    });
    expect(volunteerAnswer(true, { healthyVolunteers: null }).fits).toBe('unknown');
  });
});
