import type { FlowCount, FlowPeriod, MilestoneKind } from './participant-flow-schema';

/**
 * Whether a period's published counts add up, per group: STARTED − COMPLETED against NOT
 * COMPLETED (where the period has it) and against the sum of the reasons for not completing.
 * Only participants (numSubjects) are checked. The published numbers are returned with the
 * differences, so the page can say "the counts do not add up"; nothing is ever corrected.
 */
export interface FlowGroupBalance {
  groupId: string;
  /** Published counts of the group; null where the period gives none. */
  started: string | null;
  completed: string | null;
  notCompleted: string | null;
  /** STARTED − COMPLETED; null unless both are whole numbers. */
  startedMinusCompleted: number | null;
  /** NOT COMPLETED − (STARTED − COMPLETED): 0 when they agree; null when it cannot be checked. */
  notCompletedDifference: number | null;
  /** The sum of the group's published reasons; null without reasons or with one not a whole number. */
  reasonsTotal: number | null;
  /** reasonsTotal − (STARTED − COMPLETED): 0 when they agree; null when it cannot be checked. */
  reasonsDifference: number | null;
  /** false: a check failed; true: every check possible passed; null: nothing could be checked. */
  addsUp: boolean | null;
}

const WHOLE_NUMBER = /^\d+$/;

/** A published count read as a number only when it is a plain whole number ("158", not "NA"). */
export function wholeNumber(text: string | null): number | null {
  return text !== null && WHOLE_NUMBER.test(text) ? Number(text) : null;
}

function countOf(counts: readonly FlowCount[], groupId: string): FlowCount | undefined {
  return counts.find((count) => count.groupId === groupId);
}

/** The group ids a period counts, in order of first appearance. */
export function periodGroupIds(period: FlowPeriod): string[] {
  const counts = [
    ...period.milestones.flatMap((milestone) => milestone.achievements),
    ...period.dropWithdraws.flatMap((reason) => reason.reasons),
  ];
  return [...new Set(counts.map((count) => count.groupId))];
}

function difference(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a - b;
}

function reasonsTotal(period: FlowPeriod, groupId: string): number | null {
  const counts = period.dropWithdraws.flatMap((reason) => countOf(reason.reasons, groupId) ?? []);
  if (counts.length === 0) return null;
  let total = 0;
  for (const count of counts) {
    const value = wholeNumber(count.numSubjects);
    if (value === null) return null;
    total += value;
  }
  return total;
}

/** Per group the period counts (first milestone of each kind; custom milestones are not checked). */
export function flowBalance(period: FlowPeriod): FlowGroupBalance[] {
  const published = (kind: MilestoneKind, groupId: string): string | null => {
    const milestone = period.milestones.find((candidate) => candidate.kind === kind);
    return milestone === undefined
      ? null
      : (countOf(milestone.achievements, groupId)?.numSubjects ?? null);
  };
  return periodGroupIds(period).map((groupId) => {
    const started = published('STARTED', groupId);
    const completed = published('COMPLETED', groupId);
    const notCompleted = published('NOT_COMPLETED', groupId);
    const startedMinusCompleted = difference(wholeNumber(started), wholeNumber(completed));
    const total = reasonsTotal(period, groupId);
    const notCompletedDifference = difference(wholeNumber(notCompleted), startedMinusCompleted);
    const reasonsDifference = difference(total, startedMinusCompleted);
    const checks = [notCompletedDifference, reasonsDifference].filter((d) => d !== null);
    return {
      groupId,
      started,
      completed,
      notCompleted,
      startedMinusCompleted,
      notCompletedDifference,
      reasonsTotal: total,
      reasonsDifference,
      addsUp: checks.length === 0 ? null : checks.every((d) => d === 0),
    };
  });
}

/**
 * The sum of the reasons − NOT COMPLETED, both as published: 0 when they agree; null when either
 * is not there as whole numbers. Checks the two against each other also where STARTED or
 * COMPLETED cannot be read (so the other two checks cannot be made).
 */
export function reasonsMinusNotCompleted(balance: FlowGroupBalance): number | null {
  return difference(balance.reasonsTotal, wholeNumber(balance.notCompleted));
}
