import { z } from 'zod';
import { eventAssessmentSchema } from './adverse-events-vocabulary';
import { resultGroupSchema } from './results-fields-schema';

/**
 * Our model of a record's adverse events (what the page gets). Counts are the record's numbers;
 * a count the record does not give is null, never 0. Group ids (EG000, ...) are this module's
 * own: they match the events' stats, nothing in another module.
 */

const count = z.number().int().min(0).nullable();

/** Participants affected out of those at risk, as the record gives them. */
export const affectedCountsSchema = z.object({ numAffected: count, numAtRisk: count });
export type AffectedCounts = z.infer<typeof affectedCountsSchema>;

/** A results group (its id "EG000" local to this module) with its participants affected. */
export const adverseEventGroupSchema = resultGroupSchema.extend({
  /** All-cause mortality. */
  deaths: affectedCountsSchema,
  serious: affectedCountsSchema,
  other: affectedCountsSchema,
});
export type AdverseEventGroup = z.infer<typeof adverseEventGroupSchema>;

/** One group's figures for one term. */
export const adverseEventStatSchema = z.object({
  groupId: z.string(),
  numEvents: count,
  numAffected: count,
  numAtRisk: count,
});
export type AdverseEventStat = z.infer<typeof adverseEventStatSchema>;

export const adverseEventSchema = z.object({
  /** Stable within a trial: "serious-1" is the record's first serious event, "other-3" the third other. */
  id: z.string(),
  term: z.string(),
  organSystem: z.string().nullable(),
  sourceVocabulary: z.string().nullable(),
  assessmentType: eventAssessmentSchema.nullable(),
  notes: z.string().nullable(),
  /** Only the stats the record gives: a group without one is absent here (not reported), not 0. */
  stats: z.array(adverseEventStatSchema),
});
export type AdverseEvent = z.infer<typeof adverseEventSchema>;

export const adverseEventsSchema = z.object({
  /** The threshold (percent) above which other events are reported, as published ("5"). */
  frequencyThreshold: z.string().nullable(),
  timeFrame: z.string().nullable(),
  description: z.string().nullable(),
  allCauseMortalityComment: z.string().nullable(),
  groups: z.array(adverseEventGroupSchema),
  seriousEvents: z.array(adverseEventSchema),
  otherEvents: z.array(adverseEventSchema),
});
export type AdverseEvents = z.infer<typeof adverseEventsSchema>;
