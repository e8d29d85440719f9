import { Missing } from '@/components/missing';
import { formatPartialDate } from '@/trial/dates';
import type { OutcomeMeasure } from '@/trial/results/outcome-measures-schema';

/**
 * What an outcome without values says instead of a table: a NOT_POSTED outcome, when its
 * results are expected ("June 2026", partial as published); a POSTED one, what the record lacks.
 * Null when the outcome has values to show.
 */
export function OutcomeStatusNote({ outcome, path }: { outcome: OutcomeMeasure; path: string }) {
  if (outcome.reportingStatus === 'NOT_POSTED') {
    const date = outcome.anticipatedPostingDate;
    return (
      <p className="outcome__status">
        Results for this outcome measure are not posted yet.{' '}
        {date === null ? (
          <Missing path={`${path}.anticipatedPostingDate`}>
            The record does not say when they are expected.
          </Missing>
        ) : (
          <>Posting is expected {formatPartialDate(date)}.</>
        )}
      </p>
    );
  }
  if (outcome.groups.length === 0)
    return (
      <p className="outcome__status">
        <Missing path={`${path}.groups`}>
          The record lists no groups for this outcome measure.
        </Missing>
      </p>
    );
  if (outcome.classes.length > 0) return null;
  const lacks =
    outcome.paramType === null
      ? 'no parameter type and no values'
      : 'no values (no rows of its table)';
  return (
    <p className="outcome__status">
      <Missing
        path={`${path}.classes`}
      >{`The record gives ${lacks} for this outcome measure.`}</Missing>
    </p>
  );
}
