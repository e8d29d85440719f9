import { present } from './ctgov-fields';
import type { CtgovProtocol } from './ctgov-schema';
import type { Dated, Trial } from './trial-schema';

/** Identification, status, design and sponsor: mostly one-to-one copies with nulls for what is missing. */

type DateStruct = { date: string; type?: 'ACTUAL' | 'ESTIMATED' | undefined } | undefined;

function dated(struct: DateStruct): Dated | null {
  return struct ? { date: struct.date, type: struct.type ?? null } : null;
}

export function normalizeIdentifiers(
  module: CtgovProtocol['identificationModule'],
): Trial['identifiers'] {
  const identifiers: Trial['identifiers'] = [];
  if (module.orgStudyIdInfo) {
    const { id, link } = module.orgStudyIdInfo;
    identifiers.push({ id, kind: 'ORG_STUDY_ID', domain: null, link: link ?? null });
  }
  for (const info of present(module.secondaryIdInfos)) {
    identifiers.push({
      id: info.id,
      kind: info.type ?? null,
      domain: info.domain ?? null,
      link: info.link ?? null,
    });
  }
  return identifiers;
}

export function normalizeStatus(module: CtgovProtocol['statusModule']): Trial['status'] {
  return {
    overall: module?.overallStatus ?? null,
    lastKnown: module?.lastKnownStatus ?? null,
    whyStopped: module?.whyStopped ?? null,
    verified: module?.statusVerifiedDate ?? null,
    start: dated(module?.startDateStruct),
    primaryCompletion: dated(module?.primaryCompletionDateStruct),
    completion: dated(module?.completionDateStruct),
    firstPosted: dated(module?.studyFirstPostDateStruct),
    lastUpdatePosted: dated(module?.lastUpdatePostDateStruct),
    resultsFirstSubmitted: module?.resultsFirstSubmitDate ?? null,
    resultsFirstPosted: dated(module?.resultsFirstPostDateStruct),
    resultsDelayRequested: module?.dispFirstSubmitDate ?? null,
  };
}

export function normalizeDesign(
  module: CtgovProtocol['designModule'],
): Pick<Trial, 'studyType' | 'phases' | 'enrollment' | 'design'> {
  const info = module?.designInfo;
  const count = module?.enrollmentInfo?.count;
  return {
    studyType: module?.studyType ?? null,
    phases: present(module?.phases),
    enrollment: count === undefined ? null : { count, type: module?.enrollmentInfo?.type ?? null },
    design: {
      allocation: info?.allocation ?? null,
      interventionModel: info?.interventionModel ?? null,
      interventionModelDescription: info?.interventionModelDescription ?? null,
      primaryPurpose: info?.primaryPurpose ?? null,
      masking: info?.maskingInfo?.masking ?? null,
      whoMasked: present(info?.maskingInfo?.whoMasked),
      observationalModel: info?.observationalModel ?? null,
      timePerspective: info?.timePerspective ?? null,
    },
  };
}

interface Organization {
  name?: string | undefined;
  class?: Trial['sponsor']['collaborators'][number]['class'] | undefined;
}

function organization(raw: Organization | undefined): Trial['sponsor']['lead'] {
  const name = raw?.name?.trim();
  return name ? { name, class: raw?.class ?? null } : null;
}

export function normalizeSponsor(
  module: CtgovProtocol['sponsorCollaboratorsModule'],
): Trial['sponsor'] {
  const party = module?.responsibleParty;
  return {
    lead: organization(module?.leadSponsor),
    collaborators: present(module?.collaborators).flatMap((raw) => {
      const org = organization(raw);
      return org ? [org] : [];
    }),
    responsibleParty: party
      ? {
          type: party.type ?? null,
          investigator: party.investigatorFullName ?? null,
          investigatorTitle: party.investigatorTitle ?? null,
          investigatorAffiliation: party.investigatorAffiliation ?? null,
        }
      : null,
  };
}
