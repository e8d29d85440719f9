import {
  reasonsMinusNotCompleted,
  wholeNumber,
  type FlowGroupBalance,
} from '@/trial/results/flow-balance';
import type { FlowPeriod } from '@/trial/results/participant-flow-schema';
import { countOf } from './flow-labels';

/**
 * What a reader is told about whether one group's counts in a period add up, in plain words
 * with the published numbers: where they do not ("Started 42 − completed 40 = 2, but the reasons
 * for not completing add up to 3"), and where a count needed for a check is missing or not a
 * whole number (then the check is not made, never guessed). Nothing is said where they add up.
 */
export interface BalanceNotes {
  /** The counts do not add up, as published. */
  mismatches: string[];
  /** A check that cannot be made, and why. */
  unchecked: string[];
}

/** A difference with a true minus sign: "−2". */
function signed(value: number): string {
  return value < 0 ? `−${-value}` : String(value);
}

/** Why a published count cannot be used: "the number started is not provided". */
function unreadable(what: string, text: string | null): string | null {
  if (text === null) return `${what} is not provided`;
  if (wholeNumber(text) === null) return `${what} is published as “${text}”, not as a whole number`;
  return null;
}

/** The group's reasons that cannot be added: not given for the group, or not whole numbers. */
function unreadableReasons(period: FlowPeriod, groupId: string): string[] {
  return period.dropWithdraws.flatMap((reason) => {
    const label = `the count for “${reason.type ?? 'reason not given'}”`;
    const why = unreadable(label, countOf(reason.reasons, groupId)?.numSubjects ?? null);
    return why === null ? [] : [why];
  });
}

export function balanceNotes(period: FlowPeriod, balance: FlowGroupBalance): BalanceNotes {
  const mismatches: string[] = [];
  const unchecked: string[] = [];
  const { started, completed, notCompleted, startedMinusCompleted: difference } = balance;
  const hasReasons = period.dropWithdraws.some(
    (reason) => countOf(reason.reasons, balance.groupId) !== undefined,
  );
  const badReasons = hasReasons ? unreadableReasons(period, balance.groupId) : [];
  if (badReasons.length > 0) {
    unchecked.push(`The reasons for not completing cannot be added up: ${badReasons.join('; ')}.`);
  }
  if (difference === null) {
    const why = [
      unreadable('the number started', started),
      unreadable('the number completed', completed),
    ].filter((text) => text !== null);
    unchecked.push(`Whether the counts add up cannot be checked: ${why.join(' and ')}.`);
    const reasonsGap = reasonsMinusNotCompleted(balance);
    if (badReasons.length === 0 && reasonsGap !== null && reasonsGap !== 0) {
      mismatches.push(
        `Not completed ${notCompleted ?? ''}, but the reasons for not completing add up to ${balance.reasonsTotal ?? ''}.`,
      );
    }
    return { mismatches, unchecked };
  }
  const stated = `Started ${started ?? ''} − completed ${completed ?? ''} = ${signed(difference)}`;
  if (notCompleted !== null && wholeNumber(notCompleted) === null) {
    unchecked.push(
      `Not completed is published as “${notCompleted}”, not as a whole number, so it cannot be checked.`,
    );
  }
  if (balance.notCompletedDifference !== null && balance.notCompletedDifference !== 0) {
    mismatches.push(`${stated}, but not completed is ${notCompleted ?? ''}.`);
  }
  if (
    badReasons.length === 0 &&
    balance.reasonsDifference !== null &&
    balance.reasonsDifference !== 0
  ) {
    mismatches.push(
      `${stated}, but the reasons for not completing add up to ${balance.reasonsTotal ?? ''}.`,
    );
  }
  return { mismatches, unchecked };
}
