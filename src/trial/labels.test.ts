import { describe, expect, it } from 'vitest';
import {
  AGENCY_CLASS_LABELS,
  ALLOCATION_LABELS,
  ARM_GROUP_TYPE_LABELS,
  CONTACT_ROLE_LABELS,
  describeStatus,
  IDENTIFIER_KIND_LABELS,
  INTERVENTION_MODEL_LABELS,
  MASKING_LABELS,
  OFFICIAL_ROLE_LABELS,
  OVERALL_STATUS_LABELS,
  PHASE_LABELS,
  phasesCode,
  phasesLabel,
  PRIMARY_PURPOSE_LABELS,
  STUDY_TYPE_LABELS,
} from './labels';
import { OVERALL_STATUSES, PHASES } from './vocabulary';

describe('labels', () => {
  it('names phases as ClinicalTrials.gov does', () => {
    expect(PHASE_LABELS.PHASE1).toBe('Phase 1');
    expect(PHASE_LABELS.EARLY_PHASE1).toBe('Early Phase 1');
    expect(PHASE_LABELS.NA).toBe('Not applicable');
  });

  it('joins a list of phases with a slash, and gives null for none', () => {
    expect(phasesLabel(['PHASE1', 'PHASE2'])).toBe('Phase 1/Phase 2');
    expect(phasesLabel(['PHASE3'])).toBe('Phase 3');
    expect(phasesLabel([])).toBeNull();
    expect(phasesCode(['PHASE1', 'PHASE2'])).toBe('PHASE1/PHASE2');
    expect(phasesCode([])).toBeNull();
  });

  it('names statuses, with UNKNOWN as "Unknown status"', () => {
    expect(OVERALL_STATUS_LABELS.UNKNOWN).toBe('Unknown status');
    expect(OVERALL_STATUS_LABELS.ACTIVE_NOT_RECRUITING).toBe('Active, not recruiting');
    expect(OVERALL_STATUS_LABELS.NOT_YET_RECRUITING).toBe('Not yet recruiting');
  });

  it('has a distinct, non-empty label for every status and phase code', () => {
    const statusLabels = OVERALL_STATUSES.map((code) => OVERALL_STATUS_LABELS[code]);
    expect(new Set(statusLabels).size).toBe(OVERALL_STATUSES.length);
    expect(statusLabels.every((label) => label.trim().length > 0)).toBe(true);
    expect(new Set(PHASES.map((code) => PHASE_LABELS[code])).size).toBe(PHASES.length);
  });

  it('names design, group and role codes in sentence case', () => {
    expect(ARM_GROUP_TYPE_LABELS.SHAM_COMPARATOR).toBe('Sham comparator');
    expect(ALLOCATION_LABELS.NON_RANDOMIZED).toBe('Non-randomized');
    expect(INTERVENTION_MODEL_LABELS.PARALLEL).toBe('Parallel assignment');
    expect(PRIMARY_PURPOSE_LABELS.TREATMENT).toBe('Treatment');
    expect(MASKING_LABELS.NONE).toBe('None (open label)');
    expect(STUDY_TYPE_LABELS.INTERVENTIONAL).toBe('Interventional');
    expect(OFFICIAL_ROLE_LABELS.STUDY_CHAIR).toBe('Study chair');
    expect(CONTACT_ROLE_LABELS.CONTACT).toBe('Contact');
    expect(CONTACT_ROLE_LABELS.PRINCIPAL_INVESTIGATOR).toBe('Principal investigator');
    expect(AGENCY_CLASS_LABELS.INDUSTRY).toBe('Industry');
    expect(IDENTIFIER_KIND_LABELS.ORG_STUDY_ID).toBe("Organization's study ID");
  });
});

describe('describeStatus', () => {
  it('explains UNKNOWN as ClinicalTrials.gov does, with the last known status', () => {
    const text = describeStatus('UNKNOWN', 'RECRUITING');
    expect(text).toContain('passed its completion date');
    expect(text).toContain('not been verified in more than two years');
    expect(text).toContain('Last known status: Recruiting.');
  });

  it('says plainly when no last known status is published', () => {
    const text = describeStatus('UNKNOWN', null);
    expect(text).toContain('not been verified in more than two years');
    expect(text).toContain('No last known status is published.');
  });

  it('adds nothing for other statuses', () => {
    expect(describeStatus('RECRUITING', null)).toBeNull();
    expect(describeStatus('COMPLETED', 'RECRUITING')).toBeNull();
  });
});
