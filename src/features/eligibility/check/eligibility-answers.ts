import {
  ageLimitText,
  limitInYears,
  readAgeLimit,
  YEARS_PER_UNIT,
  type AgeLimit,
} from '@/trial/age-limit';
import type { Eligibility } from '@/trial/trial-schema';

/**
 * The quick check's answers: each structured limit of the record against what the reader entered,
 * in plain words. `fits`: yes, no, it depends (an age in whole years against a limit in months),
 * or unknown (the record does not say, or the reader did not). Only the study team decides.
 */
export type Fit = 'yes' | 'no' | 'depends' | 'unknown';

export interface Answer {
  fits: Fit;
  text: string;
}

export type ReaderSex = 'FEMALE' | 'MALE';

/** "30 to 60 years", "6 months to 17 years", "18 years or older", "up to 65 years"; null: no limit. */
function rangeText(min: AgeLimit | null, max: AgeLimit | null): string | null {
  if (min && max)
    return min.unit === max.unit && min.amount !== 1
      ? `${String(min.amount)} to ${ageLimitText(max)}`
      : `${ageLimitText(min)} to ${ageLimitText(max)}`;
  if (min) return `${ageLimitText(min)} or older`;
  if (max) return `up to ${ageLimitText(max)}`;
  return null;
}

/** An age in whole years is any age from that birthday to the next. */
function ageAgainstLimits(age: number, minimum: string | null, maximum: string | null): Answer {
  const min = minimum === null ? null : readAgeLimit(minimum);
  const max = maximum === null ? null : readAgeLimit(maximum);
  const unreadable = [minimum, maximum].find(
    (text, at) => text !== null && (at === 0 ? min : max) === null,
  );
  if (unreadable !== undefined)
    return {
      fits: 'unknown',
      text: `Age ${String(age)}: the record's limit "${unreadable}" could not be read; ask the study team`,
    };
  const range = rangeText(min, max);
  if (range === null)
    return { fits: 'yes', text: `Age ${String(age)}: the study sets no age limit` };
  if (min) {
    const from = limitInYears(min);
    if (age + 1 <= from)
      return { fits: 'no', text: `Age ${String(age)}: under the minimum age (${range})` };
    if (age < from)
      return {
        fits: 'depends',
        text: `Age ${String(age)}: around the minimum age (${range}); it depends on your exact age`,
      };
  }
  if (max) {
    // "60 Years" takes people up to the day before their 61st birthday.
    const until = limitInYears(max) + YEARS_PER_UNIT[max.unit];
    if (age >= until)
      return { fits: 'no', text: `Age ${String(age)}: over the maximum age (${range})` };
    if (age + 1 > until)
      return {
        fits: 'depends',
        text: `Age ${String(age)}: around the maximum age (${range}); it depends on your exact age`,
      };
  }
  return { fits: 'yes', text: `Age ${String(age)}: within ${range}` };
}

export function ageAnswer(
  age: number | null,
  e: Pick<Eligibility, 'minimumAge' | 'maximumAge'>,
): Answer | null {
  return age === null ? null : ageAgainstLimits(age, e.minimumAge, e.maximumAge);
}

const SEX_WORD: Record<ReaderSex, string> = { FEMALE: 'female', MALE: 'male' };

export function sexAnswer(
  sex: ReaderSex | null,
  e: Pick<Eligibility, 'sex' | 'genderBased'>,
): Answer {
  const gender = e.genderBased
    ? '; the record says eligibility is based on gender, so ask the study team'
    : '';
  if (e.sex === null) return { fits: 'unknown', text: 'Sex: the record does not say' };
  if (e.sex === 'ALL') return { fits: 'yes', text: `Sex: all sexes may take part${gender}` };
  const only = `Sex: ${SEX_WORD[e.sex]} participants only`;
  if (sex === null) return { fits: 'unknown', text: `${only}${gender}` };
  return sex === e.sex
    ? { fits: 'yes', text: `${only}, as you said${gender}` }
    : { fits: 'no', text: `${only}; you said ${SEX_WORD[sex]}${gender}` };
}

export function volunteerAnswer(
  healthy: boolean | null,
  e: Pick<Eligibility, 'healthyVolunteers'>,
): Answer {
  if (e.healthyVolunteers === null)
    return { fits: 'unknown', text: 'Healthy volunteers: the record does not say' };
  if (e.healthyVolunteers) return { fits: 'yes', text: 'Healthy volunteers: accepted' };
  if (healthy === true)
    return { fits: 'no', text: 'Healthy volunteers: not accepted; you said you are one' };
  if (healthy === false)
    return {
      fits: 'yes',
      text: 'Healthy volunteers: not accepted (you said you are not one: this does not rule you out)',
    };
  return { fits: 'unknown', text: 'Healthy volunteers: not accepted' };
}
