import { z } from 'zod';
import { longText, recordList, shortText } from '../ctgov-fields';
import { eventAssessmentSchema } from './adverse-events-vocabulary';
import { ctgovCount } from './ctgov-count';
import { ctgovResultFieldSchemas } from './ctgov-results-fields';

/**
 * ClinicalTrials.gov API v2 resultsSection.adverseEventsModule, for the salvaging parse. Every
 * field a record can do without is optional; what names a thing is required (a group's id, an
 * event's term, a stat's group), so a group, event or stat without it is left out as a hole and
 * reported. The frequency threshold is text in the API ("5", "0") and stays text.
 */

const text = shortText;
const count = ctgovCount.optional();
/** Event groups "EG000", local to this module, with the same fields as every results group. */
const fields = ctgovResultFieldSchemas('EG');

export const ctgovEventGroupSchema = fields.group.extend({
  deathsNumAffected: count,
  deathsNumAtRisk: count,
  seriousNumAffected: count,
  seriousNumAtRisk: count,
  otherNumAffected: count,
  otherNumAtRisk: count,
});

export const ctgovEventStatSchema = z.object({
  groupId: fields.groupId,
  numEvents: count,
  numAffected: count,
  numAtRisk: count,
});

export const ctgovAdverseEventSchema = z.object({
  term: text,
  organSystem: text.optional(),
  sourceVocabulary: text.optional(),
  assessmentType: eventAssessmentSchema.optional(),
  notes: longText.optional(),
  stats: recordList(ctgovEventStatSchema).optional(),
});

export const ctgovAdverseEventsModuleSchema = z.object({
  frequencyThreshold: text.optional(),
  timeFrame: longText.optional(),
  description: longText.optional(),
  allCauseMortalityComment: longText.optional(),
  eventGroups: recordList(ctgovEventGroupSchema).optional(),
  seriousEvents: recordList(ctgovAdverseEventSchema).optional(),
  otherEvents: recordList(ctgovAdverseEventSchema).optional(),
});

export type CtgovAdverseEvents = z.infer<typeof ctgovAdverseEventsModuleSchema>;
export type CtgovEventGroup = z.infer<typeof ctgovEventGroupSchema>;
export type CtgovAdverseEvent = z.infer<typeof ctgovAdverseEventSchema>;
