import { useProblemsAt } from './record-facts';
import { InvalidValue } from './invalid-value';
import './missing.css';

/**
 * A plain statement that a value is not published ("Not provided" unless told otherwise).
 * With `path` (where the value sits in the record), a value the record has but that was invalid
 * is shown as such, with its problems, instead.
 */
export function Missing({ children = 'Not provided', path }: { children?: string; path?: string }) {
  const problems = useProblemsAt(path);
  if (problems.length > 0) return <InvalidValue problems={problems} />;
  return <span className="missing">{children}</span>;
}
