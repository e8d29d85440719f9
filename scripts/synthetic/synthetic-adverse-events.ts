import type { z } from 'zod';
import type { ctgovAdverseEventsModuleSchema } from '../../src/trial/results/ctgov-adverse-events-schema';
import type { Random } from './prng';
import { syntheticTerms } from './synthetic-ae-terms';
import { groupId } from './synthetic-numbers';
import type { ResultArm } from './synthetic-result-groups';

export type RawAdverseEvents = z.input<typeof ctgovAdverseEventsModuleSchema>;
type RawEvent = NonNullable<RawAdverseEvents['seriousEvents']>[number];

/** Every 97th term (from the 41st) lacks one group's stat, as some real records do. */
export const STAT_MISSING_EVERY = 97;
const STAT_MISSING_FROM = 40;

/** Affected in one group: serious events are rare (mostly none), other events common. */
function affected(random: Random, atRisk: number, serious: boolean, rate: number): number {
  if (serious) return random.chance(0.85) ? 0 : 1 + random.int(3);
  return Math.min(atRisk, Math.round(atRisk * rate * (0.5 + random.next())));
}

function events(
  count: number,
  serious: boolean,
  atRisk: readonly number[],
  random: Random,
  offset: number,
): RawEvent[] {
  return syntheticTerms(count).map(({ term, organSystem }, index) => {
    const rate = 0.02 + 0.1 * random.next();
    const missingGroup =
      (index + offset) % STAT_MISSING_EVERY === STAT_MISSING_FROM ? index % atRisk.length : -1;
    const stats = atRisk.flatMap((numAtRisk, group) => {
      const numAffected = affected(random, numAtRisk, serious, rate);
      const numEvents = numAffected === 0 ? 0 : numAffected + random.int(numAffected + 1);
      return group === missingGroup
        ? []
        : [{ groupId: groupId('EG', group), numEvents, numAffected, numAtRisk }];
    });
    return {
      term,
      organSystem,
      sourceVocabulary: 'MedDRA 26.0',
      assessmentType: index % 4 === 0 ? 'NON_SYSTEMATIC_ASSESSMENT' : 'SYSTEMATIC_ASSESSMENT',
      ...(index % 50 === 7
        ? { notes: 'Includes events reported after the last dose (generated test data).' }
        : {}),
      stats,
    };
  });
}

/** Participants with any such event: at least the most in one term, at most everyone at risk. */
function anyAffected(
  list: readonly RawEvent[],
  group: number,
  atRisk: number,
  share: number,
): number {
  const id = groupId('EG', group);
  const counts = list.map(
    (event) => event?.stats?.find((stat) => stat?.groupId === id)?.numAffected ?? 0,
  );
  const most = Math.max(0, ...counts);
  const sum = counts.reduce((all, count) => all + count, 0);
  return Math.min(atRisk, Math.max(most, Math.round(sum * share)));
}

/** The adverse events of one group per arm (EG ids local to this module): serious and other terms. */
export function generateAdverseEvents(
  arms: readonly ResultArm[],
  seriousTerms: number,
  otherTerms: number,
  random: Random,
): RawAdverseEvents {
  const atRisk = arms.map((arm) => arm.randomized - random.int(3));
  const seriousEvents = events(seriousTerms, true, atRisk, random, 0);
  const otherEvents = events(otherTerms, false, atRisk, random, seriousTerms);
  return {
    frequencyThreshold: '5',
    timeFrame: 'From the first dose up to 30 days after the last dose (up to 56 weeks).',
    description:
      'Generated test data, not real adverse events. Treatment-emergent adverse events in the Safety Set (all participants who received at least one dose).',
    allCauseMortalityComment: 'All deaths from randomization to the end of follow-up.',
    eventGroups: arms.map((arm, group) => {
      const numAtRisk = atRisk[group] ?? 0;
      return {
        id: groupId('EG', group),
        title: arm.title,
        description: arm.description,
        deathsNumAffected: random.int(4),
        deathsNumAtRisk: numAtRisk,
        seriousNumAffected: anyAffected(seriousEvents, group, numAtRisk, 0.15),
        seriousNumAtRisk: numAtRisk,
        otherNumAffected: anyAffected(otherEvents, group, numAtRisk, 0.018),
        otherNumAtRisk: numAtRisk,
      };
    }),
    seriousEvents,
    otherEvents,
  };
}
