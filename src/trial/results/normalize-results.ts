import type { CtgovStudyResults } from './ctgov-results-schema';
import { normalizeAdverseEvents } from './normalize-adverse-events';
import { normalizeBaseline } from './normalize-baseline';
import { normalizeDocuments } from './normalize-documents';
import { normalizeMoreInfo } from './normalize-more-info';
import { normalizeOutcomeMeasures } from './normalize-outcome-measures';
import { normalizeParticipantFlow } from './normalize-participant-flow';
import type { Results } from './results-schema';

/** The results of a study (parsed), module by module; null for a module the record lacks. */
export function normalizeResults({ resultsSection, documentSection }: CtgovStudyResults): Results {
  const section = resultsSection ?? {};
  const orNull = <Raw, Model>(raw: Raw | undefined, normalize: (raw: Raw) => Model) =>
    raw === undefined ? null : normalize(raw);
  return {
    participantFlow: orNull(section.participantFlowModule, normalizeParticipantFlow),
    baseline: orNull(section.baselineCharacteristicsModule, normalizeBaseline),
    outcomeMeasures: orNull(section.outcomeMeasuresModule, normalizeOutcomeMeasures),
    adverseEvents: orNull(section.adverseEventsModule, normalizeAdverseEvents),
    moreInfo: orNull(section.moreInfoModule, normalizeMoreInfo),
    documents: orNull(documentSection?.largeDocumentModule, normalizeDocuments),
  };
}

/** True when the record has any results module at all. */
export function hasAnyResults(results: Results): boolean {
  return Object.values(results).some((module) => module !== null);
}
