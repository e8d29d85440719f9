/**
 * What each panel of a trial is called when it fails: "The sites table could not be shown: …".
 * Every panel sits behind its own error boundary, so one that crashes leaves the others working.
 */
export const PANEL = {
  header: "The trial's key facts",
  embedDialog: 'The embed dialog',
  recordProblems: "The list of the record's problems",
  summary: 'The summary',
  design: 'The study design',
  studyGroups: 'The study groups table',
  interventions: 'The interventions',
  eligibility: 'The eligibility criteria',
  sponsors: 'The sponsors',
  investigators: 'The investigators table',
  sitesMap: 'The sites map',
  sites: 'The sites table',
  countries: 'The list of countries',
  centralContacts: 'The central contacts',
  facilityContacts: 'The facility contacts',
  identifiers: 'The identifiers and links',
  results: 'The results',
} as const;
