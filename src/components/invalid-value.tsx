import type { RecordProblem } from '@/trial/trial-schema';
import './invalid-value.css';

/** Problems shown in place of a value: never more than this many, then a count. */
const SHOWN = 3;

/**
 * A value the record has but that is invalid, said plainly where the value belongs: "Invalid in
 * the record", then each problem with its JSON path (the full list is under "Record problems").
 */
export function InvalidValue({ problems }: { problems: readonly RecordProblem[] }) {
  const rest = problems.length - SHOWN;
  return (
    <span className="invalid-value">
      <span className="invalid-value__label">Invalid in the record</span>
      {problems.slice(0, SHOWN).map((problem) => (
        <span key={problem.path + problem.message} className="invalid-value__problem">
          <code>{problem.path}</code>: {problem.message}
        </span>
      ))}
      {rest > 0 && (
        <span className="invalid-value__problem">and {rest} more (see Record problems)</span>
      )}
    </span>
  );
}
