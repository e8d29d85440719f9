import { indexed, present } from '../ctgov-fields';
import { unescapeMarkdown } from '../markdown-escapes';
import type { AdverseEvent, AdverseEventGroup, AdverseEvents } from './adverse-events-schema';
import type {
  CtgovAdverseEvent,
  CtgovAdverseEvents,
  CtgovEventGroup,
} from './ctgov-adverse-events-schema';
import { normalizeResultGroup } from './normalize-results-fields';
import { publishedText } from './published-text';

function normalizeGroup(raw: CtgovEventGroup): AdverseEventGroup {
  return {
    ...normalizeResultGroup(raw),
    deaths: { numAffected: raw.deathsNumAffected ?? null, numAtRisk: raw.deathsNumAtRisk ?? null },
    serious: {
      numAffected: raw.seriousNumAffected ?? null,
      numAtRisk: raw.seriousNumAtRisk ?? null,
    },
    other: { numAffected: raw.otherNumAffected ?? null, numAtRisk: raw.otherNumAtRisk ?? null },
  };
}

/** Events in record order; ids from record positions, so a left-out event leaves its number unused. */
function normalizeEvents(
  events: readonly (CtgovAdverseEvent | undefined)[] | undefined,
  kind: 'serious' | 'other',
): AdverseEvent[] {
  return indexed(events).map(({ item: raw, index }) => ({
    id: `${kind}-${index + 1}`,
    term: unescapeMarkdown(raw.term),
    organSystem: publishedText(raw.organSystem),
    sourceVocabulary: publishedText(raw.sourceVocabulary),
    assessmentType: raw.assessmentType ?? null,
    notes: publishedText(raw.notes),
    stats: present(raw.stats).map((stat) => ({
      groupId: stat.groupId,
      numEvents: stat.numEvents ?? null,
      numAffected: stat.numAffected ?? null,
      numAtRisk: stat.numAtRisk ?? null,
    })),
  }));
}

/** The adverse events module (parsed by the salvaging parse) as our model. Pure. */
export function normalizeAdverseEvents(raw: CtgovAdverseEvents): AdverseEvents {
  return {
    frequencyThreshold: publishedText(raw.frequencyThreshold),
    timeFrame: publishedText(raw.timeFrame),
    description: publishedText(raw.description),
    allCauseMortalityComment: publishedText(raw.allCauseMortalityComment),
    groups: present(raw.eventGroups).map(normalizeGroup),
    seriousEvents: normalizeEvents(raw.seriousEvents, 'serious'),
    otherEvents: normalizeEvents(raw.otherEvents, 'other'),
  };
}
