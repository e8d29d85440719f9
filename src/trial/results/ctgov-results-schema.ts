import { z } from 'zod';
import { ctgovAdverseEventsModuleSchema } from './ctgov-adverse-events-schema';
import { ctgovBaselineSchema } from './ctgov-baseline-schema';
import { ctgovLargeDocumentModuleSchema } from './ctgov-documents-schema';
import { ctgovMoreInfoModuleSchema } from './ctgov-more-info-schema';
import { ctgovOutcomeMeasuresModuleSchema } from './ctgov-outcome-measures-schema';
import { ctgovParticipantFlowSchema } from './ctgov-participant-flow-schema';

/**
 * The results half of a ClinicalTrials.gov API v2 study: `resultsSection` and the provided
 * documents (`documentSection`), read by the salvaging parse like the protocol. Every module is
 * optional, so an invalid one is left out (and reported) on its own.
 */
export const ctgovResultsSectionSchema = z.object({
  participantFlowModule: ctgovParticipantFlowSchema.optional(),
  baselineCharacteristicsModule: ctgovBaselineSchema.optional(),
  outcomeMeasuresModule: ctgovOutcomeMeasuresModuleSchema.optional(),
  adverseEventsModule: ctgovAdverseEventsModuleSchema.optional(),
  moreInfoModule: ctgovMoreInfoModuleSchema.optional(),
});
export type CtgovResultsSection = z.infer<typeof ctgovResultsSectionSchema>;

export const ctgovDocumentSectionSchema = z.object({
  largeDocumentModule: ctgovLargeDocumentModuleSchema.optional(),
});
export type CtgovDocumentSection = z.infer<typeof ctgovDocumentSectionSchema>;

/** The parts of a study the results come from (the study object's own keys). */
export const ctgovStudyResultsSchema = z.object({
  resultsSection: ctgovResultsSectionSchema.optional(),
  documentSection: ctgovDocumentSectionSchema.optional(),
});
export type CtgovStudyResults = z.infer<typeof ctgovStudyResultsSchema>;
