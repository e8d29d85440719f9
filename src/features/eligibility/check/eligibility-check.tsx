import { useEffect, useId, useRef, useState } from 'react';
import type { Eligibility } from '@/trial/trial-schema';
import {
  ageAnswer,
  sexAnswer,
  volunteerAnswer,
  type Answer,
  type ReaderSex,
} from './eligibility-answers';
import './eligibility-check.css';

/** What a whole-years age box accepts. */
const MAX_AGE = 130;

function readAge(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const age = Number(trimmed);
  return age <= MAX_AGE ? age : null;
}

const FIT_MARK: Record<Answer['fits'], string> = {
  yes: '✓',
  no: '✗',
  depends: '?',
  unknown: '–',
};

function Choice<T>({
  legend,
  name,
  options,
  value,
  onChange,
}: {
  legend: string;
  name: string;
  options: readonly { value: T; label: string }[];
  value: T | null;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="eligibility-check__choice">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.label}>
          <input
            type="radio"
            name={name}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />{' '}
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * "Could I take part?": the reader's age (whole years), sex and whether they are a healthy
 * volunteer, against the record's structured limits, each answered in plain words as it is entered;
 * and a way to go through the criteria as a checklist. What is entered stays in this component's
 * state: never stored, sent or put into the link. It says, always, that only the study team decides.
 */
export function EligibilityCheck({
  eligibility,
  checklist,
  onChecklistChange,
}: {
  eligibility: Eligibility;
  /** The criteria are shown as a checklist (null: the record has no list of criteria). */
  checklist: boolean | null;
  onChecklistChange: (on: boolean) => void;
}) {
  const id = useId();
  const ageInput = useRef<HTMLInputElement>(null);
  // Opened by its button: the reader goes on with the first question.
  useEffect(() => ageInput.current?.focus(), []);
  const [ageText, setAgeText] = useState('');
  const [sex, setSex] = useState<ReaderSex | null>(null);
  const [healthy, setHealthy] = useState<boolean | null>(null);
  const age = readAge(ageText);
  const ageProblem = ageText.trim() !== '' && age === null;
  const answers = [
    ageAnswer(age, eligibility),
    sexAnswer(sex, eligibility),
    volunteerAnswer(healthy, eligibility),
  ].filter((answer) => answer !== null);
  return (
    <section className="eligibility-check" aria-label="Eligibility check">
      <p className="eligibility-check__note">
        Only the study team decides who can take part. This compares what you enter with the
        record’s limits; nothing you enter is stored, sent or put in the link.
      </p>
      <form className="eligibility-check__form" onSubmit={(event) => event.preventDefault()}>
        <div className="eligibility-check__age">
          <label htmlFor={`${id}-age`}>Your age (years)</label>
          <input
            ref={ageInput}
            id={`${id}-age`}
            className="text-field"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            maxLength={3}
            value={ageText}
            aria-invalid={ageProblem}
            aria-describedby={ageProblem ? `${id}-age-problem` : undefined}
            onChange={(event) => setAgeText(event.target.value)}
          />
          {ageProblem && (
            <span id={`${id}-age-problem`} className="eligibility-check__problem">
              Enter your age in whole years, from 0 to {MAX_AGE}.
            </span>
          )}
        </div>
        <Choice
          legend="Your sex"
          name={`${id}-sex`}
          options={[
            { value: 'FEMALE', label: 'Female' },
            { value: 'MALE', label: 'Male' },
          ]}
          value={sex}
          onChange={setSex}
        />
        <Choice
          legend="Are you a healthy volunteer (without the condition studied)?"
          name={`${id}-healthy`}
          options={[
            { value: true, label: 'Yes' },
            { value: false, label: 'No' },
          ]}
          value={healthy}
          onChange={setHealthy}
        />
      </form>
      <ul
        className="eligibility-check__answers"
        aria-label="What the record’s limits say"
        aria-live="polite"
      >
        {answers.map((answer) => (
          <li key={answer.text.split(':')[0]} data-fits={answer.fits}>
            <span className="eligibility-check__mark" aria-hidden="true">
              {FIT_MARK[answer.fits]}
            </span>{' '}
            {answer.text}
          </li>
        ))}
      </ul>
      {checklist !== null && (
        <button
          type="button"
          className="button-quiet eligibility-check__checklist"
          aria-pressed={checklist}
          onClick={() => onChecklistChange(!checklist)}
        >
          Go through the criteria as a checklist
        </button>
      )}
      {checklist && (
        <p className="eligibility-check__note">
          Tick each criterion below that applies to you. Every inclusion criterion should apply; an
          exclusion criterion that applies usually rules a person out. The ticks stay on this page
          only.
        </p>
      )}
    </section>
  );
}
