import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as labelTables from './labels';
import { trialSchema } from './trial-schema';
import * as vocabulary from './vocabulary-schemas';

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
  /** "overall status", from OVERALL_STATUS_LABELS. */
  name: string;
  /** The schema a code must pass to be read at all (raw record and prebuilt Trial alike). */
  schema: z.core.$ZodType | null;
  labels: Readonly<Record<string, string>>;
}

const schemas = new Map<string, unknown>(Object.entries(vocabulary));
/** The Trial's identifier kind (the record's organization ID or a secondary ID type) has no enum of its own. */
schemas.set('identifierKindSchema', trialSchema.shape.identifiers.element.shape.kind.unwrap());

/** Every label table of labels.ts, with its vocabulary's schema found by name (OVERALL_STATUS_LABELS: overallStatusSchema). */
const VOCABULARIES: readonly Vocabulary[] = Object.entries(labelTables).map(([table, labels]) => {
  const stem = table.replace(/_LABELS$/, '').toLowerCase();
  const schemaName = `${stem.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())}Schema`;
  const schema = schemas.get(schemaName);
  return {
    name: stem.replaceAll('_', ' '),
    schema: schema instanceof z.ZodType ? schema : null,
    labels,
  };
});

it('finds the label tables', () => {
  expect(VOCABULARIES.map(({ name }) => name)).toContain('overall status');
  expect(VOCABULARIES.length).toBeGreaterThan(20);
});

/** Codes whose label is the code itself, as ClinicalTrials.gov shows them: an agency's acronym. */
const SHOWN_AS_PUBLISHED: Readonly<Record<string, readonly string[]>> = { 'agency class': ['NIH'] };

describe.each(VOCABULARIES)('the $name labels', ({ name, schema, labels }) => {
  const codes = (schema && codesOf(schema)) ?? [];

  it('belong to a closed list of codes', () => {
    expect(schema, `no ${name} schema in vocabulary-schemas.ts`).not.toBeNull();
    expect(schema && codesOf(schema), `the ${name} schema is not a z.enum of codes`).not.toBeNull();
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
      expect(schema && z.safeParse(schema, unknown).success, String(unknown)).toBe(false);
    }
    for (const code of codes) expect(schema && z.safeParse(schema, code).success, code).toBe(true);
  });
});
