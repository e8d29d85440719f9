import { present } from './ctgov-fields';
import type { CtgovProtocol } from './ctgov-schema';
import { parseCriteria } from './eligibility-criteria';
import { unescapeMarkdown } from './markdown-escapes';
import type { Eligibility } from './trial-schema';

type EligibilityModule = NonNullable<CtgovProtocol['eligibilityModule']>;

export function normalizeEligibility(module: EligibilityModule | undefined): Eligibility {
  const text = module?.eligibilityCriteria?.trim() ? module.eligibilityCriteria : null;
  const lists = text === null ? { inclusion: [], exclusion: [], other: [] } : parseCriteria(text);
  return {
    ...lists,
    criteriaText: text === null ? null : unescapeMarkdown(text),
    minimumAge: module?.minimumAge ?? null,
    maximumAge: module?.maximumAge ?? null,
    sex: module?.sex ?? null,
    genderBased: module?.genderBased ?? null,
    healthyVolunteers: module?.healthyVolunteers ?? null,
    standardAges: present(module?.stdAges),
    studyPopulation: module?.studyPopulation ?? null,
  };
}
