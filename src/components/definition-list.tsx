import type { ReactNode } from 'react';
import { Missing } from './missing';
import './definition-list.css';

export interface DefinitionItem {
  term: string;
  /** null or undefined shows "Not provided" (or `missingText`). */
  value: ReactNode;
  missingText?: string;
  /** Where the value sits in the record: an invalid value there is shown as invalid, not missing. */
  recordPath?: string;
  /** In the "facts" layout, let this pair take a whole row (e.g. a status with its explanation). */
  wide?: boolean;
}

/**
 * Term/value pairs as a real `<dl>`, each pair grouped in a `<div>` (valid HTML).
 * "rows": term beside value, one pair a line. "facts": compact tiles, term above value, as many a row as fit.
 */
export function DefinitionList({
  items,
  layout = 'rows',
}: {
  items: readonly DefinitionItem[];
  layout?: 'rows' | 'facts';
}) {
  return (
    <dl className={`definition-list definition-list--${layout}`}>
      {items.map(({ term, value, missingText, recordPath, wide }) => (
        <div key={term} data-wide={wide ? true : undefined}>
          <dt>{term}</dt>
          <dd>{value ?? <Missing path={recordPath}>{missingText}</Missing>}</dd>
        </div>
      ))}
    </dl>
  );
}
