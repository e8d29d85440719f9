import type { ReactNode } from 'react';
import { Missing } from './missing';
import './definition-list.css';

export interface DefinitionItem {
  term: string;
  /** null or undefined shows "Not provided" (or `missingText`). */
  value: ReactNode;
  missingText?: string;
}

/** Term/value pairs as a real `<dl>`, each pair grouped in a `<div>` (valid HTML). */
export function DefinitionList({ items }: { items: readonly DefinitionItem[] }) {
  return (
    <dl className="definition-list">
      {items.map(({ term, value, missingText }) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value ?? <Missing>{missingText}</Missing>}</dd>
        </div>
      ))}
    </dl>
  );
}
