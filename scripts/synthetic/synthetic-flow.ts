import type { z } from 'zod';
import type { ctgovParticipantFlowSchema } from '../../src/trial/results/ctgov-participant-flow-schema';
import type { Random } from './prng';
import { groupId, splitCount } from './synthetic-numbers';
import type { ResultArm } from './synthetic-result-groups';

export type RawParticipantFlow = z.input<typeof ctgovParticipantFlowSchema>;
type RawPeriod = NonNullable<NonNullable<RawParticipantFlow['periods']>[number]>;

const REASONS = [
  'Adverse Event',
  'Lack of Efficacy',
  'Withdrawal by Subject',
  'Lost to Follow-up',
  'Physician Decision',
  'Death',
  'Protocol Violation',
] as const;

/**
 * The group whose reasons for not completing the follow-up period, as published, add up to one
 * fewer than its NOT COMPLETED count: real records have such slips, and the page must say so
 * instead of correcting them.
 */
export const FLOW_UNBALANCED_GROUP = 5;

interface PeriodPlan {
  title: string;
  started: readonly number[];
  /** Share of the starters who do not complete, at most. */
  dropShare: number;
  /** A milestone of the study's own, after STARTED, as a share of the starters. */
  custom?: { type: string; share: number };
  unbalancedGroup?: number;
}

function period(plan: PeriodPlan, random: Random): { raw: RawPeriod; completed: number[] } {
  const stats = (counts: readonly number[]) =>
    counts.map((count, index) => ({ groupId: groupId('FG', index), numSubjects: String(count) }));
  const dropped = plan.started.map((started) =>
    Math.round(started * plan.dropShare * random.next()),
  );
  const completed = plan.started.map((started, index) => started - (dropped[index] ?? 0));
  const reasonCounts = dropped.map((count, index) => {
    const parts = splitCount(
      count,
      REASONS.map(() => 1 + random.int(6)),
    );
    const first = parts.findIndex((part) => part > 0);
    if (index === plan.unbalancedGroup && first >= 0) parts[first] = (parts[first] ?? 1) - 1;
    return parts;
  });
  const milestones: NonNullable<RawPeriod['milestones']> = [
    { type: 'STARTED', achievements: stats(plan.started) },
  ];
  if (plan.custom) {
    const { type, share } = plan.custom;
    milestones.push({
      type,
      achievements: stats(plan.started.map((started) => Math.round(started * share))),
    });
  }
  milestones.push(
    { type: 'COMPLETED', achievements: stats(completed) },
    { type: 'NOT COMPLETED', achievements: stats(dropped) },
  );
  return {
    raw: {
      title: plan.title,
      milestones,
      dropWithdraws: REASONS.map((type, reason) => ({
        type,
        reasons: stats(reasonCounts.map((parts) => parts[reason] ?? 0)),
      })),
    },
    completed,
  };
}

/** Two periods: treatment, then follow-up (started = completed the first), one group per arm. */
export function generateParticipantFlow(arms: readonly ResultArm[], random: Random) {
  const treatment = period(
    {
      title: 'Treatment Period (Weeks 0 to 24)',
      started: arms.map((arm) => arm.randomized),
      dropShare: 0.25,
      custom: { type: 'Received at Least One Dose', share: 0.98 },
    },
    random,
  );
  const followUp = period(
    {
      title: 'Follow-up Period (Weeks 24 to 52)',
      started: treatment.completed,
      dropShare: 0.15,
      unbalancedGroup: FLOW_UNBALANCED_GROUP,
    },
    random,
  );
  const flow: RawParticipantFlow = {
    recruitmentDetails:
      'Generated test data, not a real study: no one was recruited. The synthetic enrolment ran from March 2024 to June 2025.',
    preAssignmentDetails:
      'The participant flow refers to all randomized participants (generated test data).',
    groups: arms.map((arm, index) => ({
      id: groupId('FG', index),
      title: arm.title,
      description: arm.description,
    })),
    periods: [treatment.raw, followUp.raw],
  };
  return flow;
}
