import { plural } from '../count-text';
import type { AdverseEvent } from './adverse-events-schema';

/**
 * What the adverse-events part says about how events were collected and coded. The API gives the
 * assessment type and the source vocabulary per term (no module default): these sum them up
 * plainly over every term, serious and other. Pure.
 */

const ASSESSMENT_WORD = {
  SYSTEMATIC_ASSESSMENT: 'systematic',
  NON_SYSTEMATIC_ASSESSMENT: 'non-systematic',
} as const;

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "for 30 terms", "for 1 term". */
function forTerms(count: number): string {
  return `for ${plural(count, 'term')}`;
}

/** Text values with how many terms give each: most first, then in code-unit order (stable everywhere). */
function tally(values: readonly (string | null)[]): { known: [string, number][]; missing: number } {
  const counts = new Map<string, number>();
  let missing = 0;
  for (const value of values) {
    if (value === null) missing += 1;
    else counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const known = [...counts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0));
  return { known, missing };
}

/** ", not given for 2 terms" when some terms lack the value. */
function missingTail(missing: number): string {
  return missing === 0 ? '' : `; not given ${forTerms(missing)}`;
}

/**
 * "Systematic assessment", "Non-systematic assessment", "Mixed: systematic for 30 terms,
 * non-systematic for 6 terms" (and "; not given for 2 terms" where some terms lack one); null
 * when no term gives an assessment type.
 */
export function assessmentSummary(events: readonly AdverseEvent[]): string | null {
  const { known, missing } = tally(
    events.map((event) => (event.assessmentType ? ASSESSMENT_WORD[event.assessmentType] : null)),
  );
  const [first] = known;
  if (first === undefined) return null;
  if (known.length === 1) {
    const scope = missing === 0 ? '' : ` ${forTerms(first[1])}`;
    return `${capitalized(first[0])} assessment${scope}${missingTail(missing)}`;
  }
  const parts = known.map(([word, count]) => `${word} ${forTerms(count)}`);
  return `Mixed: ${parts.join(', ')}${missingTail(missing)}`;
}

/**
 * The source vocabulary as published ("MedDRA19.0"), or each with its number of terms when they
 * differ ("MedDRA 21.1 for 30 terms, MedDRA 20.0 for 6 terms"); null when no term names one.
 */
export function vocabularySummary(events: readonly AdverseEvent[]): string | null {
  const { known, missing } = tally(events.map((event) => event.sourceVocabulary));
  const [first] = known;
  if (first === undefined) return null;
  if (known.length === 1) {
    const scope = missing === 0 ? '' : ` ${forTerms(first[1])}`;
    return `${first[0]}${scope}${missingTail(missing)}`;
  }
  return `${known.map(([name, count]) => `${name} ${forTerms(count)}`).join(', ')}${missingTail(missing)}`;
}
