import type {
  AdverseEvent,
  AdverseEventGroup,
  AdverseEvents,
  AdverseEventStat,
  AffectedCounts,
} from '@/trial/results/adverse-events-schema';

/** Small adverse-event models for the quirks the part handles (plain typed data). */

export const counts = (numAffected: number | null, numAtRisk: number | null): AffectedCounts => ({
  numAffected,
  numAtRisk,
});

export function aeGroup(id: string, title: string | null, over: Partial<AdverseEventGroup> = {}) {
  const group: AdverseEventGroup = {
    id,
    title,
    description: null,
    deaths: counts(0, 10),
    serious: counts(1, 10),
    other: counts(2, 10),
    ...over,
  };
  return group;
}

export function aeStat(
  groupId: string,
  numAffected: number | null,
  numAtRisk: number | null,
  numEvents: number | null = numAffected,
): AdverseEventStat {
  return { groupId, numAffected, numAtRisk, numEvents };
}

export function aeEvent(
  id: string,
  term: string,
  stats: AdverseEventStat[],
  over: Partial<AdverseEvent> = {},
): AdverseEvent {
  return {
    id,
    term,
    organSystem: 'Skin and subcutaneous tissue disorders',
    sourceVocabulary: 'MedDRA 21.1',
    assessmentType: 'SYSTEMATIC_ASSESSMENT',
    notes: null,
    stats,
    ...over,
  };
}

export function aeModule(over: Partial<AdverseEvents> = {}): AdverseEvents {
  return {
    frequencyThreshold: '5',
    timeFrame: '12 weeks',
    description: null,
    allCauseMortalityComment: null,
    groups: [aeGroup('EG000', 'Drug'), aeGroup('EG001', 'Placebo')],
    seriousEvents: [],
    otherEvents: [],
    ...over,
  };
}

/**
 * Plain DOM queries: role queries walk the whole part (two 22-column tables) and take seconds in
 * jsdom on a busy machine. Accessible names are checked by role once, in their own assertions.
 */
export function table(caption: RegExp): HTMLElement {
  const found = [...document.querySelectorAll('table')].find((t) =>
    caption.test(t.querySelector('caption')?.textContent ?? ''),
  );
  if (!found) throw new Error(`no table captioned ${String(caption)}`);
  return found;
}
export function one(selector: string): HTMLElement {
  const found = document.querySelector(selector);
  if (!(found instanceof HTMLElement)) throw new Error(`nothing matches ${selector}`);
  return found;
}
export const systemSelect = () => one('.ae-filters select');
