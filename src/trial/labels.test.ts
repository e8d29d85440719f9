import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  AGENCY_CLASS_LABELS,
  ALLOCATION_LABELS,
  ARM_GROUP_TYPE_LABELS,
  CONTACT_ROLE_LABELS,
  DATE_TYPE_LABELS,
  IDENTIFIER_KIND_LABELS,
  INTERVENTION_MODEL_LABELS,
  INTERVENTION_TYPE_LABELS,
  MASKING_LABELS,
  OBSERVATIONAL_MODEL_LABELS,
  OFFICIAL_ROLE_LABELS,
  OVERALL_STATUS_LABELS,
  PHASE_LABELS,
  PRIMARY_PURPOSE_LABELS,
  REFERENCE_TYPE_LABELS,
  RESPONSIBLE_PARTY_TYPE_LABELS,
  SEX_LABELS,
  STANDARD_AGE_LABELS,
  STUDY_TYPE_LABELS,
  TIME_PERSPECTIVE_LABELS,
  WHO_MASKED_LABELS,
} from './labels';
import { trialSchema } from './trial-schema';
import {
  agencyClassSchema,
  allocationSchema,
  armGroupTypeSchema,
  contactRoleSchema,
  dateTypeSchema,
  interventionModelSchema,
  interventionTypeSchema,
  maskingSchema,
  observationalModelSchema,
  officialRoleSchema,
  overallStatusSchema,
  phaseSchema,
  primaryPurposeSchema,
  referenceTypeSchema,
  responsiblePartyTypeSchema,
  sexSchema,
  standardAgeSchema,
  studyTypeSchema,
  timePerspectiveSchema,
  whoMaskedSchema,
} from './vocabulary';

/**
 * The codes a vocabulary's schema admits, read from the schema itself (a z.enum, or a union of
 * enums and literals); null when it is no longer a closed list of codes.
 */
function codesOf(schema: z.core.$ZodType): string[] | null {
  if (schema instanceof z.ZodEnum) return schema.options.map(String);
  if (schema instanceof z.ZodLiteral) return [...schema.values].map(String);
  if (schema instanceof z.ZodUnion) {
    const parts = schema.options.map((option) => codesOf(option));
    return parts.every((part) => part !== null) ? parts.flat() : null;
  }
  return null;
}

interface Vocabulary {
  name: string;
  /** The schema a code must pass to be read at all (raw record and prebuilt Trial alike). */
  schema: z.ZodType;
  labels: Readonly<Record<string, string>>;
}

const VOCABULARIES: readonly Vocabulary[] = [
  { name: 'overall status', schema: overallStatusSchema, labels: OVERALL_STATUS_LABELS },
  { name: 'phase', schema: phaseSchema, labels: PHASE_LABELS },
  { name: 'study type', schema: studyTypeSchema, labels: STUDY_TYPE_LABELS },
  { name: 'allocation', schema: allocationSchema, labels: ALLOCATION_LABELS },
  {
    name: 'intervention model',
    schema: interventionModelSchema,
    labels: INTERVENTION_MODEL_LABELS,
  },
  { name: 'primary purpose', schema: primaryPurposeSchema, labels: PRIMARY_PURPOSE_LABELS },
  { name: 'masking', schema: maskingSchema, labels: MASKING_LABELS },
  { name: 'who is masked', schema: whoMaskedSchema, labels: WHO_MASKED_LABELS },
  {
    name: 'observational model',
    schema: observationalModelSchema,
    labels: OBSERVATIONAL_MODEL_LABELS,
  },
  { name: 'time perspective', schema: timePerspectiveSchema, labels: TIME_PERSPECTIVE_LABELS },
  { name: 'arm group type', schema: armGroupTypeSchema, labels: ARM_GROUP_TYPE_LABELS },
  { name: 'intervention type', schema: interventionTypeSchema, labels: INTERVENTION_TYPE_LABELS },
  { name: 'sex', schema: sexSchema, labels: SEX_LABELS },
  { name: 'standard age', schema: standardAgeSchema, labels: STANDARD_AGE_LABELS },
  { name: 'agency class', schema: agencyClassSchema, labels: AGENCY_CLASS_LABELS },
  {
    name: 'responsible party type',
    schema: responsiblePartyTypeSchema,
    labels: RESPONSIBLE_PARTY_TYPE_LABELS,
  },
  { name: 'official role', schema: officialRoleSchema, labels: OFFICIAL_ROLE_LABELS },
  { name: 'contact role', schema: contactRoleSchema, labels: CONTACT_ROLE_LABELS },
  { name: 'date type', schema: dateTypeSchema, labels: DATE_TYPE_LABELS },
  { name: 'reference type', schema: referenceTypeSchema, labels: REFERENCE_TYPE_LABELS },
  {
    name: 'identifier kind',
    // The Trial's identifier kind: the record's organization ID or a secondary ID type.
    schema: trialSchema.shape.identifiers.element.shape.kind.unwrap(),
    labels: IDENTIFIER_KIND_LABELS,
  },
];

/** Codes whose label is the code itself, as ClinicalTrials.gov shows them: an agency's acronym. */
const SHOWN_AS_PUBLISHED: Readonly<Record<string, readonly string[]>> = { 'agency class': ['NIH'] };

describe.each(VOCABULARIES)('the $name labels', ({ name, schema, labels }) => {
  const codes = codesOf(schema) ?? [];

  it('belong to a closed list of codes', () => {
    expect(codesOf(schema), `the ${name} schema is not a z.enum of codes`).not.toBeNull();
    expect(codes.length).toBeGreaterThan(0);
  });

  it('label every code of the vocabulary, and nothing else', () => {
    expect(Object.keys(labels).sort()).toEqual([...codes].sort());
  });

  it('are readable words, never empty and (but for an acronym) never the raw code', () => {
    for (const code of codes) {
      const label = labels[code] ?? '';
      expect(label.trim(), code).not.toBe('');
      if (!SHOWN_AS_PUBLISHED[name]?.includes(code)) expect(label, code).not.toBe(code);
      // Sentence case, as ClinicalTrials.gov writes them: no code in capitals with underscores.
      expect(label, code).not.toMatch(/[A-Z]{2,}_/);
    }
  });

  it('tell the codes apart: no two codes share a label', () => {
    const seen = new Map<string, string>();
    for (const code of codes) {
      const label = (labels[code] ?? '').toLowerCase();
      expect(seen.get(label), `${code} and ${seen.get(label) ?? ''} are both "${label}"`).toBe(
        undefined,
      );
      seen.set(label, code);
    }
  });

  // README, "Invalid values": an unknown code is left out and shown as "Invalid in the record",
  // so no label is ever looked up (or invented) for it.
  it('never meet an unknown code: the schema refuses it', () => {
    for (const unknown of ['NOT_A_CODE', '', codes[0]?.toLowerCase() ?? 'x', 42, null]) {
      expect(schema.safeParse(unknown).success, String(unknown)).toBe(false);
    }
    for (const code of codes) expect(schema.safeParse(code).success, code).toBe(true);
  });
});
