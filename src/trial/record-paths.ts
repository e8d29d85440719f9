import type { RecordModule } from './trial-schema';

/**
 * Where the explorer's fields come from in a ClinicalTrials.gov API v2 record: how the page finds
 * the problems of the value it shows ("protocolSection.designModule.enrollmentInfo" holds the
 * problems of the enrollment count and type).
 */
const P = 'protocolSection';

export function modulePath(module: RecordModule | 'identificationModule'): string {
  return `${P}.${module}`;
}

export const RECORD_PATHS = {
  briefTitle: `${P}.identificationModule.briefTitle`,
  officialTitle: `${P}.identificationModule.officialTitle`,
  acronym: `${P}.identificationModule.acronym`,
  overallStatus: `${P}.statusModule.overallStatus`,
  lastKnownStatus: `${P}.statusModule.lastKnownStatus`,
  statusVerified: `${P}.statusModule.statusVerifiedDate`,
  start: `${P}.statusModule.startDateStruct`,
  primaryCompletion: `${P}.statusModule.primaryCompletionDateStruct`,
  completion: `${P}.statusModule.completionDateStruct`,
  firstPosted: `${P}.statusModule.studyFirstPostDateStruct`,
  lastUpdatePosted: `${P}.statusModule.lastUpdatePostDateStruct`,
  studyType: `${P}.designModule.studyType`,
  phases: `${P}.designModule.phases`,
  enrollment: `${P}.designModule.enrollmentInfo`,
  designInfo: `${P}.designModule.designInfo`,
  allocation: `${P}.designModule.designInfo.allocation`,
  interventionModel: `${P}.designModule.designInfo.interventionModel`,
  primaryPurpose: `${P}.designModule.designInfo.primaryPurpose`,
  masking: `${P}.designModule.designInfo.maskingInfo`,
  observationalModel: `${P}.designModule.designInfo.observationalModel`,
  timePerspective: `${P}.designModule.designInfo.timePerspective`,
  briefSummary: `${P}.descriptionModule.briefSummary`,
  detailedDescription: `${P}.descriptionModule.detailedDescription`,
  conditions: `${P}.conditionsModule.conditions`,
  keywords: `${P}.conditionsModule.keywords`,
  eligibilityCriteria: `${P}.eligibilityModule.eligibilityCriteria`,
  minimumAge: `${P}.eligibilityModule.minimumAge`,
  maximumAge: `${P}.eligibilityModule.maximumAge`,
  sex: `${P}.eligibilityModule.sex`,
  healthyVolunteers: `${P}.eligibilityModule.healthyVolunteers`,
  stdAges: `${P}.eligibilityModule.stdAges`,
  leadSponsor: `${P}.sponsorCollaboratorsModule.leadSponsor`,
  collaborators: `${P}.sponsorCollaboratorsModule.collaborators`,
  responsibleParty: `${P}.sponsorCollaboratorsModule.responsibleParty`,
  armGroups: `${P}.armsInterventionsModule.armGroups`,
  interventions: `${P}.armsInterventionsModule.interventions`,
  overallOfficials: `${P}.contactsLocationsModule.overallOfficials`,
  locations: `${P}.contactsLocationsModule.locations`,
  centralContacts: `${P}.contactsLocationsModule.centralContacts`,
} as const;

/** The record position an id was made from: "site-4" -> 3 (ids number the record's list from 1). */
export function recordIndexOf(id: string): number {
  const match = /-(\d+)$/.exec(id);
  return match?.[1] === undefined ? -1 : Number(match[1]) - 1;
}

/** "protocolSection.contactsLocationsModule.locations[3]" for "site-4" (and ".status" with a field). */
export function itemPath(listPath: string, id: string, field?: string): string {
  const item = `${listPath}[${recordIndexOf(id)}]`;
  return field === undefined ? item : `${item}.${field}`;
}

/** "studies[2]" + "protocolSection.statusModule" -> "studies[2].protocolSection.statusModule". */
export function joinPath(outer: string, inner: string): string {
  if (outer === '') return inner;
  if (inner === '') return outer;
  return inner.startsWith('[') ? `${outer}${inner}` : `${outer}.${inner}`;
}
