import { wholeNumber } from '@/trial/results/flow-balance';
import type { FlowCount, FlowMilestone, FlowPeriod } from '@/trial/results/participant-flow-schema';
import { countOf } from './flow-labels';

/**
 * The one sentence a group's diagram says, from the published numbers only, in record order:
 * "158 started, 96 Received OL CZP, 143 completed, 15 did not complete: 6 Adverse Event, 2 Lack
 * of Efficacy." A count that is not a whole number is quoted after its label ("completed: NA").
 * Reasons published as "0" are left out of the sentence (the table has them).
 */
export function flowSummary(
  period: FlowPeriod,
  groupId: string,
  units: string,
  addsUp: boolean,
): string {
  const parts = period.milestones.map((milestone) => {
    const count = countOf(milestone.achievements, groupId);
    const phrase = milestonePhrase(milestone, count, units);
    if (milestone.kind !== 'NOT_COMPLETED') return phrase;
    const reasons = reasonList(period, groupId, units);
    if (reasons === null) return phrase;
    const whole = wholeNumber(count?.numSubjects ?? null) !== null;
    return whole ? `${phrase}: ${reasons}` : `${phrase}; reasons: ${reasons}`;
  });
  if (!period.milestones.some((milestone) => milestone.kind === 'NOT_COMPLETED')) {
    const reasons = reasonList(period, groupId, units);
    if (reasons !== null) parts.push(`reasons for not completing: ${reasons}`);
  }
  const sentence =
    parts.length === 0 ? 'No milestones are published for this group' : parts.join(', ');
  const ending = addsUp ? '' : '; the published counts do not add up';
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}${ending}.`;
}

/** "42 started", "completed: NA", or what is missing; with the units counted, if any. */
function counted(
  count: FlowCount | undefined,
  label: string,
  missing: string,
  units: string,
): string {
  const number = count?.numSubjects ?? null;
  const text =
    number === null
      ? missing
      : wholeNumber(number) === null
        ? `${label}: ${number}`
        : `${number} ${label}`;
  const numUnits = count?.numUnits ?? null;
  return numUnits === null ? text : `${text} (${numUnits} ${units})`;
}

function milestonePhrase(
  milestone: FlowMilestone,
  count: FlowCount | undefined,
  units: string,
): string {
  switch (milestone.kind) {
    case 'STARTED':
      return counted(count, 'started', 'number started not provided', units);
    case 'COMPLETED':
      return counted(count, 'completed', 'number completed not provided', units);
    case 'NOT_COMPLETED':
      return counted(count, 'did not complete', 'number who did not complete not provided', units);
    case 'CUSTOM': {
      const label = milestone.type ?? 'untitled milestone';
      return counted(count, label, `${label}: not provided`, units);
    }
  }
}

/** "6 Adverse Event, 2 Lack of Efficacy"; null when the group has no reason other than "0". */
function reasonList(period: FlowPeriod, groupId: string, units: string): string | null {
  const reasons = period.dropWithdraws.flatMap((reason) => {
    const count = countOf(reason.reasons, groupId);
    if (count === undefined || count.numSubjects === '0') return [];
    const label = reason.type ?? 'reason not given';
    return [counted(count, label, `${label}: not provided`, units)];
  });
  return reasons.length === 0 ? null : reasons.join(', ');
}
