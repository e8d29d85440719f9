import type { FlowCount, FlowMilestone, FlowPeriod } from '@/trial/results/participant-flow-schema';
import { countOf } from './flow-labels';

/**
 * The one sentence a group's diagram says, from the published numbers only, in record order:
 * "158 started, 96 Received OL CZP, 143 completed, 15 did not complete: 6 Adverse Event, 2 Lack
 * of Efficacy." Reasons published as "0" are left out of the sentence (the table has them).
 */
export function flowSummary(
  period: FlowPeriod,
  groupId: string,
  units: string,
  addsUp: boolean,
): string {
  const parts = period.milestones.map((milestone) => {
    const phrase = milestonePhrase(milestone, countOf(milestone.achievements, groupId), units);
    return milestone.kind === 'NOT_COMPLETED'
      ? withReasons(phrase, period, groupId, units)
      : phrase;
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

function withUnits(text: string, count: FlowCount | undefined, units: string): string {
  return count?.numUnits == null ? text : `${text} (${count.numUnits} ${units})`;
}

function milestonePhrase(
  milestone: FlowMilestone,
  count: FlowCount | undefined,
  units: string,
): string {
  const number = count?.numSubjects ?? null;
  switch (milestone.kind) {
    case 'STARTED':
      return withUnits(
        number === null ? 'number started not provided' : `${number} started`,
        count,
        units,
      );
    case 'COMPLETED':
      return withUnits(
        number === null ? 'number completed not provided' : `${number} completed`,
        count,
        units,
      );
    case 'NOT_COMPLETED':
      return withUnits(
        number === null ? 'number who did not complete not provided' : `${number} did not complete`,
        count,
        units,
      );
    case 'CUSTOM': {
      const label = milestone.type ?? 'untitled milestone';
      return withUnits(
        number === null ? `${label}: not provided` : `${number} ${label}`,
        count,
        units,
      );
    }
  }
}

function withReasons(phrase: string, period: FlowPeriod, groupId: string, units: string): string {
  const reasons = reasonList(period, groupId, units);
  return reasons === null ? phrase : `${phrase}: ${reasons}`;
}

/** "6 Adverse Event, 2 Lack of Efficacy"; null when the group has no reason other than "0". */
function reasonList(period: FlowPeriod, groupId: string, units: string): string | null {
  const reasons = period.dropWithdraws.flatMap((reason) => {
    const count = countOf(reason.reasons, groupId);
    if (count === undefined || count.numSubjects === '0') return [];
    const label = reason.type ?? 'reason not given';
    const number = count.numSubjects;
    return [
      withUnits(number === null ? `${label}: not provided` : `${number} ${label}`, count, units),
    ];
  });
  return reasons.length === 0 ? null : reasons.join(', ');
}
