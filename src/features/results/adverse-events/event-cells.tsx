import { InvalidValue } from '@/components/invalid-value';
import { Missing } from '@/components/missing';
import { useProblemsAt } from '@/components/record-facts';
import { formatCount } from '@/trial/count-text';
import type { EventRow, GroupFigures } from './event-rows';
import { percentText } from './percent-text';

/** What a group cell says when the record gives no figures for the group on this term. */
export const NOT_REPORTED = 'Not reported';

/** A count of one group's stat: the record's number, or a plain word for what is missing. */
export function CountCell({ figures, count }: { figures: GroupFigures; count: number | null }) {
  if (figures.stat === null) return <Missing>{NOT_REPORTED}</Missing>;
  if (count === null) return <Missing>Not given</Missing>;
  return <span className="ae-number">{formatCount(count)}</span>;
}

/** The explorer's percent affected, or why there is none. */
export function PercentCell({ figures }: { figures: GroupFigures }) {
  const { stat, percent } = figures;
  if (stat === null) return <Missing>{NOT_REPORTED}</Missing>;
  if (percent !== null) return <span className="ae-number">{percentText(percent)}</span>;
  if (stat.numAtRisk === 0) return <Missing>None at risk</Missing>;
  return <Missing>Counts not given</Missing>;
}

/** The term, its notes, and any of its figures the record had but were invalid (left out). */
export function TermCell({ row }: { row: EventRow }) {
  const problems = useProblemsAt(row.recordPath === null ? undefined : `${row.recordPath}.stats`);
  const { term, notes } = row.event;
  return (
    <span className="ae-term">
      <bdi className="ae-term__name">{term}</bdi>
      {notes !== null && <span className="ae-term__notes">{notes}</span>}
      {problems.length > 0 && <InvalidValue problems={problems} />}
    </span>
  );
}

export function OrganSystemCell({ row }: { row: EventRow }) {
  const { organSystem } = row.event;
  if (organSystem !== null) return <bdi>{organSystem}</bdi>;
  const path = row.recordPath === null ? undefined : `${row.recordPath}.organSystem`;
  return <Missing path={path}>Not given</Missing>;
}
