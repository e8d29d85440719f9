import { ProblemList } from '@/components/problem-list';
import { Section } from '@/components/section';
import { invalidValuesText } from '@/trial/problem-groups';
import type { Trial } from '@/trial/trial-schema';

/**
 * Every invalid value of the record, grouped and counted, each with its JSON path. Only when the
 * record has any: each was left out, and is marked where it belongs; the rest is shown as usual.
 */
export function RecordProblemsSection({ trial }: { trial: Pick<Trial, 'recordProblems'> }) {
  const problems = trial.recordProblems;
  if (problems.length === 0) return null;
  return (
    <Section
      id="record-problems"
      title="Record problems"
      blurb={`The record has ${invalidValuesText(problems.length)}. Each is left out and marked “Invalid in the record” where it belongs; everything else in the record is shown.`}
    >
      <ProblemList problems={problems} />
    </Section>
  );
}
